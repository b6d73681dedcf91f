// maskrec live page: camera -> JPEG frames over a WebSocket -> each answered frame drawn with its own boxes.
"use strict";
const $ = (id) => document.getElementById(id);
const MAX_SIDE = 640;            // frames are scaled down to at most this many pixels wide before sending
const JPEG_QUALITY = 0.7;
const MAX_IN_FLIGHT = 2;         // frames sent and not yet answered: the next frame travels while the server works on one
const ROUND_TRIPS_KEPT = 300;    // the last round trips (ms), kept for tests and curious people

// The one table of labels (canvas drawing cannot read CSS; the same colours are --with-mask, --without-mask and
// --mask-incorrect in style.css). colour: box and label background; textColour: label text on it (WCAG AA >= 4.5:1);
// short: the text drawn on the box; phrase: used in the counts summary; counter: id of the page's counter.
const LABELS = {
  with_mask:      { colour: "#1a7f37", textColour: "#ffffff", short: "Mask",            phrase: "with mask",            counter: "count-with" },      // 5.1:1
  without_mask:   { colour: "#c62828", textColour: "#ffffff", short: "No mask",         phrase: "without mask",         counter: "count-without" },   // 5.6:1
  mask_incorrect: { colour: "#ffb000", textColour: "#000000", short: "Mask below nose", phrase: "with mask below nose", counter: "count-incorrect" }, // 11.5:1
};
const UNKNOWN_LABEL = { colour: "#5f6b76", textColour: "#ffffff" };   // any future class: neutral grey, its own name (5.4:1)
function labelStyle(label) {
  if (Object.prototype.hasOwnProperty.call(LABELS, label)) return LABELS[label];
  const name = label === undefined || label === null || label === "" ? "unknown" : String(label);
  return { ...UNKNOWN_LABEL, short: name, phrase: name, counter: null };
}
const ALERT_TEXT = { without_mask: "\u26a0 No mask detected: please put on a mask",
                     mask_incorrect: "\u26a0 Mask below nose: please cover your nose and mouth" };
const BUSY_BACKOFF_MS = [5000, 10000, 20000, 30000];   // retries after a 1013 "server busy" close; the last one repeats
const SUMMARY_EVERY_MS = 1000;                         // the aria-live summary changes at most about once a second

const state = {
  stream: null, ws: null, running: false, useHttp: false, wsFailures: 0,
  seq: 0,                        // frames sent on this channel; the server numbers them the same way (results carry `seq`)
  answered: 0,                   // the newest frame of this channel answered so far
  sent: new Map(),               // seq -> {seq, bitmap, at}: frames sent and not answered yet, kept to draw their results on
  encoding: false,               // a frame is being captured and encoded
  shown: { bitmap: null, frameSeq: 0, resultSeq: 0, faces: [], boxW: 0, boxH: 0 },   // what the canvas shows
  drawnSeq: 0, resultSeq: 0,     // seq of the frame drawn on the canvas and of the result whose boxes are drawn on it
  maxInFlight: 0, bitmaps: 0,    // the most frames ever in flight; frames kept in memory now (sent + shown)
  serverMs: 0, encodeMs: 0, pumpTimer: null,   // running means of the server's time and the page's capture + encode
  serverParallel: 1,             // frames the server works on at once (its answers say so)
  videoFrame: 0, sentVideoFrame: 0, videoWatch: null,   // camera pictures shown so far (requestVideoFrameCallback), the one last sent
  roundTrips: [],                // ms from sending a frame to its result, the last ROUND_TRIPS_KEPT
  results: [],                   // timestamps of the last results, for FPS
  frames: 0,                     // results received since the page opened
  tracks: new Map(),             // track id -> last label, to count people in this session
  lastFaces: [], captureW: 0, captureH: 0, alertOn: false, warningOn: false, audio: null,
  counts: { people: 0, with_mask: 0, without_mask: 0, mask_incorrect: 0 },   // people (tracks) by their last label
  defaultIncorrectPolicy: document.body.dataset.incorrectPolicy === "warn" ? "warn" : "alert",
  incorrectPolicy: "alert",      // "alert": mask_incorrect raises the red alert; "warn": the amber warning only
  busyRetries: 0, reconnectTimer: null, idleClosed: false, lastClose: null, wsMessage: false,
  summaryAt: -Infinity, summaryTimer: null,
  LABELS, labelStyle, MAX_IN_FLIGHT,   // the label table and the frames in flight, for tests and curious people
};
state.incorrectPolicy = state.defaultIncorrectPolicy;

