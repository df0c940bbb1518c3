// End-to-end: the BUILT CLI prints Skåne's regional report and the national report from the
// fixtures. Checked on the PDFs themselves: each published seed figure on a page inside its own
// municipality's section, TOC page numbers equal to the pages the headings are on, a bookmark per
// heading, tagged A4 with Title set, only embedded fonts, byte-identical rebuilds under
// SOURCE_DATE_EPOCH, and nothing written for invalid data.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithChromium } from './tools.js';
import { readOutline, type OutlineItem } from '../../src/pdf/post/metadata.js';
import { findToolLanguage } from './helpers/tool-language.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');
const EPOCH = '1546214400'; // 2018-12-31T00:00:00Z

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
}

/** One page's text (layout mode), every kind of space made a plain one. */
function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), file, '-'], {
    encoding: 'utf8',
  }).replace(/[\u00A0\u202F\u2009\u2002]/g, ' ');
}

function info(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(':'))
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const norm = (s: string) => s.replace(/[\s\u00A0\u202F\u2002]+/g, ' ').trim();

let dir: string;
let skane: string;
let national: string;
let outline: OutlineItem[];
let pages: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plugin-report-build-'));
  const regional = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', join(dir, 'a'), '--suppress', '0'], {
    SOURCE_DATE_EPOCH: EPOCH,
  });
  expect(regional.stderr).toMatch(/^(\S+ )?warning: disclosure control is off \(--suppress 0\)[^\n]*\n$/);
  expect(regional.status).toBe(0);
  skane = join(dir, 'a', 'skane', 'regional-slutrapport-skane.pdf');
  const nat = run(['build', '--national', '--data', 'fixtures', '--out', join(dir, 'a'), '--suppress', '0'], { SOURCE_DATE_EPOCH: EPOCH });
  expect(nat.status).toBe(0);
  national = join(dir, 'a', 'nationell-slutrapport.pdf');
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describeWithChromium('build --region skane', () => {
  beforeAll(async () => {
    outline = await readOutline(readFileSync(skane));
    pages = Number(info(skane)['Pages']);
  });

  it('prints the path and the page count', () => {
    const again = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', join(dir, 'b'), '--suppress', '0'], {
      SOURCE_DATE_EPOCH: EPOCH,
    });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`${join(dir, 'b', 'skane', 'regional-slutrapport-skane.pdf')} (${pages} pages)`);
  });

  it('is a tagged A4 PDF with its metadata set and every font embedded', () => {
    const i = info(skane);
    expect(i['Tagged']).toBe('yes');
    expect(i['Page size']).toBe('595.276 x 841.89 pts (A4)');
    expect(i['Title']).toBe('Plug In 2.0: Regional slutrapport Skåne');
    expect(i['Author']).toBe('Kommunförbundet Skåne');
    expect(i['CreationDate']).toMatch(/Dec 31 00:00:00 2018 UTC/);
    // Finished on Chromium's bytes (src/pdf/post/finish.ts), not re-serialised by the slow
    // pdf-lib fallback: Chromium's time-stamped Info is emptied in place, ours appended.
    expect(readFileSync(skane).toString('latin1')).toMatch(/^1 0 obj\n<<>>\s+endobj$/m);
    const fonts = execFileSync('pdffonts', [skane], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSans3/);
      // columns: name type encoding emb sub uni object ID
      expect(line.trim().split(/\s+/).slice(-5, -4)[0], line).toBe('yes');
    }
  });

  it('has a bookmark for every heading listed in the table of contents, pointing at the page the TOC prints', () => {
    const toc = pageText(skane, 2)
      .split('\n')
      .map((l) => /^\s*(\d+(?:\.\d+)?|Bilaga|B\.\d+)\s+(.+?)\s+(\d+)\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ number: m[1]!, title: norm(m[2]!), page: Number(m[3]) }));
    expect(toc.length).toBeGreaterThan(30);
    expect(toc.map((e) => e.number).slice(0, 3)).toEqual(['1', '2', '2.1']);
    for (const entry of toc) {
      const bookmark = outline.find((o) => norm(o.title) === `${entry.number} ${entry.title}`);
      expect(bookmark, `bookmark for ${entry.number} ${entry.title}`).toBeDefined();
      expect(bookmark!.page, `${entry.number} ${entry.title}`).toBe(entry.page);
      expect(norm(pageText(skane, entry.page)), `heading ${entry.number} on page ${entry.page}`).toContain(
        `${entry.number} ${entry.title}`,
      );
    }
    // Chapters are top-level bookmarks, sections nested under them.
    expect(outline.find((o) => norm(o.title) === '4 De lokala projektverkstäderna')!.depth).toBe(0);
    expect(outline.find((o) => norm(o.title) === '4.3 Bromölla')!.depth).toBe(1);
  });

  /** The text of a municipality's section: from its heading's page to the next section's heading. */
  function section(number: string, name: string): string {
    const idx = outline.findIndex((o) => norm(o.title) === `${number} ${name}`);
    expect(idx, `${number} ${name}`).toBeGreaterThan(-1);
    const start = outline[idx]!;
    const next = outline.slice(idx + 1).find((o) => o.depth <= start.depth);
    const last = next ? next.page : pages;
    let text = '';
    for (let p = start.page; p <= last; p++) text += pageText(skane, p) + '\n';
    const from = text.indexOf(`${number} ${name}`);
    const to = next ? text.indexOf(norm(next.title).replace(' ', ' '), from + 1) : -1;
    expect(from).toBeGreaterThan(-1);
    return text.slice(from, to === -1 ? undefined : to);
  }
  const row = (label: string, total: number | string) => new RegExp(`${label}\\s+\\d+\\s+\\d+\\s+${total}(\\s|$)`, 'm');

  it("shows Malmö's 250 participants, 25 % dropouts and about 1 000 pupils reached in Malmö's section", () => {
    const s = section('4.1', 'Malmö');
    expect(s).toMatch(row('Deltagare', 250));
    expect(s).toMatch(/Andel med avbrott.*25 % \(\d+ av 250\)/);
    expect(s).toMatch(/cirka 1 000/);
  });

  it("shows Lund's exit outcomes of Vipan and the KAA workshop in Lund's section", () => {
    const s = section('4.2', 'Lund');
    const table = s.indexOf('Utfall vid avslut, Lund');
    expect(table).toBeGreaterThan(-1);
    const vipan = s.slice(s.indexOf('Vipan', table), s.indexOf('KAA och ComUng', s.indexOf('Vipan', table)));
    const kaa = s.slice(s.indexOf('KAA och ComUng', table), s.indexOf('Lund totalt', table));
    expect(vipan).toMatch(row('Avslutade deltagare', 20));
    for (const [label, n] of [
      ['Nationellt program i gymnasieskolan', 8],
      ['Lärlingsanställning', 1],
      ['Vuxenutbildning', 6],
      ['Folkhögskola', 1],
      ['Insats via Arbetsförmedlingen', 1],
      ['Fortsatta studier på introduktionsprogram', 3],
    ] as const) {
      expect(vipan, label).toMatch(row(label, n));
    }
    expect(kaa).toMatch(row('Avslutade deltagare', 20));
    for (const [label, n] of [
      ['Vuxenutbildning', 8],
      ['Arbete', 3],
      ['Nationellt program i gymnasieskolan', 4],
      ['Praktik', 3],
      ['Ingen sysselsättning \\(hemmasittande\\)', 2],
    ] as const) {
      expect(kaa, label).toMatch(row(label, n));
    }
  });

  it("shows Bromölla's 103 / 102 / 90, 103 measurable, 92 %, 35 and 25 in Bromölla's section", () => {
    const s = section('4.3', 'Bromölla');
    expect(s).toMatch(row('Unga på KAA-listan', 103));
    expect(s).toMatch(row('Kontaktade', 102));
    expect(s).toMatch(row('Tog del av insatser', 90));
    expect(s).toMatch(row('Mätbara \\(betyg från minst två terminer\\)', 103));
    expect(s).toMatch(/Andel som höjt eller behållit.*92 % \(95 av 103\)/);
    expect(s).toMatch(row('Mätbara med fördjupat stöd', 35));
    expect(s).toMatch(/varav höjt sitt meritvärde.*\(25 av 35\)/);
  });

  it("shows Trelleborg's zero dropouts, Klippan's 24 / 1 / 23, Vellinge's 50 (13 before) and Burlöv's 90 in their sections", () => {
    expect(section('4.4', 'Trelleborg')).toMatch(/Personer med avbrott\s+0\s+0\s+0/);
    const klippan = section('4.5', 'Klippan');
    expect(klippan).toMatch(row('Deltagare', 24));
    expect(klippan).toMatch(row('Personer med avbrott', 1));
    expect(klippan).toMatch(row('Fel studieval', 1));
    expect(klippan).toMatch(row('Kvar i studier', 23));
    const vellinge = section('4.6', 'Vellinge');
    expect(vellinge).toMatch(row('Deltagare', 50));
    expect(vellinge).toMatch(/\b13\b/);
    expect(section('4.7', 'Burlöv')).toMatch(row('Deltagare', 90));
  });

  it('has the running header and "Sida X av Y" on every page but the cover', () => {
    expect(pageText(skane, 1)).not.toMatch(/Sida \d+ av/);
    for (const p of [2, Math.ceil(pages / 2), pages]) {
      const t = pageText(skane, p);
      expect(t).toContain(`Sida ${p} av ${pages}`);
      expect(t).toContain('Plug In 2.0 · Regional slutrapport Skåne');
    }
  });

  it('is byte-identical when built again with the same SOURCE_DATE_EPOCH', () => {
    const again = join(dir, 'b', 'skane', 'regional-slutrapport-skane.pdf');
    expect(existsSync(again)).toBe(true);
    expect(sha256(again)).toBe(sha256(skane));
    // and nothing but the PDF is left in the folder (no temp files)
    expect(readdirSync(join(dir, 'b', 'skane'))).toEqual(['regional-slutrapport-skane.pdf']);
  });

  it('fills the table of contents in the first print, and printing again the slow way gives the same pages', () => {
    const timed = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', join(dir, 'c'), '--suppress', '0'], {
      SOURCE_DATE_EPOCH: EPOCH,
      PLUGIN_REPORT_TIMING: '1',
    });
    expect(timed.stderr).toContain('table of contents filled in the PDF');
    expect(timed.stderr).not.toContain('pass 2');
    expect(timed.stderr).not.toContain('template compiled at run time'); // the build's are used
    const reprinted = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', join(dir, 'd'), '--suppress', '0'], {
      SOURCE_DATE_EPOCH: EPOCH,
      PLUGIN_REPORT_TOC: 'reprint',
      PLUGIN_REPORT_TIMING: '1',
    });
    expect(reprinted.stderr).toContain('pass 2 printed');
    const slow = join(dir, 'd', 'skane', 'regional-slutrapport-skane.pdf');
    expect(pageText(slow, 2)).toBe(pageText(skane, 2));
    expect(Number(info(slow)['Pages'])).toBe(pages);
  }, 120_000);
});

