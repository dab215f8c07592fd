/* Flashpoint dashboard: dyad network, dyad series with alert markers, event map, event table and
 * an article reader that highlights the evidence. Article text and every other value from the API
 * is untrusted: the DOM is built with createElement/textContent only, never innerHTML. */
"use strict";

const state = { level: "country", since: "", until: "", actor: "", actorCode: "", country: "", text: "", quadclass: "",
                plover: "", modality: "", dyad: null, offset: 0, pageSize: 50,
                knownEvents: null, lastCounts: null };
const FILTERS = ["level", "since", "until", "actor", "country", "text", "quadclass", "plover", "modality"];
const LIVE_EVERY_MS = 15000;  // how often the dashboard asks for new events and the sources' state
const charts = {};
let codeLabels = {};
let map = null, markerLayer = null;

/* ---------- helpers ---------- */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
function setStatus(text) { document.getElementById("status").textContent = text; }
function ready(name) { document.body.dataset[name] = "ready"; }

async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  const resp = await fetch(url, { headers: { Accept: "application/json" } });
  if (!resp.ok) {
    let msg = resp.status + " " + resp.statusText;
    try { const body = await resp.json(); msg += ": " + JSON.stringify(body.detail); } catch (e) { /* not JSON */ }
    throw new Error(path + " " + msg);
  }
  return resp.json();
}

/* Goldstein -10 (conflict, red) .. 0 (grey) .. +10 (cooperation, blue) */
function goldsteinColor(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150], red = [192, 57, 43], blue = [46, 134, 222];
  const to = t < 0 ? red : blue, a = Math.abs(t);
  const c = grey.map((x, i) => Math.round(x + (to[i] - x) * a));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}
function actorLabel(ref) { return ref ? (ref.code || "?") + (ref.name ? " " + ref.name : "") : "–"; }
function eventLabel(code) {  /* "190 Use conventional military force [ASSAULT]": CAMEO name, PLOVER type */
  const c = codeLabels[code];
  return c ? `${code} ${c.name.split(",")[0]}${c.plover ? " [" + c.plover + "]" : ""}` : code;
}
function safeHref(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
function tip(lines) {  // echarts tooltips accept a DOM node: no HTML strings from data
  const box = el("div", { class: "tip" });
  lines.forEach((l, i) => box.appendChild(i === 0 ? el("b", {}, l) : el("div", {}, l)));
  return box;
}
function sevColor(sev) { return { high: "#8e0000", medium: "#e67e22", low: "#f1c40f" }[sev] || "#999"; }

/* ---------- filters ---------- */
function readFilters() {
  for (const k of FILTERS) state[k] = document.getElementById("f-" + k).value.trim();
}
/* The view lives in the URL (filters and the picked dyad): a link or a reload reopens it. */
function writeUrl() {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state[k] && !(k === "level" && state[k] === "country")) p.set(k, state[k]);
  if (state.dyad && state.dyad.picked) p.set("dyad", state.dyad.source + ">" + (state.dyad.target || ""));
  const query = p.toString();
  history.replaceState(null, "", query ? "?" + query : window.location.pathname);
}
function readUrl() {
  const p = new URLSearchParams(window.location.search);
  for (const k of FILTERS) if (p.has(k)) document.getElementById("f-" + k).value = p.get(k);
  const dyad = p.get("dyad");
  if (dyad && dyad.includes(">")) {
    const [source, target] = dyad.split(">");
    state.dyad = { source, target: target || null, level: p.get("level") || "country", picked: true };
  }
  return p;
}
/* A name in the Actor box ("Iraq") becomes its code for the network, map and alerts; events take the name. */
async function resolveActor() {
  state.actorCode = "";
  if (!state.actor) return;
  if (/^[A-Z0-9]{3,}$/.test(state.actor)) { state.actorCode = state.actor; return; }
  const found = await api("/api/resolve", { actor: state.actor });
  state.actorCode = found.codes[0] || "";
}
function eventFilters() {
  const out = {};
  for (const k of ["country", "text", "quadclass", "plover", "modality"]) if (state[k]) out[k] = state[k];
  return out;
}
function windowParams() { return { level: state.level, since: state.since, until: state.until }; }

