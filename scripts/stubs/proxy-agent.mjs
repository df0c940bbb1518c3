// Bundled in place of the `proxy-agent` package (scripts/build.mjs). puppeteer's browser
// downloader uses it, and we never download a browser (README: the machine's Chromium is used).
// The real package pulls in a JavaScript engine for PAC files, FTP, SOCKS and more, ~1.7 MB of
// code that every `build` and `brochures` would otherwise parse before it starts the browser.
export class ProxyAgent {
  constructor() {
    throw new Error('plugin-report does not download browsers: proxy-agent is left out of its bundle.');
  }
}
