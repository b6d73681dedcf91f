// maskrec frame encoder, a worker of the live page: a frame (ImageBitmap) in, its JPEG bytes and the same frame out.
// Off the page's thread because there Chromium encodes only when the page is idle, which a busy page waits up to 1 s for.
"use strict";
let canvas = null;
self.onmessage = async (ev) => {
  const { id, bitmap, quality } = ev.data;
  try {
    if (!canvas || canvas.width !== bitmap.width || canvas.height !== bitmap.height) canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext("2d").drawImage(bitmap, 0, 0);
    const data = await (await canvas.convertToBlob({ type: "image/jpeg", quality })).arrayBuffer();
    self.postMessage({ id, data, bitmap }, [data, bitmap]);
  } catch (err) {
    self.postMessage({ id, error: `JPEG encoding failed: ${err.message || err}`, bitmap }, [bitmap]);
  }
};