/* ---------- network ---------- */
async function loadNetwork() {
  const data = await api("/api/dyads", { ...windowParams(), actor: state.actorCode, limit: 60 });
  const maxEvents = Math.max(1, ...data.nodes.map(n => n.events));
  const nodes = data.nodes.map(n => ({ id: n.id, name: n.id, value: n.events, fullName: n.name,
    symbolSize: 12 + 30 * Math.sqrt(n.events / maxEvents), label: { show: true } }));
  const maxEdge = Math.max(1, ...data.edges.map(e => e.events));
  const links = data.edges.map(e => ({ source: e.source, target: e.target, value: e.events, data: e,
    lineStyle: { color: goldsteinColor(e.goldstein_mean), width: 1 + 5 * Math.sqrt(e.events / maxEdge), opacity: 0.85, curveness: 0.15 } }));
  charts.network.setOption({
    tooltip: { formatter: p => p.dataType === "edge"
      ? tip([`${p.data.source} → ${p.data.target}`, `${p.data.data.events} events`, `mean Goldstein ${p.data.data.goldstein_mean}`,
             `conflict intensity ${p.data.data.intensity}`])
      : tip([p.data.id, p.data.fullName, `${p.data.value} events`]) },
    series: [{ type: "graph", layout: "force", roam: true, draggable: true, data: nodes, links,
      edgeSymbol: ["none", "arrow"], edgeSymbolSize: 7, force: { repulsion: 260, edgeLength: [60, 160], gravity: 0.08 },
      label: { position: "right", fontSize: 11 }, emphasis: { focus: "adjacency" } }],
  }, true);
  ready("network");
  return data;
}

/* ---------- series ---------- */
async function loadSeries() {
  const title = document.getElementById("series-title");
  if (!state.dyad) { title.textContent = "no dyad selected"; charts.series.clear(); ready("series"); return; }
  const { source, target } = state.dyad;
  title.textContent = `${source} → ${target || "all"} (${state.level})`;
  const data = await api("/api/series", { ...windowParams(), source, target });
  const days = data.points.map(p => p.day);
  const byDay = Object.fromEntries(data.points.map(p => [p.day, p]));
  const markers = data.alerts.map(a => ({ coord: [a.day, (byDay[a.day] || {}).intensity || a.value], value: a.severity[0].toUpperCase(),
    itemStyle: { color: sevColor(a.severity) }, alert: a }));
  charts.series.setOption({
    tooltip: { trigger: "axis", formatter: ps => { const p = byDay[ps[0].axisValue] || {};
      return tip([ps[0].axisValue, `events ${p.events}  (verbal coop ${p.q1}, material coop ${p.q2}, verbal conflict ${p.q3}, material conflict ${p.q4})`,
                  `conflict intensity ${p.intensity}`, `Goldstein sum ${p.goldstein_sum}, mean ${p.goldstein_mean === null ? "–" : p.goldstein_mean}`]); } },
    legend: { data: ["conflict intensity", "events", "mean Goldstein"], top: 0 },
    grid: { left: 44, right: 44, top: 30, bottom: 50 },
    dataZoom: [{ type: "inside" }, { type: "slider", height: 16, bottom: 8 }],
    xAxis: { type: "category", data: days },
    yAxis: [{ type: "value", name: "intensity / events" }, { type: "value", name: "Goldstein", min: -10, max: 10 }],
    series: [
      { name: "conflict intensity", type: "bar", data: data.points.map(p => p.intensity), itemStyle: { color: "#c0392b" },
        markPoint: { symbol: "pin", symbolSize: 34, data: markers, label: { color: "#fff" } } },
      { name: "events", type: "line", data: data.points.map(p => p.events), itemStyle: { color: "#7f8c8d" }, symbol: "none" },
      { name: "mean Goldstein", type: "line", yAxisIndex: 1, data: data.points.map(p => p.goldstein_mean), connectNulls: false,
        itemStyle: { color: "#2e86de" }, symbolSize: 4 },
    ],
  }, true);
  ready("series");
}

