// Regenerates what is generated from the schemas: schema/*.schema.json and README.md's reference
// sections. Run `npm run gen:docs` (it builds first) after changing a schema or a definition.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { CONFIG_SCHEMAS, configJsonSchemaText } = await import(new URL('dist/lib/schema/json-schema.js', root).href);
const { fillGeneratedSections } = await import(new URL('dist/lib/docs/reference.js', root).href);

for (const name of Object.keys(CONFIG_SCHEMAS)) {
  writeFileSync(new URL(`schema/${CONFIG_SCHEMAS[name].file}`, root), configJsonSchemaText(name));
}
const readmeUrl = new URL('README.md', root);
writeFileSync(readmeUrl, fillGeneratedSections(readFileSync(readmeUrl, 'utf8')));
console.log('schema/*.schema.json and README.md reference sections regenerated');
