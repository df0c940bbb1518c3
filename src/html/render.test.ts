// The HTML of the reports, without a browser: escaping of hostile data, headings and TOC, the
// seed figures inside their municipality's section, and the document shell (lang, CSP, fonts).
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cssString, pageCss, renderHtml, tocPlaceholders, type TocEntry } from './render.js';
import { renderMarkdown } from './handlebars.js';
import { tocPagesFromOutline } from '../pdf/engine.js';
import { undoubleTitle } from '../pdf/post/metadata.js';
import { regionalReport } from '../documents/report/regional.js';
import { c, figures, municipality, project, region, unit } from '../documents/test-helpers/units.js';
import type { RenderJob } from '../pdf/api.js';

const HOSTILE = ['<script>alert(1)</script>', '<img src=file:///etc/passwd>', '{{labels}}', '{{constructor.constructor}}'];

async function bromollaJob(over: { name?: string; quote?: string; narrative?: string; regionName?: string } = {}): Promise<RenderJob> {
  const kaa = figures({ persons: c(40, 50), kaa: [c(50, 53), c(49, 53), c(40, 50)] });
  kaa.grades = null;
  const grades = figures({
    persons: c(50, 53),
    grades: {
      measurable: c(50, 53),
      raised: c(20, 22),
      kept: c(26, 27),
      lowered: c(4, 4),
      intensive: c(15, 20),
      intensiveRaised: c(11, 14),
    },
  });
  const muniFigures = figures({
    persons: c(90, 103),
    kaa: [c(50, 53), c(49, 53), c(40, 50)],
    grades: {
      measurable: c(50, 53),
      raised: c(20, 22),
      kept: c(26, 27),
      lowered: c(4, 4),
      intensive: c(15, 20),
      intensiveRaised: c(11, 14),
    },
  });
  const name = over.name ?? 'Bromölla';
  const m = unit('municipality', 'bromolla', name, muniFigures, [
    unit('workshop', 'verkstad-1', 'Verkstad 1', kaa),
    unit('workshop', 'verkstad-2', 'Verkstad 2', grades),
  ]);
  const r = unit('region', 'skane', over.regionName ?? 'Skåne', muniFigures, [m]);
  const view = await regionalReport({
    project,
    region: region({ name: over.regionName ?? 'Skåne', narrative: { summary: over.narrative ?? 'Regionen **arbetade** brett.' } }),
    municipalities: [
      municipality({
        name,
        quotes: [{ text: over.quote ?? 'Det gjorde skillnad.', role: 'elev, 17 år' }],
        narrative: { what_we_did: over.narrative ?? 'Vi byggde upp ett arbetssätt.' },
      }),
    ],
    unit: r,
    validation: {
      files: 4,
      rows: 500,
      errors: 0,
      warnings: [
        { severity: 'warning', rule: 'participants.age-outside-band', file: 'skane/bromolla/participants.csv', line: 3, message: 'age' },
      ],
    },
    suppress: 0,
  });
  return { template: 'regional-report', ...view, outFile: '/tmp/never-written.pdf', toc: true };
}