/* ---------- map ---------- */
async function initMap() {
  map = L.map("map", { attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 8 }).setView([30, 20], 2);
  const topo = await (await fetch("/static/vendor/countries-110m.json")).json();
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, { style: { color: "#9aa7b5", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }, interactive: false }).addTo(map);
  markerLayer = L.layerGroup().addTo(map);
  const legend = L.control({ position: "bottomleft" });
  legend.onAdd = () => {
    const box = el("div", { class: "map-legend" }, el("b", {}, "mean Goldstein"), el("br"));
    for (const [g, label] of [[-10, "−10 conflict"], [-5, "−5"], [0, "0"], [5, "+5"], [10, "+10 cooperation"]]) {
      const dot = el("i", {});
      dot.style.background = goldsteinColor(g);
      box.appendChild(el("div", {}, dot, label));
    }
    box.appendChild(el("div", {}, "circle size: events"));
    return box;
  };
  legend.addTo(map);
}
async function loadMap() {
  const data = await api("/api/locations", { since: state.since, until: state.until, country: state.actorCode.slice(0, 3) || "" });
  markerLayer.clearLayers();
  const most = Math.max(1, ...data.items.map(p => p.events));
  for (const p of data.items) {
    const m = L.circleMarker([p.lat, p.lon], { radius: 4 + 18 * Math.sqrt(p.events / most), color: "#333", weight: 1,
      fillColor: goldsteinColor(p.goldstein_mean), fillOpacity: 0.75, className: "event-marker" });
    m.bindPopup(el("div", {}, el("b", {}, p.name || "?"), el("br"), `${p.events} event(s), mean Goldstein ${p.goldstein_mean}`,
                     el("br"), `conflict intensity ${p.intensity}`));
    m.addTo(markerLayer);
  }
  ready("map");
}

/* ---------- alerts ---------- */
async function loadAlerts() {
  const data = await api("/api/alerts", { level: state.level, since: state.since, until: state.until, actor: state.actorCode, limit: 50 });
  const list = document.getElementById("alerts");
  clear(list);
  document.getElementById("alerts-count").textContent = data.items.length ? `${data.items.length}${data.next_offset ? "+" : ""}` : "none in this period";
  for (const a of data.items) {
    const why = el("div", { class: "why" }, a.summary);
    for (const e of a.events) {
      why.appendChild(el("div", {}, `${actorLabel(e.source)} ${eventLabel(e.code)} ${e.target ? actorLabel(e.target) : "(no target)"} — intensity ${e.intensity}, ${e.num_mentions} report(s)`));
      for (const r of e.reports) if (r.sentence) why.appendChild(el("div", {}, el("q", {}, r.sentence), " — ", r.article.title || r.article.url || r.article.id));
    }
    const item = el("li", { class: `sev-${a.severity}`, dataset: { alert: a.id } },
      el("b", {}, a.target ? `${a.day}  ${a.source} → ${a.target}` : `${a.day}  ${a.source} (statements, no target)`), ` ${a.severity} (score ${a.score})`, why);
    item.addEventListener("click", () => { item.classList.toggle("open"); selectDyad(a.source, a.target); });
    list.appendChild(item);
  }
  ready("alerts");
  return data.items;
}

/* ---------- events table ---------- */
async function loadEvents(live) {  // live: mark events not shown before as new
  const params = { since: state.since, until: state.until, ...eventFilters(), limit: state.pageSize, offset: state.offset };
  const dyad = state.dyad && state.dyad.picked ? state.dyad : null;  // a dyad the user clicked filters the table
  if (dyad) { params.source = dyad.source; if (dyad.target) params.target = dyad.target; }
  else if (state.actor) params.actor = state.actor;
  const data = await api("/api/events", params);
  const csv = new URL("/api/events", window.location.origin);  // the view as a table: same filters, up to 1000 rows
  for (const [k, v] of Object.entries({ ...params, offset: 0, limit: 1000, format: "csv" })) if (v !== "" && v !== undefined) csv.searchParams.set(k, v);
  document.getElementById("csv").href = csv.pathname + csv.search;
  document.getElementById("events-title").textContent = dyad ? `${dyad.source} → ${dyad.target || "all"}` : (state.actor || "all actors");
  document.getElementById("all-events").hidden = !dyad;
  const body = document.querySelector("#events tbody");
  clear(body);
  for (const e of data.items) {
    const row = el("tr", { dataset: { event: e.id, article: e.article } },
      el("td", {}, e.date || ""), el("td", {}, actorLabel(e.source)),
      el("td", { class: "q" + e.quadclass, title: e.verb ? "verb: " + e.verb : "" }, eventLabel(e.code)),
      el("td", {}, e.target ? actorLabel(e.target) : "(statement)"), el("td", {}, e.location ? e.location.name : ""),
      el("td", { class: "evidence" }, (e.evidence && e.evidence.text ? e.evidence.text : "(no text: " + e.rule + ")").slice(0, 220)),
      el("td", {}, e.rule));
    row.addEventListener("click", () => openArticle(e.article, e.id));
    if (live && state.knownEvents && !state.knownEvents.has(e.id)) row.classList.add("new");  // arrived while watching
    body.appendChild(row);
  }
  state.knownEvents = state.knownEvents || new Set();
  for (const e of data.items) state.knownEvents.add(e.id);
  document.getElementById("prev").disabled = state.offset === 0;
  document.getElementById("next").disabled = data.next_offset === null;
  document.getElementById("page").textContent = data.items.length ? `${state.offset + 1}–${state.offset + data.items.length}` : "no events";
  ready("events");
}

