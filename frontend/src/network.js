// The network page: cytoscape over /api/v1/network. Key actors are nodes (colour: type, size: events and
// relations), relations arrows coloured by kind, shared events dashed grey lines. The time slider asks the
// API again for the network as it stood at the end of the chosen month; the legend's boxes show or hide each
// kind of relation. A node opens its entity's page.
import cytoscape from "cytoscape";
import "./views.css";
import {ACTOR_COLORS, OTHER_RELATION, RELATION_FAMILIES, apiUrl, el, entityHref, getJson, start, words}
  from "./common.js";

function family(predicate) {
  return RELATION_FAMILIES[predicate] || OTHER_RELATION;
}

function months(first, last) {
  const out = [];
  if (!first || !last) { return out; }
  let [y, m] = first.slice(0, 7).split("-").map(Number);
  const [ly, lm] = last.slice(0, 7).split("-").map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function monthEnd(month) {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

function elements(data) {
  const nodes = data.actors.map((a, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, data.actors.length);
    return {group: "nodes", data: {id: a.id, label: a.name, type: a.type,
                                   size: 14 + 5 * Math.sqrt(a.events + a.relations)},
            position: {x: 500 + 400 * Math.cos(angle), y: 280 + 220 * Math.sin(angle)}};
  });
  const ids = new Set(data.actors.map((a) => a.id));
  const edges = [];
  for (const r of data.relations) {
    if (!ids.has(r.subject_id) || !ids.has(r.object_id)) { continue; }
    const [fam, color] = family(r.predicate);
    edges.push({group: "edges", data: {id: "r:" + r.id, source: r.subject_id, target: r.object_id, kind: "relation",
                                       family: fam, color, label: words(r.predicate),
                                       period: `${r.start_date || "?"} – ${r.end_date || ""}`}});
  }
  for (const c of data.co_events) {
    if (!ids.has(c.a) || !ids.has(c.b)) { continue; }
    edges.push({group: "edges", data: {id: `co:${c.a}:${c.b}`, source: c.a, target: c.b, kind: "co_event",
                                       family: "shared events", color: "#a0aec0", label: `${c.events} shared events`,
                                       width: 1 + Math.min(6, c.events)}});
  }
  return [...nodes, ...edges];
}

const STYLE = [
  {selector: "node", style: {"background-color": (n) => ACTOR_COLORS[n.data("type")] || "#777777",
                             "label": "data(label)", "width": "data(size)", "height": "data(size)",
                             "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, "color": "#1a202c",
                             "text-background-color": "#ffffff", "text-background-opacity": 0.8,
                             "text-background-padding": 2}},
  {selector: "edge[kind = 'relation']", style: {"line-color": "data(color)", "target-arrow-color": "data(color)",
                                                "target-arrow-shape": "triangle", "curve-style": "bezier",
                                                "width": 2.5, "label": "data(label)", "font-size": 10,
                                                "text-opacity": 0,
                                                "text-rotation": "autorotate", "color": "#4a5568",
                                                "text-background-color": "#ffffff",
                                                "text-background-opacity": 0.7}},
  {selector: "edge[kind = 'co_event']", style: {"line-color": "data(color)", "line-style": "dashed",
                                                "curve-style": "bezier", "width": "data(width)",
                                                "opacity": 0.6}},
  {selector: ".hidden", style: {"display": "none"}},
  {selector: "edge.hover, edge:selected", style: {"text-opacity": 1, "z-index": 10}},
  {selector: "node:selected", style: {"border-width": 3, "border-color": "#1a202c"}},
];

function legend(cy, data) {
  const box = el("div", {class: "legend network-legend"});
  const families = [...new Set(cy.edges().map((e) => e.data("family")))].sort();
  for (const fam of families) {
    const label = el("label", {"data-family": fam});
    const check = el("input", {type: "checkbox"});
    check.checked = true;
    check.addEventListener("change", () => {
      cy.edges().filter((e) => e.data("family") === fam).toggleClass("hidden", !check.checked);
    });
    const swatch = el("span", {class: "swatch"});
    swatch.style.background = cy.edges().filter((e) => e.data("family") === fam)[0].data("color");
    label.append(check, swatch, document.createTextNode(fam));
    box.append(label);
  }
  const types = [...new Set(data.actors.map((a) => a.type))].sort();
  for (const type of types) {
    const item = el("span", {class: "actor-type"});
    const dot = el("span", {class: "swatch round"});
    dot.style.background = ACTOR_COLORS[type] || "#777777";
    item.append(dot, document.createTextNode(words(type)));
    box.append(item);
  }
  return box;
}

function slider(container, data, redraw) {
  const steps = months(data.first, data.last);
  if (steps.length < 2) { return null; }
  const chosen = (data.filters.until || data.last).slice(0, 7);
  const index = Math.max(0, steps.indexOf(chosen) >= 0 ? steps.indexOf(chosen) : steps.length - 1);
  const input = el("input", {type: "range", id: "network-time", min: 0, max: steps.length - 1, step: 1,
                             value: index, "aria-label": "the network as it stood at the end of"});
  const shown = el("output", {id: "network-time-value"}, steps[index]);
  let timer = null;
  input.addEventListener("input", () => {
    shown.textContent = steps[Number(input.value)];
    clearTimeout(timer);
    timer = setTimeout(() => redraw(monthEnd(steps[Number(input.value)])), 250);
  });
  const row = el("p", {class: "slider"});
  row.append(el("label", {for: "network-time"}, "as of "), input, document.createTextNode(" "), shown);
  return row;
}

// Cytoscape adds a <style> element to the page unless an element of this id is there; the strict
// Content-Security-Policy refuses inline styles, so a placeholder stands in and views.css holds its one rule.
const CYTOSCAPE_STYLESHEET = "__________cytoscape_stylesheet";

async function draw(container) {
  const first = await getJson(apiUrl(container));
  const canvas = el("div", {class: "network-canvas", id: "network-canvas"});
  const info = el("p", {class: "muted network-info"},
                  "Click an actor to open its page; point at a relation or click it to read it.");
  if (!document.getElementById(CYTOSCAPE_STYLESHEET)) {
    document.head.append(el("meta", {id: CYTOSCAPE_STYLESHEET, name: "cytoscape-stylesheet", content: "views.css"}));
  }
  let legendBox = null;
  const time = slider(container, first, (until) => redraw(until).catch((error) => {
    info.textContent = "The network could not be drawn: " + error.message;
  }));
  container.replaceChildren(...[time, canvas, info].filter(Boolean));
  const cy = cytoscape({container: canvas, elements: [], style: STYLE, minZoom: 0.2, maxZoom: 4});
  const show = (data) => {
    cy.elements().remove();
    cy.add(elements(data));
    // Relations pull harder than shared events; the layout fills the canvas's shape.
    cy.layout({name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
               boundingBox: {x1: 0, y1: 0, w: canvas.clientWidth || 1000, h: canvas.clientHeight || 560},
               nodeRepulsion: () => 600000, nodeOverlap: 40, gravity: 0.3, numIter: 2500,
               idealEdgeLength: (e) => (e.data("kind") === "relation" ? 140 : 220),
               edgeElasticity: (e) => (e.data("kind") === "relation" ? 100 : 400), padding: 30}).run();
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.25) { cy.zoom(1.25); cy.center(); }
    const box = legend(cy, data);
    if (legendBox) { legendBox.replaceWith(box); } else { container.insertBefore(box, canvas); }
    legendBox = box;
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
  };
  const redraw = async (until) => {
    const url = apiUrl(container, {until});
    const data = await getJson(url);
    const page = new URL(window.location.href);
    page.searchParams.set("until", until);
    window.history.replaceState(null, "", page);
    const field = document.querySelector("form.filters input[name=until]");
    if (field) { field.value = until; }  // "Show" then brings the tables below to the same month
    show(data);
  };
  cy.on("mouseover", "edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "edge", (event) => event.target.removeClass("hover"));
  cy.on("tap", "node", (event) => { window.location.assign(entityHref(event.target.id())); });
  cy.on("tap", "edge", (event) => {
    const d = event.target.data();
    const ends = `${cy.getElementById(d.source).data("label")} → ${cy.getElementById(d.target).data("label")}`;
    info.textContent = d.kind === "relation" ? `${ends}: ${d.label}, ${d.period}` : `${ends}: ${d.label}`;
  });
  show(first);
}

start("network-view", draw);
