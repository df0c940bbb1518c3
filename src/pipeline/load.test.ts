// computeFigures on data folders written by bench/generate.mjs: validation and computation in one
// pass, and the sums hold for whole generated nations (integration of validateDataset's visitor).
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Unit } from '../indicators/index.js';
import { computeFigures } from './load.js';
import { flatten } from '../indicators/test-helpers/arbitrary.js';
// @ts-expect-error — a plain ESM script without type declarations
import { generateDataset } from '../../bench/generate.mjs';

const root = mkdtempSync(join(tmpdir(), 'compute-figures-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Data rows of a CSV file (header and blank lines left out). */
const rows = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).length - 1;

describe('computeFigures on generated data folders', () => {
  it('is valid, and regions / nation are the sums of their children for every number', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          regions: fc.integer({ min: 1, max: 3 }),
          municipalitiesPerRegion: fc.integer({ min: 1, max: 4 }),
          participantsPerMunicipality: fc.integer({ min: 1, max: 40 }),
          seed: fc.integer({ min: 0, max: 1_000_000 }),
        }),
        async (options) => {
          const dir = join(root, `d${run++}`);
          await generateDataset(dir, options);
          const computed = await computeFigures(dir, {});
          expect(computed.validation.errors).toEqual([]);
          const nation = computed.nation!;
          expect(nation.children).toHaveLength(options.regions);

          const check = (unit: Unit) => {
            if (unit.children.length === 0 || unit.level === 'municipality') return;
            for (const section of ['participants', 'outcomes', 'dropouts', 'grades', 'kaa'] as const) {
              const sum = new Map<string, number>();
              for (const child of unit.children) {
                for (const [path, v] of flatten(child.figures[section])) sum.set(path, (sum.get(path) ?? 0) + v!);
              }
              for (const [path, v] of flatten(unit.figures[section])) expect(v, `${unit.id} ${section}.${path}`).toBe(sum.get(path) ?? 0);
            }
            unit.children.forEach(check);
          };
          check(nation);

          // Persons once: each municipality's participants = the rows of its participants.csv.
          for (const region of nation.children) {
            for (const m of region.children) {
              expect(m.figures.participants.persons.total).toBe(rows(join(dir, region.id, m.id, 'participants.csv')));
              const has = readdirSync(join(dir, region.id, m.id));
              expect(m.figures.kaa === null).toBe(!has.includes('kaa_contacts.csv'));
              expect(m.figures.grades === null).toBe(!has.includes('grades.csv'));
              expect(m.figures.dropouts === null).toBe(!has.includes('dropouts.csv'));
            }
          }
          expect(nation.figures.participants.persons.total).toBe(
            options.regions * options.municipalitiesPerRegion * options.participantsPerMunicipality,
          );
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a region scope has no nation and only that region', async () => {
    const dir = join(root, 'scoped');
    await generateDataset(dir, { regions: 2, municipalitiesPerRegion: 2, participantsPerMunicipality: 10, seed: 3 });
    const computed = await computeFigures(dir, { region: 'r02' });
    expect(computed.nation).toBeUndefined();
    expect(computed.regions.map((r) => r.id)).toEqual(['r02']);
    expect(computed.regions[0]!.children.map((m) => m.id)).toEqual(['m003', 'm004']);
    expect(computed.regions[0]!.figures.participants.persons.total).toBe(20);
  });
});
