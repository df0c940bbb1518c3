// The YAML files `init` writes: every key of the file's schema, the required ones with a value to
// replace and the optional ones commented out, each with its meaning (the schema's own
// description), and every report question as a comment above an empty answer. Empty answers
// validate (narrative.missing lists them) and a narrative/<key>.md file may still answer them.
import type { z } from 'zod';
import { copy } from '../../html/copy.js';
import { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../schema/config.js';
import { keysAt } from '../../schema/keys.js';
import { yamlText } from './texts.js';

interface Described {
  description?: string;
  _zod: { def: { shape?: Record<string, Described>; innerType?: Described } };
}

/** The schema's description of a top-level key (what the README's reference table says). */
function meaning(schema: z.ZodType, key: string): string {
  let node = (schema as unknown as Described)._zod.def.shape?.[key];
  // `.optional()` of a described schema: the description is the inner one's.
  while (node && node.description === undefined) node = node._zod.def.innerType;
  return node?.description ?? '';
}

const comment = (text: string, indent = '') => `${indent}# ${text}`;
/** A commented-out line of YAML, its `#` at the line's indentation so removing it leaves valid YAML. */
const commented = (line: string) => {
  const indent = /^ */.exec(line)![0];
  return `${indent}# ${line.slice(indent.length)}`;
};

/** The question a report asks for a narrative key, in Swedish as the report prints it. */
function question(kind: 'project' | 'region' | 'municipality', key: string): string {
  const catalogueKey = kind === 'project' ? `national.q.${key}.question` : kind === 'region' ? `regional.q.${key}.question` : undefined;
  if (catalogueKey !== undefined) {
    try {
      return copy(catalogueKey);
    } catch {
      // Not every key has a question in the catalogue (the summary has a heading only).
    }
  }
  const own = { summary: 'summary', what_we_did: 'whatWeDid', results: 'results', implementation: 'implementation' }[key];
  return own !== undefined ? yamlText(own) : key;
}

function narrativeBlock(kind: 'project' | 'region' | 'municipality', schema: z.ZodType, folder: string): string[] {
  const lines = [comment(yamlText('narrative')), 'narrative:'];
  for (const key of keysAt(schema, ['narrative'])) {
    lines.push(
      comment(question(kind, key), '  '),
      comment(yamlText('answer', { file: `${folder}narrative/${key}.md` }), '  '),
      `  ${key}: ""`,
    );
  }
  return lines;
}

function header(kind: 'project' | 'region' | 'municipality'): string[] {
  return [comment(yamlText(kind)), comment(yamlText('made')), comment(yamlText('keys', { file: kind })), ''];
}

/** A required key with a value to replace, its meaning beside it. */
const keyLine = (schema: z.ZodType, key: string, value: string, note?: string) =>
  `${key}: ${value}  # ${meaning(schema, key)}${note ? ` ${note}` : ''}`;
/** An optional key, commented out with an example value. */
const optionalLine = (schema: z.ZodType, key: string, value: string) => comment(`${key}: ${value}  # ${meaning(schema, key)}`);

const yamlString = (text: string) => JSON.stringify(text);

/**
 * The file's lines, and after them, commented out, each key of the schema they do not name yet
 * (a key added to the schema later still reaches the scaffold, with its meaning).
 */
function withEveryKey(schema: z.ZodType, lines: string[]): string {
  const named = (key: string) => lines.some((line) => new RegExp(`^(# )?${key}:`).test(line));
  const rest = keysAt(schema, []).filter((key) => !named(key));
  return [...lines, ...rest.map((key) => comment(`${key}:  # ${meaning(schema, key)}`)), ''].join('\n');
}

export function projectYaml(): string {
  const s = ProjectConfig;
  return withEveryKey(s, [
    ...header('project'),
    keyLine(s, 'name', 'Plug In 2.0'),
    keyLine(s, 'esf_case_number', '2015/00665'),
    keyLine(s, 'owner', 'Sveriges Kommuner och Landsting'),
    keyLine(s, 'owner_short', 'SKL'),
    comment(meaning(s, 'period')),
    'period:',
    '  start: 2015-03-01',
    '  end: 2018-12-31',
    optionalLine(s, 'planned_participants', '3000'),
    optionalLine(s, 'report_year', '2019'),
    commented(`disclosure:  # ${meaning(s, 'disclosure')}`),
    commented('  min_count: 5'),
    commented(`validate:  # ${meaning(s, 'validate')}`),
    commented('  accept:'),
    commented('    - rule: csv.unknown-column'),
    commented('      column: anteckning'),
    commented('      reason: Our own notes column.'),
    comment(meaning(s, 'regions')),
    comment(yamlText('addRegion')),
    'regions: []',
    ...narrativeBlock('project', s, ''),
  ]);
}

export function regionYaml(id: string, name: string): string {
  const s = RegionConfig;
  return withEveryKey(s, [
    ...header('region'),
    keyLine(s, 'id', id),
    keyLine(s, 'name', yamlString(name)),
    keyLine(s, 'organisation', yamlString(name), yamlText('replace')),
    keyLine(s, 'county_code', '"00"', yamlText('replace')),
    optionalLine(s, 'report_year', '2019'),
    optionalLine(s, 'synthetic', 'false'),
    comment(meaning(s, 'municipalities')),
    comment(yamlText('addMunicipality', { region: id })),
    'municipalities: []',
    ...narrativeBlock('region', s, `${id}/`),
  ]);
}

export function municipalityYaml(id: string, name: string, region: string): string {
  const s = MunicipalityConfig;
  return withEveryKey(s, [
    ...header('municipality'),
    keyLine(s, 'id', id),
    keyLine(s, 'name', yamlString(name)),
    keyLine(s, 'kommunkod', '"0000"', yamlText('replace')),
    optionalLine(s, 'started', '2016-01-15'),
    comment(`${meaning(s, 'workshops') || 'The local project workshops (projektverkstäder).'} ${yamlText('replace')}`),
    'workshops:',
    '  - id: verkstad-1',
    `    name: ${yamlString(yamlText('workshopName', { name }))}`,
    '    target_groups: [1, 2, 3]',
    commented(`    description: ${yamlText('workshopDescription')}`),
    ...narrativeBlock('municipality', s, `${region}/${id}/`),
    comment(`quotes:  # ${meaning(s, 'quotes') || 'Quotes for the brochure and report.'}`),
    commented(`  - text: ${yamlText('quoteText')}`),
    commented(`    role: ${yamlText('quoteRole')}`),
    comment(`interview:  # ${meaning(s, 'interview')}`),
    commented(`  title: ${yamlText('interviewTitle')}`),
    commented(`  role: ${yamlText('interviewRole')}`),
    commented(`  text: ${yamlText('interviewText')}`),
    comment(`baseline:  # ${meaning(s, 'baseline') || 'Figures reported by the municipality, not computed from the tables.'}`),
    commented(`  - label: ${yamlText('baselineLabel')}`),
    commented('    value: 100'),
    commented('    approximate: true'),
    comment(`contact:  # ${meaning(s, 'contact')}`),
    commented(`  organisation: ${yamlText('contactOrganisation', { name })}`),
    commented('  web: https://www.example.se'),
  ]);
}