describeWithChromium('build --national', () => {
  it('prints the national report with every region and the method appendix', async () => {
    const i = info(national);
    expect(i['Title']).toBe('Plug In 2.0: Nationell slutrapport');
    expect(i['Tagged']).toBe('yes');
    const n = Number(i['Pages']);
    let all = '';
    for (let p = 1; p <= n; p++) all += pageText(national, p);
    for (const name of [
      'Göteborgsregionen',
      'Jämtland Härjedalen',
      'Kalmar län',
      'Västerbotten',
      'Östergötland',
      'Kronoberg',
      'Gävleborg',
      'Skåne',
    ]) {
      expect(all).toContain(name);
    }
    expect(all).toMatch(/Deltagare per region/);
    expect(all).toMatch(/Metod och definitioner/);
    const bookmarks = (await readOutline(readFileSync(national))).map((o) => norm(o.title));
    expect(bookmarks).toContain('4 Jämförelse mellan regionerna');
    expect(bookmarks).toContain('5.8 Skåne');
  });
});

describeWithChromium('the reports speak to their readers', () => {
  it('name no file, flag, tool or code word on any page, and credit the organisation that processed the data', () => {
    for (const file of [skane, national]) {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      expect(findToolLanguage(text), file).toEqual([]);
    }
    const skaneText = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', skane, '-'], { encoding: 'utf8' }));
    expect(skaneText).toContain('Källa: kommunernas uppföljningsdata, bearbetning Kommunförbundet Skåne.');
    expect(skaneText).toContain('Källa: kommunens uppföljningsdata, bearbetning Kommunförbundet Skåne.');
    const nationalText = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', national, '-'], { encoding: 'utf8' }));
    expect(nationalText).toContain('Källa: kommunernas uppföljningsdata, bearbetning Sveriges Kommuner och Landsting.');
  });
});

