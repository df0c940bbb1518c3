// Precompiled templates (dist/templates.cjs, made by `npm run build`) must print exactly what the
// templates compiled at run time print, and must never stand in for a template edited since.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE_OPTIONS, TEMPLATES_DIR, createEnvironment, sourceHash, templateFiles, type PrecompiledTemplates } from './handlebars.js';
import { regionalReport } from '../documents/report/regional.js';
import { c, figures, municipality, project, region, unit } from '../documents/test-helpers/units.js';

/** A precompiled spec as the build writes it, evaluated the way requiring dist/templates.cjs does. */
const specOf = (source: string) => new Function(`return ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })}`)() as TemplateSpecification;

/** Every template of the package precompiled, with `replace` swapping in other sources. */
function precompiled(replace: Record<string, { compiledFrom: string; sha256Of: string }> = {}): PrecompiledTemplates {
  const templates: PrecompiledTemplates['templates'] = {};
  for (const { name, file } of templateFiles(TEMPLATES_DIR)) {
    const source = readFileSync(file, 'utf8');
    const swap = replace[name];
    templates[name] = swap ? { sha256: sourceHash(swap.sha256Of), spec: specOf(swap.compiledFrom) } : { sha256: sourceHash(source), spec: specOf(source) };
  }
  return { options: COMPILE_OPTIONS, templates };
}

async function regionalContext(): Promise<Record<string, unknown>> {
  const f = figures({ persons: c(40, 50), kaa: [c(50, 53), c(49, 53), c(40, 50)] });
  const m = unit('municipality', 'bromolla', 'Bromölla', f, [unit('workshop', 'verkstad-1', 'Verkstad 1', f)]);
  const view = await regionalReport({
    project,
    region: region({ narrative: { summary: 'Regionen **arbetade** brett. <script>alert(1)</script> {{labels}}' } }),
    municipalities: [municipality({ quotes: [{ text: '”Det gjorde skillnad.” <img src=x>', role: 'elev, 17 år' }] })],
    unit: unit('region', 'skane', 'Skåne', f, [m]),
    validation: { files: 3, rows: 120, errors: 0, warnings: [] },
    suppress: 0,
  });
  // Page numbers as the first print has them (html.ts fills in placeholders).
  const toc = (view.context['toc'] as Array<Record<string, unknown>>).map((entry) => ({ ...entry, page: '00' }));
  return { ...view.context, toc };
}

describe('precompiled templates', () => {
  it('print a report exactly as the templates compiled at run time do', async () => {
    const context = await regionalContext();
    const compiled = createEnvironment(TEMPLATES_DIR).render('regional-report', context);
    const fromBuild = createEnvironment(TEMPLATES_DIR, precompiled()).render('regional-report', context);
    expect(fromBuild).toBe(compiled);
    expect(fromBuild).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('are used when the template is the one they were compiled from', async () => {
    const source = readFileSync(join(TEMPLATES_DIR, 'partials', 'toc.hbs'), 'utf8');
    const env = createEnvironment(TEMPLATES_DIR, precompiled({ 'partials/toc': { compiledFrom: '<p>FROM-THE-BUILD</p>', sha256Of: source } }));
    expect(env.render('regional-report', await regionalContext())).toContain('FROM-THE-BUILD');
  });

  it('are not used for a template edited since the build: that one is compiled from its source', async () => {
    const env = createEnvironment(TEMPLATES_DIR, precompiled({ 'partials/toc': { compiledFrom: '<p>STALE</p>', sha256Of: 'an older toc.hbs' } }));
    const html = env.render('regional-report', await regionalContext());
    expect(html).not.toContain('STALE');
    expect(html).toBe(createEnvironment(TEMPLATES_DIR).render('regional-report', await regionalContext()));
  });
});
