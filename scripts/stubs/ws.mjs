// Bundled in place of the `ws` package (scripts/build.mjs). puppeteer imports it for connecting to
// a browser over a WebSocket; we launch ours and talk to it over a pipe (engine.ts, `pipe: true`),
// so the ~130 KB of WebSocket client would only be parsed at every start.
export default class WebSocket {
  constructor() {
    throw new Error('plugin-report talks to Chromium over a pipe: ws is left out of its bundle.');
  }
}
