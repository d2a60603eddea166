// What the three views share: reading the page's JSON twin, building DOM nodes (text is always set with
// textContent, never as markup: article text and names are untrusted), and the report's colours.

// Colours of the situation report (sitrep/report/network.py, geomap.py), so both draw alike.
export const ACTOR_COLORS = {
  armed_group: "#c0392b", state_force: "#1f5fa8", government: "#2c7a7b", organization: "#7b5ea7",
  person: "#b7791f", other: "#718096", location: "#4a5568",
};
export const RELATION_FAMILIES = {
  hostile_to: ["hostile to", "#c0392b"],
  allied_with: ["allied with, supports, pledged to", "#2f855a"],
  supports: ["allied with, supports, pledged to", "#2f855a"],
  pledged_allegiance_to: ["allied with, supports, pledged to", "#2f855a"],
  member_of: ["member, leader, position, family", "#1f5fa8"],
  leader_of: ["member, leader, position, family", "#1f5fa8"],
  holds_position: ["member, leader, position, family", "#1f5fa8"],
  family_of: ["member, leader, position, family", "#1f5fa8"],
  defected_from: ["defected from", "#dd6b20"],
  controls: ["controls", "#6b46c1"],
};
export const OTHER_RELATION = ["other relation", "#4a5568"];
// ACLED's six event types, each its own colour (the report's map draws every event in one red).
export const EVENT_COLORS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#dd6b20", "Violence against civilians": "#6b46c1",
  "Protests": "#2f855a", "Riots": "#b7791f", "Strategic developments": "#1f5fa8",
};
export const OTHER_EVENT = "#4a5568";

export function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) { node.setAttribute(key, String(value)); }
  }
  if (text !== null && text !== undefined) { node.textContent = String(text); }
  return node;
}

export function words(value) {
  return String(value || "").replace(/_/g, " ");
}

export function eventHref(id) { return "/event/" + encodeURIComponent(id); }
export function entityHref(id) { return "/entity/" + encodeURIComponent(id); }

// The view's container names its JSON twin (data-api, a same-origin /api/v1/ address) and the view fetches it.
export function apiUrl(container, changes = {}) {
  const url = new URL(container.dataset.api, window.location.origin);
  if (url.origin !== window.location.origin || !url.pathname.startsWith("/api/v1/")) {
    throw new Error("not this app's API: " + url.href);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "") { url.searchParams.delete(key); } else { url.searchParams.set(key, value); }
  }
  return url;
}

export async function getJson(url) {
  const response = await fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}});
  if (!response.ok) { throw new Error(`${url.pathname}: HTTP ${response.status}`); }
  return response.json();
}

export function showProblem(container, error) {
  container.replaceChildren(el("p", {class: "error"}, "The view could not be drawn: " + error.message));
}

export function start(id, draw) {
  const run = () => {
    const container = document.getElementById(id);
    if (!container) { return; }
    container.classList.add("loading");
    draw(container).then(() => {
      container.classList.remove("loading");
      container.dataset.ready = "1";
    }, (error) => {
      container.classList.remove("loading");
      showProblem(container, error);
      console.warn(error);
    });
  };
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", run); } else { run(); }
}

// An event as DOM: its date linked to its page, type, actors, place and fatalities.
export function eventCard(e) {
  const card = el("div", {class: "event-card"});
  const title = el("a", {href: eventHref(e.id), class: "event-link"}, e.date_start || "undated");
  card.append(title, document.createTextNode(" · " + e.type));
  if (e.sub_type) { card.append(el("div", {class: "muted"}, e.sub_type)); }
  if (e.actors && e.actors.length) { card.append(el("div", {}, e.actors.join(", "))); }
  card.append(el("div", {class: "muted"}, (e.location || "–") +
    (e.fatalities === null || e.fatalities === undefined ? "" : " · fatalities " + e.fatalities)));
  return card;
}
