#!/usr/bin/env node
// Writes the fixture data folder: project.yaml, <region>/region.yaml and, per municipality,
// municipality.yaml, participants.csv and the optional grades/dropouts/kaa_contacts files.
//
//   node scripts/generate-fixtures.mjs [out-dir]     (default: fixtures)
//
// Deterministic: seeded random streams only, so the output is byte-identical on every run (the
// test in test/fixtures.test.ts checks the committed fixtures against a fresh run). It writes and
// replaces only those paths; anything else in the folder (e.g. fixtures/broken/) is left alone.
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSkane } from './fixtures-lib/skane.mjs';
import { buildSyntheticRegions } from './fixtures-lib/synthetic.mjs';
import { buildProject } from './fixtures-lib/project.mjs';
import { renderCsv, renderYaml } from './fixtures-lib/output.mjs';

const CSV_KINDS = ['participants', 'grades', 'dropouts', 'kaa_contacts'];
const GENERATED_NOTE =
  ' Synthetic example data, made by scripts/generate-fixtures.mjs (edit the generator, not this file). To start a data folder of your own, run: plugin-report init';

function main() {
  const outDir = resolve(process.argv[2] ?? 'fixtures');
  const synthetic = buildSyntheticRegions();
  // The national order of the regions; Skåne comes last.
  const regions = [...synthetic, buildSkane()];
  const project = buildProject(regions);

  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'project.yaml'), renderYaml(project, GENERATED_NOTE));
  const summary = [];
  for (const region of regions) {
    const regionDir = join(outDir, region.config.id);
    mkdirSync(regionDir, { recursive: true });
    writeFileSync(join(regionDir, 'region.yaml'), renderYaml(region.config, GENERATED_NOTE));
    let regionParticipants = 0;
    for (const m of region.municipalities) {
      const dir = join(regionDir, m.config.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'municipality.yaml'), renderYaml(m.config, GENERATED_NOTE));
      if (m.photo) {
        mkdirSync(join(dir, 'images'), { recursive: true });
        writeFileSync(join(dir, m.photo.config.file), m.photo.bytes);
      }
      for (const kind of CSV_KINDS) {
        const path = join(dir, `${kind}.csv`);
        const rows = m.files[kind];
        if (rows === undefined) {
          // A file this municipality does not deliver must not linger from an earlier run.
          if (existsSync(path)) rmSync(path);
          continue;
        }
        const columns = kind === 'kaa_contacts' ? m.kaaColumns : undefined;
        writeFileSync(path, renderCsv(kind, rows, m.variant, { columns }));
      }
      regionParticipants += m.files.participants.length;
    }
    summary.push(`${region.config.id}: ${region.municipalities.length} municipalities, ${regionParticipants} participants`);
  }
  const total = regions.reduce((sum, r) => sum + r.municipalities.reduce((s, m) => s + m.files.participants.length, 0), 0);
  const municipalities = regions.reduce((sum, r) => sum + r.municipalities.length, 0);
  process.stdout.write(
    `${summary.join('\n')}\nTotal: ${regions.length} regions, ${municipalities} municipalities, ${total} participants → ${outDir}\n`,
  );
}

main();
