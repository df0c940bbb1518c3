// Generates the README's reference sections from the sources of truth, so the docs are never
// written twice: the CSV reference from the column specs, the YAML reference from the zod config
// schemas (via their JSON Schema), and the indicator definitions from the definitions module.
// `npm run gen:docs` writes them into README.md between marker comments; src/docs/reference.test.ts
// fails when README.md is out of step.
import { CSV_SPECS } from '../schema/csv.js';
import { INDICATOR_DEFINITIONS } from '../indicators/definitions.js';
import { RULES } from '../validate/rules.js';
import { CONFIG_SCHEMAS, configJsonSchema, type ConfigSchemaName } from '../schema/json-schema.js';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ');

export function csvReference(): string {
  const parts: string[] = [];
  for (const spec of Object.values(CSV_SPECS)) {
    parts.push(`#### \`${spec.fileName}\``, '', spec.description, '');
    parts.push('| column | aliases | required | values and rules |', '|---|---|---|---|');
    for (const column of spec.columns) {
      const aliases = column.aliases.length ? column.aliases.map((a) => `\`${a}\``).join(', ') : '';
      parts.push(`| \`${column.name}\` | ${aliases} | ${column.required ? 'yes' : 'no'} | ${cell(column.description)} |`);
    }
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}

interface JsonNode {
  type?: string;
  description?: string;
  properties?: Record<string, JsonNode>;
  required?: string[];
  items?: JsonNode;
  anyOf?: JsonNode[];
  enum?: unknown[];
}

function typeOf(node: JsonNode): string {
  if (node.enum) return node.enum.map((v) => `\`${String(v)}\``).join(' / ');
  if (node.anyOf) return [...new Set(node.anyOf.map(typeOf))].join(' or ');
  if (node.type === 'array' && node.items) return `list of ${typeOf(node.items)}`;
  return node.type ?? 'any';
}

function rows(node: JsonNode, prefix: string, out: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    const required = node.required?.includes(key) ? 'yes' : 'no';
    out.push(`| \`${path}\` | ${typeOf(child)} | ${required} | ${cell(child.description ?? '')} |`);
    if (child.properties) rows(child, path, out);
    if (child.type === 'array' && child.items?.properties) rows(child.items, `${path}[]`, out);
  }
}

export function yamlReference(): string {
  const parts: string[] = [];
  for (const name of Object.keys(CONFIG_SCHEMAS) as ConfigSchemaName[]) {
    const schema = configJsonSchema(name) as JsonNode;
    parts.push(
      `#### \`${CONFIG_SCHEMAS[name].yaml}\``,
      '',
      `${schema.description ?? ''} JSON Schema: [\`schema/${CONFIG_SCHEMAS[name].file}\`](schema/${CONFIG_SCHEMAS[name].file}).`,
      '',
    );
    parts.push('| key | type | required | meaning |', '|---|---|---|---|');
    const out: string[] = [];
    rows(schema, '', out);
    parts.push(...out, '');
  }
  return parts.join('\n').trimEnd();
}

export function definitionsReference(): string {
  return INDICATOR_DEFINITIONS.map((d) => `- **${d.title.en}** — ${d.text.en}`).join('\n');
}

export function rulesReference(): string {
  const lines = ['| rule | severity | what it checks |', '|---|---|---|'];
  for (const [id, rule] of Object.entries(RULES)) lines.push(`| \`${id}\` | ${rule.severity} | ${cell(rule.description)} |`);
  return lines.join('\n');
}

export const GENERATED_SECTIONS: Record<string, () => string> = {
  'csv-reference': csvReference,
  rules: rulesReference,
  'yaml-reference': yamlReference,
  definitions: definitionsReference,
};

/** Replaces each `<!-- generated:NAME -->…<!-- /generated:NAME -->` block with fresh content. */
export function fillGeneratedSections(readme: string): string {
  let text = readme;
  for (const [name, make] of Object.entries(GENERATED_SECTIONS)) {
    const start = `<!-- generated:${name} (npm run gen:docs) -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`README.md lacks the markers for the generated section "${name}"`);
    text = text.slice(0, from + start.length) + '\n' + make() + '\n' + text.slice(to);
  }
  return text;
}