function showMessage(text) { const m = $("message"); m.textContent = text; m.classList.toggle("hidden", !text); state.wsMessage = false; }
function showWsMessage(text) { showMessage(text); state.wsMessage = true; }   // cleared again when the live channel recovers
function clearWsMessage() { if (state.wsMessage) showMessage(""); }
function setStatus(text) { $("status").textContent = text; }
window.maskrec = state;          // lets tests and curious people look inside

// ---------- tabs ----------
function selectTab(name) {
  document.body.dataset.tab = name;
  for (const [id, tab] of [["tab-live", "live"], ["tab-upload", "upload"]]) {
    const a = $(id), on = name === tab;
    a.classList.toggle("active", on);
    if (on) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  }
}
$("tab-live").addEventListener("click", (e) => { e.preventDefault(); selectTab("live"); history.replaceState(null, "", "/"); });
$("tab-upload").addEventListener("click", (e) => { e.preventDefault(); selectTab("upload"); history.replaceState(null, "", "/upload"); });
selectTab(document.body.dataset.tab || "live");

// ---------- camera ----------
async function startCamera() {
  showMessage("");
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    const why = window.isSecureContext ? "this browser cannot use a camera" :
      "the camera needs a secure page: open it as http://localhost or over https";
    return cameraUnavailable(why);
  }
  try {
    state.stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } }, audio: false });
  } catch (err) {
    const reasons = { NotAllowedError: "permission to use the camera was denied", NotFoundError: "no camera was found",
                      NotReadableError: "the camera is in use by another program", OverconstrainedError: "the camera cannot deliver video" };
    return cameraUnavailable(reasons[err.name] || `${err.name}: ${err.message}`);
  }
  const video = $("video");
  video.srcObject = state.stream;
  await video.play().catch(() => {});
  state.running = true;
  $("start").disabled = true; $("stop").disabled = false;
  setStatus("camera on");
  state.busyRetries = 0;
  connect();
  requestAnimationFrame(loop);
  watchVideoFrames(video);
}

// Each new camera picture is sent once: a picture sent already is not recognised again (a 30 frames/s camera gives at
// most 30 frames/s of work). Browsers without requestVideoFrameCallback send whenever a slot is free, as before.
function watchVideoFrames(video) {
  state.videoFrame = state.sentVideoFrame = 0;
  if (typeof video.requestVideoFrameCallback !== "function") return;
  const watch = state.videoWatch = {};   // a restarted camera gets a new watch; the old one's callbacks end
  const onFrame = (now, meta) => {
    if (!state.running || state.videoWatch !== watch) return;
    state.videoFrame = meta.presentedFrames || state.videoFrame + 1;
    pump();
    video.requestVideoFrameCallback(onFrame);
  };
  video.requestVideoFrameCallback(onFrame);
}

function cameraUnavailable(why) {
  setStatus("camera off");
  showMessage(`Camera not available: ${why}. You can still upload a photo instead.`);
  selectTab("upload");
}

function stopCamera() {
  state.running = false;
  if (state.stream) state.stream.getTracks().forEach((t) => t.stop());
  state.stream = null;
  clearTimeout(state.reconnectTimer); state.reconnectTimer = null; state.idleClosed = false;
  if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
  resetFrames(); state.lastFaces = []; show(null, [], 0); updateAlerts([]);
  clearWsMessage();
  $("start").disabled = false; $("stop").disabled = true;
  setStatus("camera off");
}

// ---------- live channel ----------
function scheduleConnect(ms) {
  clearTimeout(state.reconnectTimer);
  state.reconnectTimer = setTimeout(() => { state.reconnectTimer = null; connect(); }, ms);
}