describeWithChromium('build --all', () => {
  it('writes every regional report and the national one, each the same as when asked for alone', () => {
    const all = run(['build', '--all', '--data', 'fixtures', '--out', join(dir, 'all'), '--suppress', '0'], { SOURCE_DATE_EPOCH: EPOCH });
    expect(all.status).toBe(0);
    const regions = ['gavleborg', 'gr', 'jamtland-harjedalen', 'kalmar', 'kronoberg', 'ostergotland', 'skane', 'vasterbotten'];
    for (const region of regions) expect(all.stdout).toContain(join(dir, 'all', region, `regional-slutrapport-${region}.pdf`));
    // A report must not depend on how it was asked for: the method appendix counts the region's
    // own files and rows (here: project.yaml, region.yaml and Skåne's seven municipalities).
    expect(sha256(join(dir, 'all', 'skane', 'regional-slutrapport-skane.pdf'))).toBe(sha256(skane));
    expect(sha256(join(dir, 'all', 'nationell-slutrapport.pdf'))).toBe(sha256(national));
    const appendix = norm(
      execFileSync('pdftotext', [join(dir, 'all', 'kalmar', 'regional-slutrapport-kalmar.pdf'), '-'], { encoding: 'utf8' }),
    );
    expect(appendix).toMatch(/Underlaget omfattade [\d ]+ registrerade uppgifter/);
    // Nine reports, each printed again for every table continued onto a new page ("(forts.)").
  }, 240_000);
});

