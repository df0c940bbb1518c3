// The reports' Handlebars environment: isolated (Handlebars.create(), nothing global), strict
// (a misspelt field throws instead of printing nothing), with templates and partials loaded from
// templates/ and compiled once per process.
//
// Escaping rule: every value from the data goes through `{{ }}` and is HTML-escaped. The only
// unescaped HTML is what our own code produces: Markdown rendered with raw HTML disabled
// (`{{md text}}`) and SVG our chart code built (`{{svg chart}}`, which insists on a TrustedHtml).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { FORMAT_HELPERS } from './format.js';
import { packagePath } from '../util/package-root.js';

/** templates/ of the package (found from the package root: bundled chunks sit at any depth). */
export const TEMPLATES_DIR = packagePath('templates');

/** HTML produced by our own code (charts, the emblem): the only thing `{{svg x}}` prints raw. */
export class TrustedHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Marks SVG/HTML built by our own code (never data) as safe to insert unescaped. */
export function trusted(html: string): TrustedHtml {
  return new TrustedHtml(html);
}

let markdown: MarkdownIt | undefined;

function markdownRenderer(): MarkdownIt {
  if (markdown) return markdown;
  // html: false renders raw HTML as text; typographer gives Swedish quotation marks (” ”, ’ ’),
  // it only touches text tokens so it cannot open a hole.
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: true, quotes: '””’’' });
  // Images would make the renderer fetch (blocked anyway); headings in narrative text would break
  // the report's numbered outline, so they become bold paragraphs.
  // 'replacements' would turn "--suppress" into "–suppress" and "(c)" into "©"; only quotes change.
  md.disable(['image', 'replacements']);
  md.renderer.rules.heading_open = () => '<p class="md-heading"><strong>';
  md.renderer.rules.heading_close = () => '</strong></p>\n';
  markdown = md;
  return md;
}

/** Markdown → sanitized HTML (raw HTML shown as text, no images, headings demoted). */
export function renderMarkdown(text: string | null | undefined): string {
  if (text === null || text === undefined || text.trim() === '') return '';
  return markdownRenderer().render(text);
}

export type Labels = Record<string, string>;

export interface TemplateEnvironment {
  /** Renders templates/<name>.hbs with the view model. */
  render(name: string, context: Record<string, unknown>): string;
  labels: Labels;
  handlebars: typeof Handlebars;
}

const environments = new Map<string, TemplateEnvironment>();

/** The environment for a templates folder (default: the package's), created once and cached. */
export function templateEnvironment(dir: string = TEMPLATES_DIR): TemplateEnvironment {
  const cached = environments.get(dir);
  if (cached) return cached;
  const env = createEnvironment(dir);
  environments.set(dir, env);
  return env;
}

/** Renders templates/<name>.hbs with the package's environment. */
export function renderTemplate(name: string, context: Record<string, unknown>): string {
  return templateEnvironment().render(name, context);
}

function loadLabels(dir: string): Labels {
  const raw = JSON.parse(readFileSync(join(dir, 'labels.sv.json'), 'utf8')) as Record<string, unknown>;
  const labels: Labels = {};
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') labels[prefix] = value;
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}.${k}` : k, v);
    }
  };
  walk('', raw);
  return labels;
}

function createEnvironment(dir: string): TemplateEnvironment {
  const hb = Handlebars.create();
  const labels = loadLabels(dir);
  const compileOptions = { strict: true, preventIndent: true } as const;

  for (const [name, helper] of Object.entries(FORMAT_HELPERS)) hb.registerHelper(name, helper);

  hb.registerHelper('md', (text: unknown) => new hb.SafeString(renderMarkdown(typeof text === 'string' ? text : '')));
  hb.registerHelper('svg', (value: unknown) =>
    value instanceof TrustedHtml ? new hb.SafeString(value.html) : hb.escapeExpression(String(value ?? '')),
  );
  hb.registerHelper('t', (key: unknown) => {
    const label = typeof key === 'string' ? labels[key] : undefined;
    if (label === undefined) throw new Error(`missing label "${String(key)}" in templates/labels.sv.json`);
    return label;
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('not', (a: unknown) => !a);

  const partialsDir = join(dir, 'partials');
  let partialFiles: string[] = [];
  try {
    partialFiles = readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'));
  } catch {
    partialFiles = [];
  }
  for (const file of partialFiles.sort()) {
    hb.registerPartial(basename(file, '.hbs'), hb.compile(readFileSync(join(partialsDir, file), 'utf8'), compileOptions));
  }

  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    labels,
    handlebars: hb,
    render(name, context) {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid template name "${name}"`);
      let template = compiled.get(name);
      if (!template) {
        template = hb.compile(readFileSync(join(dir, `${name}.hbs`), 'utf8'), compileOptions);
        compiled.set(name, template);
      }
      return template({ ...context, labels }, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    },
  };
}