function connect() {
  if (state.useHttp || !state.running) return;
  if (state.ws && state.ws.readyState <= WebSocket.OPEN) return;      // one live connection at a time
  const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
  ws.binaryType = "arraybuffer";
  ws.onopen = () => { state.wsFailures = 0; state.busyRetries = 0; resetFrames(); clearWsMessage(); setStatus("live"); pump(); };
  ws.onmessage = (ev) => {
    if (ws !== state.ws) return;  // a late message of a channel already replaced
    let msg; try { msg = JSON.parse(ev.data); } catch { return; }
    if (msg.type === "result") onResult(msg);
    else if (msg.type === "error") { onFrameError(msg.seq, true); setStatus(`server: ${msg.error}`); }
  };
  ws.onclose = (ev) => onClose(ws, ev);
  state.ws = ws;
}

function onClose(ws, ev) {
  if (state.ws !== ws) return;  // a channel already replaced
  state.ws = null;
  resetFrames(); show(null, [], 0);   // the live video shows through until results come again
  const code = ev.code, reason = ev.reason || "";
  state.lastClose = { code, reason };
  if (!state.running) return;
  if (code === 1013) {           // the server has too many live clients: back off; not a failure of the channel itself
    const wait = BUSY_BACKOFF_MS[Math.min(state.busyRetries, BUSY_BACKOFF_MS.length - 1)];
    state.busyRetries += 1;
    showWsMessage("Server busy: too many live viewers right now; retrying\u2026");
    setStatus(`server busy: retrying in ${wait / 1000} s`);
    return scheduleConnect(wait);
  }
  if (code === 1008) {           // policy violation (e.g. origin refused): retrying would not help
    showWsMessage(`The server refused the live connection: ${reason || "policy violation"}`);
    setStatus("live connection refused");
    return;
  }
  if (code === 1001 && /idle/i.test(reason)) {   // closed for idling: reconnect quietly when the next frame is due
    state.idleClosed = true;
    return;
  }
  if (code === 1009) showMessage(`The server closed the live connection: ${reason || "message too big"}`);   // stays up: says why
  state.wsFailures += 1;
  if (state.wsFailures >= 3) { state.useHttp = true; setStatus("live (HTTP)"); return; }  // e.g. a proxy without WebSocket support
  setStatus("reconnecting\u2026");
  scheduleConnect(500 * state.wsFailures);
}

// ---------- frames in flight: up to MAX_IN_FLIGHT sent and unanswered; each kept (an ImageBitmap) until answered ----------
function release(entry) { if (entry && entry.bitmap) { entry.bitmap.close(); entry.bitmap = null; state.bitmaps -= 1; } }
function resetFrames() {         // a new channel (or none): its frames are numbered from 1 again, the old ones are freed
  for (const entry of state.sent.values()) release(entry);
  state.sent = new Map(); state.seq = 0; state.answered = 0;
}
function takeSent(seq, olderDropped) {   // the kept frame `seq` answers; on the WebSocket the older ones were dropped
  let found;
  for (const [s, entry] of state.sent) {
    if (s > seq) break;          // a Map iterates in insertion order: by seq
    if (s === seq) { found = entry; state.sent.delete(s); }
    else if (olderDropped) { release(entry); state.sent.delete(s); }
  }
  return found;
}
function onFrameError(seq, olderDropped) {
  if (Number.isInteger(seq)) release(takeSent(seq, olderDropped));
  pump();
}
function inFlight() { return state.sent.size + (state.encoding ? 1 : 0); }

// Send frames while fewer than MAX_IN_FLIGHT are unanswered. A frame behind another one is sent just in time: when
// the server should have a worker free for it (its time per frame over the frames it works on at once, less the page's
// capture and encoding), so it does not wait there and add its wait to the round trip.
function pump() {
  const open = state.useHttp || (state.ws && state.ws.readyState === WebSocket.OPEN);
  if (!state.running || !open || state.encoding || inFlight() >= MAX_IN_FLIGHT || !$("video").videoWidth) return;
  if (state.videoFrame && state.videoFrame === state.sentVideoFrame) return;   // this picture went already: wait for the camera's next
  const newest = [...state.sent.values()].pop();
  const wait = newest ? newest.at + state.serverMs / state.serverParallel - state.encodeMs - performance.now() : 0;
  if (wait > 1) {
    clearTimeout(state.pumpTimer);
    state.pumpTimer = setTimeout(() => { state.pumpTimer = null; pump(); }, wait);
    return;
  }
  state.encoding = true;
  sendFrame().catch((err) => setStatus(`cannot capture a frame: ${err.message || err}`))
    .finally(() => { state.encoding = false; pump(); });
}
function runningMean(mean, x) { return mean ? 0.8 * mean + 0.2 * x : x; }

