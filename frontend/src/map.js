// The map page: Leaflet over the bundled base layer (Natural Earth countries, served by the app itself from
// the package: no tile server), the events of /api/v1/map as circles coloured by type and sized by number and
// fatalities, the placed locations as small grey dots; the legend's boxes show or hide each type. As in the
// report, the map opens on the densest events (the API's ``view``), and an event placed only in a country is
// not a point: its country is shaded.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "./views.css";
import {EVENT_COLORS, OTHER_EVENT, apiUrl, el, eventCard, getJson, start} from "./common.js";

const BASEMAP = "/static/basemap.geojson";
const WORLD = [[-60, -170], [80, 180]];
const LAND = {color: "#9a8f7c", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1};
const ACTIVE = {fillColor: "#ebe1cc"};

function radius(fatalities, count) {
  return 5 + Math.min(12, Math.sqrt(Math.max(0, fatalities))) + 2 * Math.sqrt(count - 1);
}

function hasPoint(r) {
  return r.lat !== null && r.lat !== undefined && r.lon !== null && r.lon !== undefined;
}

// Placed only in a country: the coordinates are the country's centre, not where it happened.
function countryOnly(e) {
  return Boolean(e.geo && e.geo.feature === "country");
}

// A ring crossing the 180th meridian goes on past it (181°, 182°…) instead of back across the whole world.
function unwrap(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    const step = i ? lon - ring[i - 1][0] : 0;
    if (step > 180) { shift -= 360; } else if (step < -180) { shift += 360; }
    return [lon + shift, lat];
  });
}

function unwrapFeature(f) {
  const g = f.geometry;
  const coordinates = g.type === "Polygon" ? g.coordinates.map(unwrap)
    : g.type === "MultiPolygon" ? g.coordinates.map((poly) => poly.map(unwrap)) : g.coordinates;
  return {...f, geometry: {...g, coordinates}};
}

function placeLabel(p) {
  const geo = p.geo || {};
  return el("span", {}, [p.name, geo.admin1, geo.country].filter(Boolean).join(", "));
}

function legend(types, counts, layers, map) {
  const box = el("div", {class: "legend map-legend"});
  for (const type of types) {
    const label = el("label", {"data-type": type});
    const check = el("input", {type: "checkbox"});
    check.checked = true;
    check.addEventListener("change", () => {
      if (check.checked) { layers[type].addTo(map); } else { layers[type].remove(); }
    });
    const swatch = el("span", {class: "swatch"});
    swatch.style.background = EVENT_COLORS[type] || OTHER_EVENT;
    label.append(check, swatch, document.createTextNode(`${type} (${counts[type]})`));
    box.append(label);
  }
  return box;
}

function baseLayer(base, inCountry) {
  return L.geoJSON({...base, features: base.features.map(unwrapFeature)}, {
    style: (f) => (inCountry.has(f.properties.iso_a2) ? {...LAND, ...ACTIVE} : LAND),
    onEachFeature: (f, layer) => {
      const n = inCountry.get(f.properties.iso_a2);
      const text = n ? `${f.properties.name}: ${n} events placed only in the country` : f.properties.name;
      layer.bindTooltip(el("span", {}, text), {sticky: true});
    },
  });
}

function placesLayer(places) {
  const layer = L.layerGroup();
  for (const p of places) {
    const geo = p.geo || {};
    if (!hasPoint(geo) || geo.feature === "country") { continue; }
    L.circleMarker([geo.lat, geo.lon], {radius: 3, color: "#4a5568", weight: 1, fillOpacity: 0.5,
                                         className: "place-marker"})
      .bindTooltip(placeLabel(p)).addTo(layer);
  }
  return layer;
}

async function draw(container) {
  const [data, base] = await Promise.all([getJson(apiUrl(container)), getJson(new URL(BASEMAP, location.origin))]);
  const canvas = el("div", {class: "map-canvas", id: "map-canvas"});
  const note = el("p", {class: "muted map-note"});
  container.replaceChildren(canvas, note);
  const map = L.map(canvas, {minZoom: 2, maxZoom: 12, zoomSnap: 0.5});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Base layer: Natural Earth (public domain)");

  // Events of one type at one point share a marker whose card lists them.
  const groups = new Map();
  const inCountry = new Map();
  let unplaced = 0;
  for (const e of data.events) {
    if (!hasPoint(e)) { unplaced += 1; continue; }
    if (countryOnly(e)) {
      inCountry.set(e.geo.country, (inCountry.get(e.geo.country) || 0) + 1);
      continue;
    }
    const key = `${e.type}|${e.lat}|${e.lon}`;
    if (!groups.has(key)) { groups.set(key, []); }
    groups.get(key).push(e);
  }
  baseLayer(base, inCountry).addTo(map);
  placesLayer(data.places).addTo(map);
  const layers = {};
  const counts = {};
  const points = [];
  for (const group of groups.values()) {
    const {type, lat, lon} = group[0];
    layers[type] = layers[type] || L.layerGroup();
    counts[type] = (counts[type] || 0) + group.length;
    const dead = group.reduce((sum, e) => sum + (e.fatalities || 0), 0);
    const card = el("div", {class: "event-cards"});
    if (group.length > 1) { card.append(el("strong", {}, `${group.length} events`)); }
    card.append(...group.map(eventCard));
    L.circleMarker([lat, lon], {radius: radius(dead, group.length), color: "#ffffff", weight: 1.5,
                                fillColor: EVENT_COLORS[type] || OTHER_EVENT, fillOpacity: dead ? 0.85 : 0.6,
                                className: "event-marker"})
      .bindPopup(card, {maxHeight: 300}).addTo(layers[type]);
    points.push(...group.map(() => [lat, lon]));
  }
  const types = Object.keys(layers).sort();
  for (const type of types) { layers[type].addTo(map); }
  if (types.length) { container.insertBefore(legend(types, counts, layers, map), note); }
  const countryLevel = [...inCountry.values()].reduce((a, b) => a + b, 0);
  note.textContent = [`${points.length} of ${data.events.length} events marked`,
    countryLevel ? `${countryLevel} placed only in a country (shaded)` : "",
    unplaced ? `${unplaced} without coordinates (listed below)` : ""].filter(Boolean).join("; ") + ".";
  if (data.view) {
    const [west, south, east, north] = data.view;
    map.fitBounds([[south, west], [north, east]]);
  } else {
    map.fitBounds(points.length ? L.latLngBounds(points).pad(0.3) : WORLD, {maxZoom: 6});
  }
  container.dataset.markers = String(points.length);
  container.dataset.countryLevel = String(countryLevel);
}

start("map-view", draw);
