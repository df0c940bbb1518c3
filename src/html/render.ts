// The full HTML document of one report or brochure: pure (no browser), deterministic, and
// self-contained — fonts and CSS are inlined as data: URLs and <style>, so the printing page needs
// no network, no file:// access and no scripts (the CSP forbids all three).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentMeta, RenderJob } from '../pdf/api.js';
import { TEMPLATES_DIR, templateEnvironment } from './handlebars.js';
import { packagePath } from '../util/package-root.js';
import { formatInteger } from './format.js';

/** One entry of a table of contents; the view model lists them as `toc`, in document order. */
export interface TocEntry {
  /** The heading's element id (unique in the document). */
  id: string;
  /** Section number as printed: "2", "2.1", "B". */
  number: string;
  title: string;
  /** 1 for chapters, 2 for sections. */
  level: number;
}

export interface HtmlExtras {
  /** Page of each heading id, known after a first print; absent → placeholders of the same width. */
  tocPages?: Record<string, number>;
  /** Extra CSS appended after the template's own. */
  css?: string;
}

/**
 * What each TOC entry shows before its page is known: two digits, cycling "01", "23", "45", "67",
 * "89" within each level (each level has its own font weight), so that every digit's glyph is
 * printed in every font the numbers use: src/pdf/post/toc.ts fills in the numbers with them.
 * The number column has a fixed width and tabular figures, so any two digits fit the same box.
 */
export function tocPlaceholders(entries: readonly TocEntry[]): string[] {
  const seen = new Map<number, number>();
  return entries.map((entry) => {
    const k = seen.get(entry.level) ?? 0;
    seen.set(entry.level, k + 1);
    return `${(2 * k) % 10}${(2 * k + 1) % 10}`;
  });
}

/** What each entry's page box prints: its page number when known, else its placeholder. */
export function tocPageTexts(entries: readonly TocEntry[], pages: Record<string, number> | undefined): string[] {
  const placeholders = tocPlaceholders(entries);
  return entries.map((entry, i) => {
    const page = pages?.[entry.id];
    return page === undefined ? placeholders[i]! : formatInteger(page);
  });
}

/** The Content-Security-Policy of every document: no scripts, nothing fetched except data: fonts/images. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

const FONT_FACES: Array<{ weight: number; style: 'normal' | 'italic' }> = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
  { weight: 600, style: 'italic' },
  { weight: 700, style: 'normal' },
  { weight: 700, style: 'italic' },
];
// unicode-range of @fontsource's latin and latin-ext subsets (Swedish needs latin; names may need ext).
const SUBSETS = [
  {
    name: 'latin',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    name: 'latin-ext',
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
];

const fontCss = new Map<string, string>();

/** Characters of the latin-ext subset (not in the latin one): only documents with them carry it. */
const LATIN_EXT_ONLY = /[\u0100-\u0130\u0132-\u0151\u0154-\u02BA\u02BD-\u02C5\u02C7-\u02D9\u02DB\u02DD-\u02FF\u1D00-\u1EFF\u20A0-\u20AB\u20AD-\u20C0\u2113\u2C60-\u2C7F\uA720-\uA7FF]/u;

/**
 * @font-face rules for Source Sans 3 with the woff2 files inlined as data: URLs (read once). The
 * latin-ext faces (half the bytes) are included only when `text` needs them.
 */
export function fontFaceCss(text = ''): string {
  const subsets = LATIN_EXT_ONLY.test(text) ? SUBSETS : SUBSETS.filter((s) => s.name === 'latin');
  const key = subsets.map((s) => s.name).join('+');
  const cached = fontCss.get(key);
  if (cached !== undefined) return cached;
  // Resolved from the package root, not this module: a bundled chunk does not sit in src/render.
  const require = createRequire(packagePath('package.json'));
  const pkgDir = dirname(require.resolve('@fontsource/source-sans-3/package.json'));
  const rules: string[] = [];
  for (const subset of subsets) {
    for (const face of FONT_FACES) {
      const file = join(pkgDir, 'files', `source-sans-3-${subset.name}-${face.weight}-${face.style}.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:'Source Sans 3';font-style:${face.style};font-weight:${face.weight};` +
          `font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.range};}`,
      );
    }
  }
  const css = rules.join('\n');
  fontCss.set(key, css);
  return css;
}

const cssCache = new Map<string, string>();
function readCss(path: string): string {
  let css = cssCache.get(path);
  if (css === undefined) {
    css = existsSync(path) ? readFileSync(path, 'utf8') : '';
    cssCache.set(path, css);
  }
  return css;
}