// JPEG encoding runs in a worker (encoder.js): on the page's own thread Chromium's toBlob waits for the page to be
// idle, up to a second on a busy page. Without workers or OffscreenCanvas the page encodes itself.
const capture = document.createElement("canvas");
let encoder = typeof Worker === "function" && typeof OffscreenCanvas === "function" ? new Worker("/static/encoder.js") : null;
const encoderJobs = new Map(); let encoderJob = 0;
if (encoder) {
  encoder.onmessage = (ev) => { const done = encoderJobs.get(ev.data.id); encoderJobs.delete(ev.data.id); if (done) done(ev.data); };
  encoder.onerror = () => {      // the worker could not start: encode on the page from now on
    encoder = null;
    for (const done of encoderJobs.values()) done({ error: "the encoder worker failed" });
    encoderJobs.clear();
  };
}
function encodeJpeg(bitmap) {    // -> {data: the JPEG as an ArrayBuffer, bitmap: the same frame} (or {error, bitmap})
  if (!encoder) {
    capture.width = bitmap.width; capture.height = bitmap.height; capture.getContext("2d").drawImage(bitmap, 0, 0);
    return new Promise((resolve) => capture.toBlob((blob) => {
      if (!blob) return resolve({ error: "the browser could not encode the frame", bitmap });
      blob.arrayBuffer().then((data) => resolve({ data, bitmap }));
    }, "image/jpeg", JPEG_QUALITY));
  }
  return new Promise((resolve) => {
    const id = ++encoderJob;
    encoderJobs.set(id, (m) => resolve({ ...m, bitmap: m.bitmap || bitmap }));
    encoder.postMessage({ id, bitmap, quality: JPEG_QUALITY }, [bitmap]);
  });
}

async function sendFrame() {
  const video = $("video"), sent = state.sent, start = performance.now();
  const scale = Math.min(1, MAX_SIDE / video.videoWidth);
  state.captureW = Math.round(video.videoWidth * scale); state.captureH = Math.round(video.videoHeight * scale);
  const size = scale < 1 ? { resizeWidth: state.captureW, resizeHeight: state.captureH } : {};
  const videoFrame = state.videoFrame;
  const frame = await createImageBitmap(video, size); state.bitmaps += 1;   // kept to draw the result on: the very picture sent
  const { data: body, bitmap, error } = await encodeJpeg(frame);
  const entry = { seq: 0, bitmap, at: 0 };
  if (error) { release(entry); throw new Error(error); }
  const ws = state.ws, wsOpen = ws && ws.readyState === WebSocket.OPEN;
  if (sent !== state.sent || !(state.useHttp || wsOpen)) return release(entry);   // the channel changed meanwhile
  entry.seq = ++state.seq; entry.at = performance.now(); state.sentVideoFrame = videoFrame;
  state.encodeMs = runningMean(state.encodeMs, entry.at - start);
  sent.set(entry.seq, entry); state.maxInFlight = Math.max(state.maxInFlight, sent.size);
  if (!state.useHttp) return ws.send(body);
  const seq = entry.seq;
  fetch("/api/predict", { method: "POST", body, headers: { "Content-Type": "image/jpeg" } })
    .then((r) => r.json())
    .then((m) => { if (sent !== state.sent) return; if (m.error) { onFrameError(seq, false); setStatus(`server: ${m.error}`); } else onResult({ ...m, seq }); })
    .catch(() => { if (sent === state.sent) { onFrameError(seq, false); setStatus("server unreachable"); } });
}

function loop() {
  if (!state.running) return;
  if (state.idleClosed) { state.idleClosed = false; connect(); }
  pump();
  requestAnimationFrame(loop);
}

function countLabels(labels) {
  const counts = {};
  for (const label of Object.keys(LABELS)) counts[label] = 0;
  for (const label of labels) { const key = String(label); counts[key] = (counts[key] || 0) + 1; }
  return counts;
}
function countsText(counts) {    // "1 with mask, 0 without mask, 0 with mask below nose[, 2 <future label>]"
  return Object.keys(counts).map((label) => `${counts[label]} ${labelStyle(label).phrase}`).join(", ");
}