/* ---------- article reader ---------- */
function findAll(text, needle) {
  const out = [];
  if (!needle || needle.length < 2) return out;
  let i = text.indexOf(needle);
  while (i >= 0 && out.length < 200) {
    const before = text[i - 1] || " ", after = text[i + needle.length] || " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push([i, i + needle.length]);
    i = text.indexOf(needle, i + needle.length);
  }
  return out;
}
function renderHighlighted(text, spans) {
  /* spans: [start, end, kind]; kinds nest as evidence/other-event > figure > actor around the text */
  const cuts = new Set([0, text.length]);
  for (const [s, e] of spans) { cuts.add(Math.max(0, s)); cuts.add(Math.min(text.length, e)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a >= b) continue;
    const kinds = new Set(spans.filter(([s, e]) => s <= a && e >= b).map(x => x[2]));
    let node = document.createTextNode(text.slice(a, b));
    if (kinds.has("actor")) node = el("span", { class: "actor" }, node);
    if (kinds.has("figure")) node = el("span", { class: "figure" }, node);
    if (kinds.has("evidence")) node = el("mark", { class: "evidence" }, node);
    else if (kinds.has("other-event")) node = el("mark", { class: "other-event" }, node);
    frag.appendChild(node);
  }
  return frag;
}
async function openArticle(articleId, eventId) {
  const data = await api("/api/articles/" + encodeURIComponent(articleId));
  const art = data.article;
  document.getElementById("article-title").textContent = art.title || art.url || art.path || art.id;
  const meta = document.getElementById("article-meta");
  clear(meta);
  meta.appendChild(document.createTextNode(`${art.source || "unknown source"} · published ${art.published || "?"} · `));
  const href = safeHref(art.url);
  if (href) meta.appendChild(el("a", { href, target: "_blank", rel: "noopener noreferrer nofollow" }, art.url));
  else meta.appendChild(document.createTextNode(art.path || art.id));
  const event = data.events.find(e => e.id === eventId);
  if (event) meta.appendChild(el("div", {}, `Selected: ${actorLabel(event.source)} ${event.code}${event.verb ? " (" + event.verb + ")" : ""} ${actorLabel(event.target)}` +
                                 ` · ${event.date || ""} · rule ${event.rule} · confidence ${event.confidence}`));
  const box = document.getElementById("article-text");
  clear(box);
  const text = art.text || "";
  if (!text) {
    box.appendChild(el("p", { class: "meta" }, "This source has no stored text (imported GDELT event); its provenance is the rule and the source URL above."));
  } else {
    const spans = [];
    for (const e of data.events) if (e.evidence && e.evidence.end > e.evidence.start) spans.push([e.evidence.start, e.evidence.end, e.id === eventId ? "evidence" : "other-event"]);
    for (const f of data.figures) if (f.evidence) spans.push([f.evidence.start, f.evidence.end, "figure"]);
    for (const a of data.actors) for (const m of a.mentions || []) for (const [s, e] of findAll(text, m)) spans.push([s, e, "actor"]);
    box.appendChild(renderHighlighted(text, spans));
  }
  const dialog = document.getElementById("article");
  if (!dialog.open) dialog.showModal();
  const first = box.querySelector("mark.evidence");
  if (first) first.scrollIntoView({ block: "center" });
  ready("article");
}

