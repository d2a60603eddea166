// The timeline page: uPlot over /api/v1/timeline. Events per month as bars stacked by event type, with the
// month's stated fatalities as a line on the right axis; undated events are counted under the chart.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./views.css";
import {EVENT_COLORS, OTHER_EVENT, apiUrl, el, getJson, start} from "./common.js";

const HEIGHT = 320;

function monthStart(date) {
  const [y, m] = date.slice(0, 7).split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, 1) / 1000;
}

function nextMonth(t) {
  const d = new Date(t * 1000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
}

// Months from the first to the last dated event, each type's count and the fatalities of each month.
export function bins(events) {
  const dated = events.filter((e) => e.date_start);
  if (!dated.length) { return null; }
  const starts = dated.map((e) => monthStart(e.date_start));
  const xs = [];
  for (let t = Math.min(...starts); t <= Math.max(...starts); t = nextMonth(t)) { xs.push(t); }
  const where = new Map(xs.map((t, i) => [t, i]));
  const types = [...new Set(dated.map((e) => e.type))].sort();
  const counts = Object.fromEntries(types.map((t) => [t, xs.map(() => 0)]));
  const deaths = xs.map(() => 0);
  dated.forEach((e, k) => {
    const i = where.get(starts[k]);
    counts[e.type][i] += 1;
    deaths[i] += e.fatalities || 0;
  });
  return {xs, types, counts, deaths};
}

const label = (t) => new Date(t * 1000).toISOString().slice(0, 7);
const WHOLE = [1, 2, 3, 4, 6, 12, 24, 60, 120, 240, 600, 1200];
const COUNTS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000];

function options(width, b) {
  const bars = uPlot.paths.bars({size: [0.8, 60]});
  // uPlot draws bars from zero: each type's series is the running total, the last (tallest) drawn first.
  // The x values are month numbers (0, 1, …), named on the axis and in the legend.
  const order = [...b.types].reverse();
  const month = (i) => (i === null || i === undefined || !b.xs[i] ? "" : label(b.xs[i]));
  const series = [{label: "month", value: (u, i) => month(i)}];
  for (const type of order) {
    const color = EVENT_COLORS[type] || OTHER_EVENT;
    series.push({label: type, fill: color, stroke: color, width: 0, paths: bars, points: {show: false},
                 value: (u, v, si, i) => (i === null || i === undefined ? "" : String(b.counts[type][i]))});
  }
  series.push({label: "fatalities", stroke: "#1a202c", width: 1.5, scale: "deaths", points: {show: true, size: 5},
               value: (u, v) => (v === null ? "" : String(v))});
  return {
    width, height: HEIGHT, series,
    scales: {x: {time: false, range: () => [-0.6, b.xs.length - 0.4]},
             y: {range: (u, min, max) => [0, Math.max(1, max)]},
             deaths: {range: (u, min, max) => [0, Math.max(1, max)]}},
    axes: [{incrs: WHOLE, space: 60, values: (u, splits) => splits.map((i) => month(i))},
           {label: "events", incrs: COUNTS},
           {side: 1, scale: "deaths", label: "fatalities", incrs: COUNTS, grid: {show: false}}],
    legend: {live: true},
    cursor: {drag: {x: false, y: false}},
  };
}

function columns(b) {
  const order = [...b.types].reverse();
  const running = {};
  let below = b.xs.map(() => 0);
  for (const type of b.types) {
    below = below.map((v, i) => v + b.counts[type][i]);
    running[type] = below;
  }
  return [b.xs.map((t, i) => i), ...order.map((t) => running[t]), b.deaths];
}

async function draw(container) {
  const data = await getJson(apiUrl(container));
  const b = bins(data.events);
  const undated = data.events.filter((e) => !e.date_start).length;
  const note = el("p", {class: "muted timeline-note"});
  if (!b) {
    note.textContent = `No dated events${undated ? ` (${undated} undated, listed below)` : ""}.`;
    container.replaceChildren(note);
    return;
  }
  const canvas = el("div", {class: "timeline-canvas", id: "timeline-canvas"});
  container.replaceChildren(canvas, note);
  const width = () => Math.max(320, canvas.clientWidth || container.clientWidth || 800);
  const plot = new uPlot(options(width(), b), columns(b), canvas);
  window.addEventListener("resize", () => plot.setSize({width: width(), height: HEIGHT}));
  const dated = data.events.length - undated;
  note.textContent = `${dated} dated events by month of their start` +
    (undated ? `; ${undated} undated events are listed below.` : ".");
  container.dataset.months = String(b.xs.length);
}

start("timeline-view", draw);