function onResult(msg) {
  const now = performance.now();
  const seq = Number.isInteger(msg.seq) ? msg.seq : null;      // injected results (tests) may name no frame
  const sent = seq === null ? undefined : takeSent(seq, !state.useHttp);
  if (seq !== null && seq <= state.answered) { release(sent); return pump(); }   // older than the one on show: stale
  if (seq !== null) state.answered = seq;
  state.frames += 1; state.lastFaces = msg.faces || [];
  state.results.push(now); while (state.results.length && now - state.results[0] > 2000) state.results.shift();
  const fps = state.results.length > 1 ? (state.results.length - 1) / ((now - state.results[0]) / 1000) : 0;
  $("fps").textContent = fps.toFixed(1);
  if (sent) {
    const rt = now - sent.at;
    state.roundTrips.push(rt); if (state.roundTrips.length > ROUND_TRIPS_KEPT) state.roundTrips.shift();
    $("latency").textContent = Math.round(rt);
  }
  show(sent, state.lastFaces, seq || 0, msg.width, msg.height);
  pump();                        // a slot is free: send the next frame now, not at the next animation frame
  if (Number.isInteger(msg.parallel) && msg.parallel >= 1) state.serverParallel = Math.min(msg.parallel, MAX_IN_FLIGHT);
  if (Number.isFinite(msg.ms)) { $("server-ms").textContent = Math.round(msg.ms); state.serverMs = runningMean(state.serverMs, msg.ms); }
  $("faces-now").textContent = state.lastFaces.length;
  for (const f of state.lastFaces) if (f.track !== undefined && f.track !== null) state.tracks.set(f.track, f.label);
  const byLabel = countLabels(state.tracks.values());
  state.counts = { people: state.tracks.size, ...byLabel };
  for (const label of Object.keys(LABELS)) $(LABELS[label].counter).textContent = byLabel[label];
  updateSummary();
  updateAlerts(state.lastFaces);
}
state.onResult = onResult;       // tests can inject a result: window.maskrec.onResult({faces: [...], width, height, ms})

// ---------- spoken summary (aria-live="polite"), at most about once a second ----------
function summaryText() {
  const { people, ...byLabel } = state.counts;
  return `${people} ${people === 1 ? "person" : "people"} seen: ${countsText(byLabel)}`;
}
function updateSummary() {
  const wait = SUMMARY_EVERY_MS - (performance.now() - state.summaryAt);
  if (wait > 0) {
    if (!state.summaryTimer) state.summaryTimer = setTimeout(() => { state.summaryTimer = null; updateSummary(); }, wait);
    return;
  }
  state.summaryAt = performance.now();
  const text = summaryText(), el = $("summary");
  if (el.textContent !== text) el.textContent = text;   // unchanged text is not announced again
}

// ---------- alert (red, with the optional sound) and warning (amber, silent) ----------
function updateAlerts(faces) {
  const labels = new Set(faces.map((f) => f.label));
  const noMask = labels.has("without_mask"), below = labels.has("mask_incorrect");
  const warnOnly = state.incorrectPolicy === "warn";
  if (noMask) setAlert(true, ALERT_TEXT.without_mask);
  else if (below && !warnOnly) setAlert(true, ALERT_TEXT.mask_incorrect);
  else setAlert(false);
  setWarning(below && warnOnly);
}
function setAlert(on, text) {
  const el = $("alert");
  if (on && text && el.textContent !== text) el.textContent = text;
  el.classList.toggle("hidden", !on);
  if (on && !state.alertOn && $("sound").checked) beep();
  state.alertOn = on;
}
function setWarning(on) {
  $("warning").classList.toggle("hidden", !on);
  state.warningOn = on;
}
function beep() {
  try {
    state.audio = state.audio || new (window.AudioContext || window.webkitAudioContext)();
    const o = state.audio.createOscillator(), g = state.audio.createGain();
    o.frequency.value = 880; g.gain.value = 0.15; o.connect(g); g.connect(state.audio.destination);
    o.start(); o.stop(state.audio.currentTime + 0.25);
  } catch { /* sound is optional */ }
}
$("incorrect-warn").checked = state.defaultIncorrectPolicy === "warn";
$("incorrect-warn").addEventListener("change", (e) => {
  state.incorrectPolicy = e.target.checked ? "warn" : "alert";
  updateAlerts(state.lastFaces);
});

