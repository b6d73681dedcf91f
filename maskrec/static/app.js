// maskrec live page: camera -> JPEG frames over a WebSocket -> boxes drawn over the video.
"use strict";
const $ = (id) => document.getElementById(id);
const MAX_SIDE = 640;            // frames are scaled down to at most this many pixels wide before sending
const JPEG_QUALITY = 0.7;
const GREEN = "#28b428", RED = "#dc1e1e";

const state = {
  stream: null, ws: null, inflight: false, sentAt: 0, running: false, useHttp: false, wsFailures: 0,
  results: [],                   // timestamps of the last results, for FPS
  frames: 0,                     // results received since the page opened
  tracks: new Map(),             // track id -> last label, to count people in this session
  lastFaces: [], captureW: 0, captureH: 0, alertOn: false, audio: null,
};

function showMessage(text) { const m = $("message"); m.textContent = text; m.classList.toggle("hidden", !text); }
function setStatus(text) { $("status").textContent = text; }
window.maskrec = state;          // lets tests and curious people look inside

// ---------- tabs ----------
function selectTab(name) {
  document.body.dataset.tab = name;
  $("tab-live").classList.toggle("active", name === "live");
  $("tab-upload").classList.toggle("active", name === "upload");
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
  connect();
  requestAnimationFrame(loop);
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
  if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
  state.inflight = false; state.lastFaces = []; draw(); setAlert(false);
  $("start").disabled = false; $("stop").disabled = true;
  setStatus("camera off");
}

// ---------- live channel ----------
function connect() {
  if (state.useHttp) return;
  const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
  ws.binaryType = "arraybuffer";
  ws.onopen = () => { state.wsFailures = 0; state.inflight = false; setStatus("live"); };
  ws.onmessage = (ev) => {
    let msg; try { msg = JSON.parse(ev.data); } catch { return; }
    if (msg.type === "result") onResult(msg);
    else if (msg.type === "error") { state.inflight = false; setStatus(`server: ${msg.error}`); }
  };
  ws.onclose = () => {
    state.ws = null; state.inflight = false;
    if (!state.running) return;
    state.wsFailures += 1;
    if (state.wsFailures >= 3) { state.useHttp = true; setStatus("live (HTTP)"); return; }  // e.g. a proxy without WebSocket support
    setStatus("reconnecting…");
    setTimeout(connect, 500 * state.wsFailures);
  };
  state.ws = ws;
}

const capture = document.createElement("canvas");
function grabFrame() {
  const video = $("video");
  if (!video.videoWidth) return null;
  const scale = Math.min(1, MAX_SIDE / video.videoWidth);
  capture.width = Math.round(video.videoWidth * scale); capture.height = Math.round(video.videoHeight * scale);
  capture.getContext("2d").drawImage(video, 0, 0, capture.width, capture.height);
  state.captureW = capture.width; state.captureH = capture.height;
  return new Promise((resolve) => capture.toBlob(resolve, "image/jpeg", JPEG_QUALITY));
}

async function loop() {
  if (!state.running) return;
  // one frame in flight at a time: frames the server could not keep up with are never sent
  const open = state.useHttp || (state.ws && state.ws.readyState === WebSocket.OPEN);
  if (open && !state.inflight) {
    state.inflight = true;
    const blob = await grabFrame();
    if (!blob) { state.inflight = false; }
    else {
      state.sentAt = performance.now();
      if (state.useHttp) {
        fetch("/api/predict", { method: "POST", body: blob, headers: { "Content-Type": "image/jpeg" } })
          .then((r) => r.json()).then((m) => (m.error ? setStatus(`server: ${m.error}`) : onResult(m)))
          .catch(() => setStatus("server unreachable")).finally(() => { state.inflight = false; });
      } else {
        state.ws.send(await blob.arrayBuffer());
      }
    }
  }
  draw();
  requestAnimationFrame(loop);
}

function onResult(msg) {
  const now = performance.now();
  state.inflight = false; state.frames += 1;
  state.lastFaces = msg.faces || [];
  state.results.push(now); while (state.results.length && now - state.results[0] > 2000) state.results.shift();
  const fps = state.results.length > 1 ? (state.results.length - 1) / ((now - state.results[0]) / 1000) : 0;
  $("fps").textContent = fps.toFixed(1);
  $("latency").textContent = Math.round(now - state.sentAt);
  $("server-ms").textContent = Math.round(msg.ms);
  $("faces-now").textContent = state.lastFaces.length;
  for (const f of state.lastFaces) if (f.track !== undefined && f.track !== null) state.tracks.set(f.track, f.label);
  let withMask = 0, without = 0;
  for (const label of state.tracks.values()) (label === "with_mask" ? withMask++ : without++);
  $("count-with").textContent = withMask; $("count-without").textContent = without;
  setAlert(state.lastFaces.some((f) => f.label === "without_mask"));
}

function drawFaces(ctx, faces, sx, sy) {
  ctx.lineWidth = Math.max(2, ctx.canvas.width / 320);
  ctx.font = `${Math.max(12, Math.round(ctx.canvas.width / 40))}px system-ui, sans-serif`;
  ctx.textBaseline = "bottom";
  for (const f of faces) {
    const [x1, y1, x2, y2] = f.box;
    const color = f.label === "with_mask" ? GREEN : RED;
    const text = `${f.label === "with_mask" ? "Mask" : "No mask"} ${Math.round(f.confidence * 100)}%`;
    ctx.strokeStyle = color; ctx.strokeRect(x1 * sx, y1 * sy, (x2 - x1) * sx, (y2 - y1) * sy);
    const tw = ctx.measureText(text).width + 8, th = parseInt(ctx.font, 10) + 6;
    const ty = y1 * sy - th >= 0 ? y1 * sy : y2 * sy + th;
    ctx.fillStyle = color; ctx.fillRect(x1 * sx, ty - th, tw, th);
    ctx.fillStyle = "#fff"; ctx.fillText(text, x1 * sx + 4, ty - 3);
  }
}

function draw() {
  const video = $("video"), canvas = $("overlay");
  if (!video.videoWidth) return;
  if (canvas.width !== video.videoWidth) { canvas.width = video.videoWidth; canvas.height = video.videoHeight; }
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!state.captureW) return;
  drawFaces(ctx, state.lastFaces, canvas.width / state.captureW, canvas.height / state.captureH);
}

// ---------- alert ----------
function setAlert(on) {
  $("alert").classList.toggle("hidden", !on);
  if (on && !state.alertOn && $("sound").checked) beep();
  state.alertOn = on;
}
function beep() {
  try {
    state.audio = state.audio || new (window.AudioContext || window.webkitAudioContext)();
    const o = state.audio.createOscillator(), g = state.audio.createGain();
    o.frequency.value = 880; g.gain.value = 0.15; o.connect(g); g.connect(state.audio.destination);
    o.start(); o.stop(state.audio.currentTime + 0.25);
  } catch { /* sound is optional */ }
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
  const n = res.faces.length, bad = res.faces.filter((f) => f.label === "without_mask").length;
  $("upload-result").textContent = `${n} face(s), ${bad} without mask, ${res.ms} ms\n` + JSON.stringify(res.faces, null, 1);
});

$("start").addEventListener("click", startCamera);
$("stop").addEventListener("click", stopCamera);
if (document.body.dataset.tab === "live") startCamera();
