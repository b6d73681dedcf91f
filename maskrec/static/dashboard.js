// The dashboard: polls the JSON API every 2 s; draws camera tiles, the hourly chart and the event table.
"use strict";
const COLOURS = { with_mask: "#1a7f37", without_mask: "#c62828", mask_incorrect: "#ffb000", uncertain: "#5f6b76" };
const JUDGED = ["with_mask", "without_mask", "mask_incorrect"];  // the compliance rate: with a mask among these
const PAGE = 100;  // events per page of the table; older pages by the cursor the server sends (X-Next-Cursor)
let before = null;  // the cursor of the page shown: null for the latest events (polled), else an older page
let next = null;  // the cursor of the page after the one shown, if there is one
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...kids) => {
  const e = Object.assign(document.createElement(tag), props);
  kids.forEach((k) => e.append(k));
  return e;
};

function filters() {
  const q = new URLSearchParams();
  if ($("f-camera").value) q.set("camera", $("f-camera").value);
  if ($("f-label").value) q.set("label", $("f-label").value);
  if ($("f-since").value) q.set("since", $("f-since").value);
  return q;
}

const CSRF = document.querySelector('meta[name="csrf-token"]').content;  // sent with every POST (Flask-WTF)
const ADMIN = document.body.dataset.role === "admin";  // viewers see; admins also acknowledge

function loggedOut(r) {  // the session ended (idle timeout, logout elsewhere): back to the login form
  if (r.status === 401) window.location.assign(`/login?next=${encodeURIComponent("/dashboard")}`);
  return r.status === 401;
}

async function getJSON(url, withHeaders = false) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (loggedOut(r)) throw new Error("logged out");
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return withHeaders ? { body: await r.json(), next: r.headers.get("X-Next-Cursor") } : r.json();
}

// the write path and the alerts, said on the camera's tile when they fail (the numbers come from the writer's status)
function writerNote(w) {
  if (!w || (!w.backlog && !w.lost)) return "";
  return el("div", { className: "note warn", textContent: `events: ${w.backlog} waiting for the database`
    + (w.lost ? `, ${w.lost} lost` : "") + (w.last_error ? ` (${w.last_error})` : "") });
}

function webhookNote(h) {
  if (!h || (h.state !== "down" && !h.dropped)) return "";
  return el("div", { className: "note warn", textContent: `alerts: receiver ${h.state}, ${h.pending ?? 0} waiting`
    + (h.dropped ? `, ${h.dropped} dropped` : "") + (h.last_error ? ` (${h.last_error})` : "") });
}

function drawCameras(cams) {
  const grid = $("cameras");
  if (!cams.length) return;
  const known = new Set();
  for (const c of cams) {
    known.add(c.name);
    let tile = grid.querySelector(`[data-camera="${CSS.escape(c.name)}"]`);
    if (!tile) {
      tile = el("figure", { className: "camera" });
      tile.dataset.camera = c.name;
      tile.append(el("div", { className: "frame" }), el("figcaption"));
      grid.querySelector("p.note")?.remove();
      grid.append(tile);
      const opt = el("option", { value: c.name, textContent: c.name });
      $("f-camera").append(opt);
    }
    const frame = tile.querySelector(".frame");
    if (c.here) {
      let img = frame.querySelector("img");
      if (!img) { img = el("img", { alt: `latest frame of camera ${c.name}` }); frame.replaceChildren(img); }
      img.src = `/api/cameras/${encodeURIComponent(c.name)}/frame.jpg?t=${Date.now()}`;
    } else if (!frame.textContent) {
      frame.textContent = "watched by another process: no picture here";
    }
    const state = el("b", { className: `state ${c.state}`, textContent: c.state });
    tile.querySelector("figcaption").replaceChildren(
      el("strong", { textContent: c.name }), " ", state,
      ` · ${c.fps ?? 0} fps · ${c.frames ?? 0} frames · ${c.skipped ?? 0} skipped · ${c.restarts ?? 0} restarts`
        + (c.lag_s >= 0.2 ? ` · ${c.lag_s.toFixed(1)} s behind` : "")
        + (c.gated === undefined ? "" : c.gated ? ` · gate on (${c.searched?.none ?? 0} frames not searched)` : " · gate off")
        + (c.node ? ` · on ${c.node}` : ""),
      c.error ? el("div", { className: "note", textContent: c.error }) : "",
      writerNote(c.writer), webhookNote(c.webhook ?? c.writer?.webhook)
    );
  }
  grid.querySelectorAll("figure.camera").forEach((t) => { if (!known.has(t.dataset.camera)) t.remove(); });
}