// ---------- drawing ----------
function drawFaces(ctx, faces, sx, sy) {
  ctx.lineWidth = Math.max(2, ctx.canvas.width / 320);
  ctx.font = `${Math.max(12, Math.round(ctx.canvas.width / 40))}px system-ui, sans-serif`;
  ctx.textBaseline = "bottom";
  for (const f of faces) {
    const [x1, y1, x2, y2] = f.box;
    const style = labelStyle(f.label);
    const text = Number.isFinite(f.confidence) ? `${style.short} ${Math.round(f.confidence * 100)}%` : style.short;
    ctx.strokeStyle = style.colour; ctx.strokeRect(x1 * sx, y1 * sy, (x2 - x1) * sx, (y2 - y1) * sy);
    const tw = ctx.measureText(text).width + 8, th = parseInt(ctx.font, 10) + 6;
    const ty = y1 * sy - th >= 0 ? y1 * sy : y2 * sy + th;
    ctx.fillStyle = style.colour; ctx.fillRect(x1 * sx, ty - th, tw, th);
    ctx.fillStyle = style.textColour; ctx.fillText(text, x1 * sx + 4, ty - 3);
  }
}

// The canvas over the video shows the frame a result was computed on with that result's boxes: boxes never lag
// the picture. Without a kept frame (no result yet, the channel down, a result injected by a test) it is transparent
// and the boxes, if any, lie over the live video.
function show(sent, faces, resultSeq, boxW, boxH) {
  const old = state.shown;
  state.shown = { bitmap: sent ? sent.bitmap : null, frameSeq: sent ? sent.seq : 0, resultSeq, faces,
                  boxW: boxW || state.captureW, boxH: boxH || state.captureH };
  if (old.bitmap && old.bitmap !== state.shown.bitmap) release(old);
  state.drawnSeq = state.shown.frameSeq; state.resultSeq = resultSeq;
  draw();
}

function draw() {
  const video = $("video"), canvas = $("overlay"), shown = state.shown;
  const w = shown.bitmap ? shown.bitmap.width : video.videoWidth, h = shown.bitmap ? shown.bitmap.height : video.videoHeight;
  if (!w) return;
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, w, h);
  if (shown.bitmap) ctx.drawImage(shown.bitmap, 0, 0, w, h);
  if (shown.boxW && shown.boxH) drawFaces(ctx, shown.faces, w / shown.boxW, h / shown.boxH);
}

// ---------- upload ----------
$("upload-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const file = $("file").files[0];
  if (!file) return showMessage("Choose a photo first.");
  const maxMb = Number(document.body.dataset.maxUploadMb || 10);
  if (file.size > maxMb * 1024 * 1024) return showMessage(`That file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${maxMb} MB.`);
  const form = new FormData(); form.append("image", file);
  $("upload-result").textContent = "working…";
  let res;
  try { res = await (await fetch("/api/predict", { method: "POST", body: form })).json(); }
  catch (err) { $("upload-result").textContent = ""; return showMessage(`The server did not answer: ${err}`); }
  if (res.error) { $("upload-result").textContent = ""; return showMessage(`Cannot use that file: ${res.error}`); }
  showMessage("");
  const img = new Image();
  img.onload = () => {
    const c = $("upload-canvas"); c.width = img.naturalWidth; c.height = img.naturalHeight;
    const ctx = c.getContext("2d"); ctx.drawImage(img, 0, 0);
    drawFaces(ctx, res.faces, c.width / res.width, c.height / res.height);
    URL.revokeObjectURL(img.src);
  };
  img.src = URL.createObjectURL(file);
  const n = res.faces.length, counts = countLabels(res.faces.map((f) => f.label));
  $("upload-result").textContent = `${n} face(s), ${countsText(counts)}, ${res.ms} ms\n` + JSON.stringify(res.faces, null, 1);
});

$("start").addEventListener("click", startCamera);
$("stop").addEventListener("click", stopCamera);
if (document.body.dataset.tab === "live") startCamera();