describeWithChromium('build --suppress', () => {
  it('hides small counts as ".." with the note under the table and says so in the appendix', () => {
    const out = join(dir, 'suppressed');
    const r = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', out, '--suppress', '5']);
    expect(r.status).toBe(0);
    const file = join(out, 'skane', 'regional-slutrapport-skane.pdf');
    const n = Number(info(file)['Pages']);
    let all = '';
    for (let p = 1; p <= n; p++) all += pageText(file, p);
    expect(all).toMatch(/Folkhögskola\s+\.\.\s+\.\.\s+\.\./);
    expect(all).toContain('.. Uppgiften visas inte: för få personer (röjandekontroll)');
    // The method appendix states the threshold, what ".." means, and why other figures are hidden too.
    const text = norm(all);
    expect(text).toContain(
      'Röjandekontroll med gränsen 5: antal från 1 till 4 visas inte, och inte heller andelar vars täljare eller nämnare är från 1 till 4.',
    );
    expect(text).toContain('Tecknet ”..” betyder att uppgiften döljs för att skydda enskilda personer.');
    expect(text).toContain('Även andra uppgifter kan vara dolda, så att en dold uppgift inte går att räkna fram');
    expect(text).not.toContain('får inte publiceras');
    // A public document names no command-line flag, configuration key, file or tool.
    expect(findToolLanguage(all)).toEqual([]);
  });

  it('--suppress 0: the appendix says the figures are unprotected and not for publication', () => {
    const out = join(dir, 'unprotected');
    const r = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', out, '--suppress', '0']);
    expect(r.status).toBe(0);
    const file = join(out, 'skane', 'regional-slutrapport-skane.pdf');
    const n = Number(info(file)['Pages']);
    const appendix = norm(pageText(file, n - 1) + pageText(file, n));
    expect(appendix).toContain('Uppgifterna är framtagna utan röjandekontroll');
    expect(appendix).toContain('De är inte skyddade och får inte publiceras.');
    expect(appendix).not.toContain('gränsen');
  });
});

describeWithChromium('build with invalid data or options', () => {
  it('fails with RenderTimeout and leaves no file when a document takes longer than --timeout', () => {
    const out = join(dir, 'timeout');
    const r = run(['build', '--region', 'skane', '--data', 'fixtures', '--out', out, '--timeout', '0.05']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Printing a document took too long/);
    expect(existsSync(join(out, 'skane', 'regional-slutrapport-skane.pdf'))).toBe(false);
    expect(existsSync(join(out, 'skane')) ? readdirSync(join(out, 'skane')) : []).toEqual([]);
  });

  it('writes nothing and points to validate when the data has errors', () => {
    const out = join(dir, 'invalid');
    const r = run(['build', '--national', '--data', 'fixtures/broken/participants-duplicate-id', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/participants\.csv/);
    expect(r.stderr).toMatch(/plugin-report validate --data fixtures\/broken\/participants-duplicate-id/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a call without exactly one of --region, --national, --all', () => {
    const r = run(['build', '--data', 'fixtures']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exactly one of --region ID, --national or --all/);
  });
});
