// The FLOOR of `build`: a bare puppeteer-core script that launches the same browser with the same
// flags and prints an already rendered HTML document ONCE to PDF (no validation, no indicators, no
// view model, no second pass for the table of contents, no post-processing).
//
//   node bench/build-floor.mjs BROWSER HTML OUT.pdf
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const [browserPath, htmlFile, outFile] = process.argv.slice(2);
const userDataDir = mkdtempSync(join(tmpdir(), 'plugin-report-floor-'));
const browser = await puppeteer.launch({
  executablePath: browserPath,
  headless: browserPath.includes('headless-shell') ? 'shell' : true,
  pipe: true,
  userDataDir,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--font-render-hinting=none',
  ],
});
try {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setContent(readFileSync(htmlFile, 'utf8'), { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  writeFileSync(outFile, pdf);
} finally {
  await browser.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