/* ---------- orchestration ---------- */
async function selectDyad(source, target) {
  state.dyad = { source, target: target || null, level: state.level, picked: true };
  state.offset = 0;
  writeUrl();
  await Promise.all([loadSeries(), loadEvents()]);
}

async function refresh() {
  readFilters();
  state.offset = 0;
  writeUrl();
  try {
    await resolveActor();
    const [network, alerts] = await Promise.all([loadNetwork(), loadAlerts(), loadMap()]);
    if (!state.dyad || state.dyad.level !== state.level) {
      const a = alerts[0];
      const top = [...network.edges].sort((x, y) => y.intensity - x.intensity || y.events - x.events)[0];
      state.dyad = a ? { source: a.source, target: a.target } : top ? { source: top.source, target: top.target } : null;
      if (state.dyad) state.dyad.level = state.level;
    }
    await Promise.all([loadSeries(), loadEvents()]);
  } catch (err) {
    setStatus("error: " + err.message);
    throw err;
  }
}

/* ---------- live: watched sources, new events ---------- */
function when(iso) { return iso ? iso.replace("T", " ").replace("+00:00", " UTC") : "–"; }
async function loadSources() {
  const data = await api("/api/sources");
  const panel = document.getElementById("panel-sources");
  panel.hidden = data.items.length === 0;  // nothing watched: no empty panel
  document.getElementById("sources-count").textContent = `${data.items.length} source(s)`;
  const body = document.querySelector("#sources tbody");
  clear(body);
  for (const s of data.items) {
    const href = safeHref(s.location);
    body.appendChild(el("tr", { class: s.failures ? "failing" : null },
      el("td", {}, href ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, s.outlet || s.location) : (s.outlet || s.location)),
      el("td", {}, s.kind), el("td", {}, when(s.last_poll)), el("td", {}, s.last_status || "never polled"),
      el("td", {}, s.items_seen), el("td", {}, s.items_stored), el("td", {}, `${s.failures} (${s.failures_total} in all)`),
      el("td", {}, when(s.next_poll)), el("td", { class: "evidence" }, (s.last_error || "").slice(0, 160))));
  }
  ready("sources");
}
async function live() {
  try {
    const summary = await api("/api/summary");
    const c = summary.counts;
    const changed = state.lastCounts && (c.events !== state.lastCounts.events || c.alerts !== state.lastCounts.alerts);
    state.lastCounts = c;
    await loadSources();
    if (changed) await Promise.all([loadEvents(true), loadAlerts()]);
  } catch (err) {
    setStatus("error: " + err.message);
  }
}

async function main() {
  charts.network = echarts.init(document.getElementById("network"));
  charts.series = echarts.init(document.getElementById("series"));
  charts.network.on("click", p => { if (p.dataType === "edge") selectDyad(p.data.source, p.data.target); });
  window.addEventListener("resize", () => Object.values(charts).forEach(c => c.resize()));
  document.getElementById("filters").addEventListener("submit", ev => { ev.preventDefault(); state.dyad = null; refresh(); });
  document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.pageSize); loadEvents(); });
  document.getElementById("next").addEventListener("click", () => { state.offset += state.pageSize; loadEvents(); });
  document.getElementById("all-events").addEventListener("click", () => { if (state.dyad) state.dyad.picked = false; state.offset = 0; writeUrl(); loadEvents(); });
  try {
    const fromUrl = readUrl();
    codeLabels = await api("/api/codes");
    const summary = await api("/api/summary");
    const c = summary.counts;
    setStatus(`${c.articles} articles · ${c.events} events (${c.merged_events} merged) · ${c.alerts} alerts · articles published ${summary.published_first || "–"} to ${summary.published_last || "–"} · events dated ${summary.first_day || "–"} to ${summary.last_day || "–"}`);
    // open on the news: the densest recent stretch of publication dates, unless the URL says otherwise
    if (!fromUrl.has("since") && !fromUrl.has("until") && summary.default_until) {
      document.getElementById("f-since").value = summary.default_since;
      document.getElementById("f-until").value = summary.default_until;
    }
    state.lastCounts = c;
    await initMap();
    await refresh();
    await loadSources();
    setInterval(live, LIVE_EVERY_MS);
  } catch (err) {
    setStatus("error: " + err.message);
  }
}

main();