function sectionOf(html: string, heading: string): string {
  const start = html.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThan(-1);
  const next = html.indexOf('<h2 id=', start + heading.length);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('renderHtml: the regional report', () => {
  it('is a Swedish document with a CSP that forbids scripts and bundled fonts', async () => {
    const html = renderHtml(await bromollaJob());
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(html).toContain('<title>Plug In 2.0: Regional slutrapport Skåne</title>');
    expect(html).toContain("font-family:'Source Sans 3';font-style:italic;font-weight:400");
    expect(html).toContain('font-weight:700');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/file:\/\//);
  });

  it.each(HOSTILE)('prints %s in names, quotes and narrative as literal text', async (evil) => {
    const html = renderHtml(
      await bromollaJob({ name: `Bromölla ${evil}`, quote: evil, narrative: `Text ${evil}`, regionName: `Skåne ${evil}` }),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    if (evil.startsWith('<script')) expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    if (evil.startsWith('<img')) expect(html).toContain('&lt;img src');
    if (evil.startsWith('{{')) expect(html).toContain(evil); // a literal, never evaluated
  });

  it('numbers chapters and sections, one text node per heading', async () => {
    const html = renderHtml(await bromollaJob());
    expect(html).toContain('<h1 id="kap-1">1&ensp;Sammanfattning</h1>');
    expect(html).toContain('<h1 id="kap-2">2&ensp;Syfte och mål</h1>');
    expect(html).toMatch(/<h2 id="avsnitt-4-1">4\.1&ensp;Bromölla<\/h2>/);
    expect(html).toContain('<h1 id="kap-bilaga">Bilaga&ensp;Metod och definitioner</h1>');
    expect(html).toMatch(/<h2 id="avsnitt-b-1">B\.1&ensp;Definitioner<\/h2>/);
  });

  it('lists every numbered heading in the TOC, with placeholders before the page numbers are known', async () => {
    const job = await bromollaJob();
    const toc = job.context['toc'] as TocEntry[];
    const html = renderHtml(job);
    const headingCount = (html.match(/<h[12] id="(kap|avsnitt)-/g) ?? []).length;
    expect(toc).toHaveLength(headingCount);
    expect(html.match(/class="toc-entry /g)).toHaveLength(toc.length);
    const boxes = [...html.matchAll(/<span class="toc-page">(\d+)<\/span>/g)].map((m) => m[1]);
    expect(boxes).toEqual(tocPlaceholders(toc));
    for (const level of [1, 2]) {
      // Every digit's glyph gets printed in each level's font.
      const digits = boxes.filter((_, i) => toc[i]!.level === level).join('');
      expect(new Set(digits), `level ${level}`).toEqual(new Set('0123456789'));
    }
    const pages = Object.fromEntries(toc.map((e, i) => [e.id, i + 3]));
    const filled = renderHtml(job, { tocPages: pages });
    expect(filled).toContain(
      `<a href="#${toc[0]!.id}"><span class="toc-num">1</span><span class="toc-text">Sammanfattning</span><span class="toc-leader"></span><span class="toc-page">3</span></a>`,
    );
    expect(filled).not.toContain(`<span class="toc-page">${tocPlaceholders(toc)[0]}</span>`);
  });

  it("shows Bromölla's seed figures inside Bromölla's own section", async () => {
    const section = sectionOf(renderHtml(await bromollaJob()), '4.1&ensp;Bromölla');
    for (const figure of ['>103<', '>102<', '>90<', '92\u00A0% (95 av 103)', '>35<', '25 av 35']) expect(section).toContain(figure);
    // Every count table has Kvinnor, Män, Totalt in that order.
    expect(section).toContain(
      '<th scope="col" class="num">Kvinnor</th><th scope="col" class="num">Män</th><th scope="col" class="num">Totalt</th>',
    );
  });

  it('adds a visible note to synthetic regions', async () => {
    const job = await bromollaJob();
    expect(renderHtml(job)).not.toContain('syntetiska');
    const view = await regionalReport({
      project,
      region: region({ synthetic: true }),
      municipalities: [municipality()],
      unit: unit('region', 'skane', 'Skåne', figures(), [unit('municipality', 'bromolla', 'Bromölla', figures(), [])]),
      validation: { files: 1, rows: 1, errors: 0, warnings: [] },
      suppress: 0,
    });
    const html = renderHtml({ template: 'regional-report', ...view, outFile: '/tmp/x.pdf' });
    expect(html).toContain('uppgifterna i den här rapporten är syntetiska');
    expect(html).toContain('<p class="cover-synthetic">Syntetiska uppgifter</p>');
  });

  it('counts warnings per kind of data in the appendix, in words a reader knows (no rule id)', async () => {
    const html = renderHtml(await bromollaJob());
    const quality = sectionOf(html, 'B.2&ensp;');
    expect(quality).toContain('Granskningen gav en anmärkning;');
    expect(quality).toMatch(/<th scope="row">Deltagare<\/th><td class="num">1<\/td>/);
    expect(quality).not.toContain('age-outside-band');
  });
});

describe('markdown', () => {
  it('renders Markdown but never raw HTML, images or javascript: links', () => {
    expect(renderMarkdown('**fet** och _kursiv_')).toBe('<p><strong>fet</strong> och <em>kursiv</em></p>\n');
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(renderMarkdown('![x](file:///etc/passwd)')).not.toContain('<img');
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderMarkdown('# Rubrik')).toBe('<p class="md-heading"><strong>Rubrik</strong></p>\n');
    expect(renderMarkdown('"citat"')).toBe('<p>”citat”</p>\n');
    expect(renderMarkdown('--suppress (c)')).toBe('<p>--suppress (c)</p>\n');
  });
});

describe('page CSS', () => {
  it('quotes the running header safely', () => {
    expect(cssString('Plug In 2.0 · Skåne')).toBe('"Plug In 2.0 \\b7  Skåne"');
    const evil = cssString('x"; } body { display: none } @page { content: "');
    expect(evil.slice(1, -1)).not.toContain('"');
    expect(evil).not.toContain('{');
    expect(pageCss({ title: 't', shortTitle: 'Kort', author: 'a', subject: 's', keywords: [], lang: 'sv' })).toContain(
      '"Sida " counter(page) " av " counter(pages)',
    );
  });
});

describe('TOC pages from the PDF outline', () => {
  it('matches headings to bookmarks in order, also repaired doubled ones', () => {
    const entries: TocEntry[] = [
      { id: 'a', number: '1', title: 'Sammanfattning', level: 1 },
      { id: 'b', number: '1.1', title: 'Resultat', level: 2 },
      { id: 'c', number: '2', title: 'Resultat', level: 1 },
    ];
    const outline = [
      { title: 'Innehåll', page: 2, depth: 0 },
      { title: undoubleTitle('1\u2002Sammanfattning1\u2002Sammanfattning'), page: 3, depth: 0 },
      { title: 'Resultat i siffror', page: 4, depth: 1 },
      { title: '1.1 Resultat', page: 4, depth: 1 },
      { title: '2\u2002Resultat', page: 7, depth: 0 },
    ];
    expect(tocPagesFromOutline(entries, outline)).toEqual({ a: 3, b: 4, c: 7 });
    expect(undoubleTitle('Resultat')).toBe('Resultat');
  });
});

describe('fonts', () => {
  it('carries the latin-ext faces only when the text needs them', async () => {
    const { fontFaceCss } = await import('./render.js');
    const latin = fontFaceCss('Bromölla Åre');
    expect(latin.match(/@font-face/g)).toHaveLength(6);
    expect(fontFaceCss('Łódź').match(/@font-face/g)).toHaveLength(12);
    expect(latin).not.toContain('U+0100-02BA');
  });
});

describe('warmUpHtml', () => {
  it("is a small page with the template's fonts and CSS, a line in every face, under the same CSP", async () => {
    const { fontFaceCss, templateCss, warmUpHtml } = await import('./render.js');
    const html = warmUpHtml('brochure');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    expect(html).toContain(fontFaceCss());
    expect(html).toContain(templateCss('brochure'));
    expect(html.match(/<span style="font-weight:\d+;font-style:(normal|italic)">/g)).toHaveLength(6);
    expect(html.length - fontFaceCss().length - templateCss('brochure').length).toBeLessThan(2_000);
  });
});
