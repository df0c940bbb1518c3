// The reports' Handlebars environment: isolated (Handlebars.create(), nothing global), strict
// (a misspelt field throws instead of printing nothing), with templates and partials loaded from
// templates/ and compiled once per process — or not at all: `npm run build` precompiles them into
// dist/templates.cjs (scripts/precompile-templates.mjs), which saves a report ~40 ms. A template
// whose source no longer matches what was precompiled is compiled here from the source as it is.
//
// Escaping rule: every value from the data goes through `{{ }}` and is HTML-escaped. The only
// unescaped HTML is what our own code produces: Markdown rendered with raw HTML disabled
// (`{{md text}}`) and SVG our chart code built (`{{svg chart}}`, which insists on a TrustedHtml).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import MarkdownIt from 'markdown-it';
import { copy } from './copy.js';
import { FORMAT_HELPERS } from './format.js';
import { packagePath } from '../util/package-root.js';
import { maskPersonalNumbers } from '../util/pnr.js';
import { maskContext } from './mask-context.js';
import { mark } from '../util/timing.js';

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
  // Narrative text is anyone's: a personnummer in it is masked in the PDF as everywhere (§9).
  return markdownRenderer().render(maskPersonalNumbers(text));
}

export interface TemplateEnvironment {
  /** Renders templates/<name>.hbs with the view model. */
  render(name: string, context: Record<string, unknown>): string;
  handlebars: typeof Handlebars;
}

/** Options of every compile; scripts/precompile-templates.mjs precompiles with the same. */
export const COMPILE_OPTIONS = { strict: true, preventIndent: true } as const;

/** Templates precompiled by the build, by name ("national-report", "partials/toc"). */
export interface PrecompiledTemplates {
  options: unknown;
  templates: Record<string, { sha256: string; spec: TemplateSpecification }>;
}

/**
 * Every template of a templates folder by name: "national-report", and partials as
 * "partials/toc" (the names dist/templates.cjs uses), each with its file.
 */
export function templateFiles(dir: string): Array<{ name: string; file: string }> {
  const list = (prefix: string, folder: string) => {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.hbs'));
    } catch {
      files = [];
    }
    return files.sort().map((f) => ({ name: prefix + basename(f, '.hbs'), file: join(folder, f) }));
  };
  return [...list('', dir), ...list('partials/', join(dir, 'partials'))];
}

/** What a precompiled template records of its source, to tell whether it is still that source. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The build's precompiled templates of the package, if there are any for these options. */
function packagePrecompiled(): PrecompiledTemplates | undefined {
  const file = packagePath('dist', 'templates.cjs');
  if (!existsSync(file)) return undefined; // running from source (the unit tests)
  const loaded = createRequire(import.meta.url)(file) as PrecompiledTemplates;
  return JSON.stringify(loaded.options) === JSON.stringify(COMPILE_OPTIONS) ? loaded : undefined;
}

const environments = new Map<string, TemplateEnvironment>();

/** The environment for a templates folder (default: the package's), created once and cached. */
export function templateEnvironment(dir: string = TEMPLATES_DIR): TemplateEnvironment {
  const cached = environments.get(dir);
  if (cached) return cached;
  const env = createEnvironment(dir, dir === TEMPLATES_DIR ? packagePrecompiled() : undefined);
  environments.set(dir, env);
  return env;
}

/** Renders templates/<name>.hbs with the package's environment. */
export function renderTemplate(name: string, context: Record<string, unknown>): string {
  return templateEnvironment().render(name, context);
}

/** An environment over a templates folder; `precompiled` templates are used where the source matches. */
export function createEnvironment(dir: string, precompiled?: PrecompiledTemplates): TemplateEnvironment {
  const hb = Handlebars.create();
  const load = (name: string, file: string): HandlebarsTemplateDelegate => {
    const source = readFileSync(file, 'utf8');
    const ready = precompiled?.templates[name];
    if (ready && ready.sha256 === sourceHash(source)) return hb.template(ready.spec);
    mark(`template compiled at run time: ${name}`);
    return hb.compile(source, { ...COMPILE_OPTIONS });
  };

  for (const [name, helper] of Object.entries(FORMAT_HELPERS)) hb.registerHelper(name, helper);

  hb.registerHelper('md', (text: unknown) => new hb.SafeString(renderMarkdown(typeof text === 'string' ? text : '')));
  hb.registerHelper('svg', (value: unknown) =>
    value instanceof TrustedHtml ? new hb.SafeString(value.html) : hb.escapeExpression(String(value ?? '')),
  );
  // The document's words: {{t "brochure.back.title" name=project.name}} prints the catalogue's text
  // (src/html/copy.ts) with the hash values in its {name} placeholders, escaped like any value.
  hb.registerHelper('t', (key: unknown, options: Handlebars.HelperOptions) => {
    if (typeof key !== 'string') throw new Error(`{{t}} needs a copy key, got ${String(key)}`);
    return copy(key, (options.hash ?? {}) as Record<string, string | number>);
  });
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('not', (a: unknown) => !a);

  for (const { name, file } of templateFiles(dir)) {
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), load(name, file));
  }

  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return {
    handlebars: hb,
    render(name, context) {
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`invalid template name "${name}"`);
      let template = compiled.get(name);
      if (!template) {
        template = load(name, join(dir, `${name}.hbs`));
        compiled.set(name, template);
      }
      // Personnummer in the data's texts are masked, whichever template prints them (mask-context.ts).
      return template(maskContext(context), { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    },
  };
}