/**
 * The stylesheets of a template, in order: css/base.css, css/<kind>.css where kind is the last
 * dash-separated part of the name ("regional-report" → css/report.css), css/<template>.css and
 * <template>.css — each only if it exists.
 */
export function templateCss(template: string, dir: string = TEMPLATES_DIR): string {
  const kind = template.includes('-') ? template.slice(template.lastIndexOf('-') + 1) : '';
  const files = [join(dir, 'css', 'base.css')];
  if (kind) files.push(join(dir, 'css', `${kind}.css`));
  files.push(join(dir, 'css', `${template}.css`), join(dir, `${template}.css`));
  return files
    .map(readCss)
    .filter(Boolean)
    .join('\n');
}

/** A CSS string literal that cannot break out of its quotes, whatever the text. */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    out += /[\p{L}\p{N} .,:;()–—-]/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return out + '"';
}

/** The page rules: A4, margins, running header (not on the cover) and "Sida X av Y". */
export function pageCss(meta: DocumentMeta): string {
  const pageWord = meta.lang.startsWith('en') ? 'Page' : 'Sida';
  const ofWord = meta.lang.startsWith('en') ? 'of' : 'av';
  return `@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;
  @top-left { content: ${cssString(meta.shortTitle)}; font: 400 8pt 'Source Sans 3', sans-serif; color: #5a5f66; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-right { content: "${pageWord} " counter(page) " ${ofWord} " counter(pages); font: 400 8pt 'Source Sans 3', sans-serif; color: #5a5f66; font-variant-numeric: tabular-nums; vertical-align: top; padding-top: 3mm; }
}
@page :first {
  @top-left { content: none; }
  @bottom-right { content: none; }
}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function withTocPages(context: Record<string, unknown>, pages: Record<string, number> | undefined): Record<string, unknown> {
  const toc = context['toc'];
  if (!Array.isArray(toc)) return context;
  const texts = tocPageTexts(toc as TocEntry[], pages);
  return { ...context, toc: (toc as TocEntry[]).map((entry, i) => ({ ...entry, page: texts[i] })) };
}

// The first pass's HTML per job, so a caller can render it ahead of time (e.g. while the browser
// starts) and the engine's own call finds it ready.
const firstPass = new WeakMap<RenderJob, string>();

/** Renders the job's template into a complete, self-contained HTML document. Pure. */
export function renderHtml(job: RenderJob, extra: HtmlExtras = {}): string {
  const plain = extra.tocPages === undefined && extra.css === undefined;
  const cached = plain ? firstPass.get(job) : undefined;
  if (cached !== undefined) return cached;
  const html = buildHtml(job, extra);
  if (plain) firstPass.set(job, html);
  return html;
}

/**
 * A one-page document with a template's head (fonts, CSS) and a line in each font face, printed
 * by the engine to warm a page up (see PdfEngine warmUp); nothing of it is kept.
 */
export function warmUpHtml(template: string): string {
  const faces = FONT_FACES.map((f) => `<span style="font-weight:${f.weight};font-style:${f.style}">Åäö 0123456789</span>`).join(' ');
  return documentHtml({
    lang: 'sv',
    title: '–',
    metaTags: '',
    fontCss: fontFaceCss(),
    css: templateCss(template),
    template,
    body: `<h1>Innehåll</h1>
<p>${faces}</p>
<table><thead><tr><th>Kvinnor</th></tr></thead><tbody><tr><td>1 234</td></tr></tbody></table>`,
  });
}

function buildHtml(job: RenderJob, extra: HtmlExtras): string {
  const env = templateEnvironment();
  const body = env.render(job.template, withTocPages(job.context, extra.tocPages));
  const meta = job.meta;
  return documentHtml({
    lang: meta.lang,
    title: meta.title,
    metaTags: `<meta name="author" content="${escapeHtml(meta.author)}">
<meta name="description" content="${escapeHtml(meta.subject)}">
<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">
`,
    fontCss: fontFaceCss(body + meta.shortTitle),
    css: `${pageCss(meta)}\n${templateCss(job.template)}\n${extra.css ?? ''}`,
    template: job.template,
    body,
  });
}

/** The document around a body: CSP, title, meta tags, the inlined fonts and the CSS. */
function documentHtml(parts: { lang: string; title: string; metaTags: string; fontCss: string; css: string; template: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(parts.title)}</title>
${parts.metaTags}<style>
${parts.fontCss}
</style>
<style>
${parts.css}
</style>
</head>
<body class="template-${escapeHtml(parts.template)}">
${parts.body}
</body>
</html>
`;
}
