// `npm run bench`: runs every bench/*.bench.mjs in name order. Each module exports
// `async function run(print)` and prints its figures as ratios against a floor it measures in the
// same run, so results compare across machines. Nothing here asserts: targets are read by people.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const print = (line = '') => process.stdout.write(line + '\n');
for (const file of files) {
  print(`\n== ${file.replace('.bench.mjs', '')} ==`);
  const mod = await import(pathToFileURL(join(here, file)).href);
  await mod.run(print);
}