function drawChart(hours) {
  const cv = $("chart"), g = cv.getContext("2d");
  g.clearRect(0, 0, cv.width, cv.height);
  const labels = Object.keys(COLOURS);
  const max = Math.max(1, ...hours.map((h) => labels.reduce((s, l) => s + (h[l] || 0), 0)));
  const n = Math.max(hours.length, 1), bw = Math.min(60, (cv.width - 40) / n);
  g.font = "12px system-ui, sans-serif";
  g.fillStyle = "#9aa7b2";
  g.fillText(String(max), 2, 14);
  hours.forEach((h, i) => {
    let y = cv.height - 20;
    for (const l of labels) {
      const v = h[l] || 0, bh = (v / max) * (cv.height - 40);
      g.fillStyle = COLOURS[l];
      g.fillRect(30 + i * bw, y - bh, bw - 4, bh);
      y -= bh;
    }
    g.fillStyle = "#9aa7b2";
    g.fillText(h.hour.slice(11, 13) + "h", 30 + i * bw, cv.height - 5);
  });
  const total = (l) => hours.reduce((s, h) => s + (h[l] || 0), 0);
  $("chart-legend").replaceChildren(...labels.map((l) =>
    el("span", { className: `metric count ${l}`, textContent: `${l.replace(/_/g, " ")}: ${total(l)}` })));
  const people = hours.reduce((s, h) => s + (h.people || 0), 0), judged = JUDGED.reduce((s, l) => s + total(l), 0);
  $("compliance").textContent = judged
    ? `${people} people; compliance ${Math.round((100 * total("with_mask")) / judged)}% (with a mask, of the ${judged} judged; ${total("uncertain")} uncertain)`
    : `${people} people; nobody judged yet`;
}

function drawEvents(events) {
  const body = $("events").querySelector("tbody");
  body.replaceChildren(...events.slice().reverse().map((e) => {
    const secs = ((Date.parse(e.end) - Date.parse(e.start)) / 1000).toFixed(1);
    const seen = e.acknowledged
      ? el("span", { textContent: "✓ seen" })
      : ADMIN ? el("button", { type: "button", className: "ack", textContent: "acknowledge" }) : "not yet";
    if (!e.acknowledged && ADMIN) seen.addEventListener("click", () => acknowledge(e.id));
    const row = el("tr", {},
      el("td", { textContent: e.id }), el("td", { textContent: e.camera }),
      el("td", {}, el("span", { className: `label ${e.label}`, textContent: e.label.replace(/_/g, " ") })),
      el("td", { textContent: e.start.slice(0, 19).replace("T", " ") }), el("td", { textContent: secs }),
      el("td", { textContent: `${Math.round(e.confidence * 100)}%` }), el("td", { textContent: e.face_px }),
      el("td", {}, seen));
    row.dataset.id = e.id;
    return row;
  }));
}

async function acknowledge(id) {
  const r = await fetch(`/api/events/${id}/ack`, { method: "POST", headers: { "X-CSRFToken": CSRF } });
  if (!loggedOut(r) && r.ok) refresh();
}

async function refresh() {
  try {
    const q = filters();
    $("csv").href = `/api/events.csv?${q}`;
    q.set("limit", PAGE);
    if (before) q.set("before", before);
    const [cams, page, hours] = await Promise.all([
      getJSON("/api/cameras"), getJSON(`/api/events?${q}`, true), getJSON(`/api/events/hourly?${new URLSearchParams(
        $("f-camera").value ? { camera: $("f-camera").value } : {})}`),
    ]);
    const events = page.body;
    next = page.next;
    drawCameras(cams);
    drawEvents(events);
    drawChart(hours);
    $("older").disabled = !next;
    $("latest").hidden = !before;
    $("updated").textContent = `updated ${new Date().toLocaleTimeString()} · ${events.length} events`
      + (before ? " (an older page)" : "");
  } catch (err) {
    $("updated").textContent = `cannot reach the server (${err.message}); retrying`;
  }
}

function showPage(cursor) { before = cursor; refresh(); }
$("older").addEventListener("click", () => { if (next) showPage(next); });
$("latest").addEventListener("click", () => showPage(null));
$("filters").addEventListener("change", () => showPage(null));
$("filters").addEventListener("submit", (e) => { e.preventDefault(); showPage(null); });
refresh();
setInterval(refresh, 2000);
