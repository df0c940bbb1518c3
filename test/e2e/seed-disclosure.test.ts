// End-to-end: with the default disclosure control (N = 5) Skåne's published figures of
// shared/seed-figures.md that are 5 or more are still shown as published, except the few listed
// below, which the pattern hides so that a small count beside them cannot be worked out. A figure
// under 5 (Klippan's one dropout) is always hidden. When the method changes which figures it
// hides, this list changes with it, on purpose and in review.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/indicators/types.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'plugin-report.js');

/** Seed figure → [unit path below the region, dotted path of the figure's total, published value]. */
const SEED: Record<string, [string, string, number]> = {
  'Malmö Startskolan participants': ['malmo/startskolan', 'participants.persons', 250],
  'Malmö Startskolan persons with a dropout': ['malmo/startskolan', 'dropouts.persons', 63],
  'Lund Vipan national_programme': ['lund/vipan', 'outcomes.byCode.national_programme', 8],
  'Lund Vipan adult_education': ['lund/vipan', 'outcomes.byCode.adult_education', 6],
  'Lund KAA adult_education': ['lund/kaa', 'outcomes.byCode.adult_education', 8],
  'Bromölla on the KAA list': ['bromolla', 'kaa.listed', 103],
  'Bromölla contacted': ['bromolla', 'kaa.contacted', 102],
  'Bromölla in interventions': ['bromolla', 'kaa.inInterventions', 90],
  'Bromölla verkstad 2 measurable': ['bromolla/verkstad-2', 'grades.measurable', 103],
  'Bromölla verkstad 2 raised or kept': ['bromolla/verkstad-2', 'grades.raisedOrKept.numerator', 95],
  'Bromölla verkstad 2 intensive support, measurable': ['bromolla/verkstad-2', 'grades.intensiveRaised.denominator', 35],
  'Bromölla verkstad 2 intensive support, raised': ['bromolla/verkstad-2', 'grades.intensiveRaised.numerator', 25],
  'Klippan participants': ['klippan', 'participants.persons', 24],
  'Klippan remaining': ['klippan', 'dropouts.remaining', 23],
  'Vellinge participants': ['vellinge', 'participants.persons', 50],
  'Burlöv participants': ['burlov', 'participants.persons', 90],
};

/**
 * The seed figures of 5 or more that the default pattern hides. Lund's outcome codes: each
 * workshop's 20 leavers are split over codes with 1–4 persons, whose protection needs larger codes
 * of the same sum hidden too. Klippan's 23 remaining: the protection of its one dropout looks for a
 * deviation inside Klippan's own tables first (src/disclosure/scopes.ts) and finds the cheapest one
 * there through the remaining count; the participants stay shown. (Malmö's 63 persons with a
 * dropout were hidden too before that nearer-first search; Klippan's leaver now goes on to a
 * national programme, as its dropout reason and narrative say, issue 13 item 9.)
 */
const EXCEPTIONS = ['Lund Vipan national_programme', 'Lund Vipan adult_education', 'Lund KAA adult_education', 'Klippan remaining'];

let region: Unit<number | null>;

function figure(unitPath: string, path: string): number | null {
  let unit = region;
  for (const id of unitPath.split('/')) {
    const child = unit.children.find((c) => c.id === id);
    if (!child) throw new Error(`no unit ${unitPath}`);
    unit = child;
  }
  let node: unknown = unit.figures;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return (node as { total: number | null }).total;
}

beforeAll(() => {
  // The suite's warm pattern cache (test/global-setup.ts); default N, from project.yaml.
  const result = spawnSync(process.execPath, [CLI, 'figures', '--region', 'skane', '--data', 'fixtures'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(result.status).toBe(0);
  expect(result.stderr).not.toMatch(/disclosure control is off/);
  region = (JSON.parse(result.stdout) as { units: Array<Unit<number | null>> }).units[0]!;
}, 300_000);

describe("Skåne's published figures under the default disclosure control", () => {
  it('shows every seed figure of 5 or more as published, except the listed ones', () => {
    const hidden: string[] = [];
    for (const [name, [unit, path, value]] of Object.entries(SEED)) {
      const shown = figure(unit, path);
      if (shown === null) hidden.push(name);
      else expect(shown, name).toBe(value);
    }
    expect(hidden).toEqual(EXCEPTIONS);
  });

  it("hides Klippan's one dropout, yet shows its 24 participants", () => {
    expect(figure('klippan', 'dropouts.persons')).toBeNull();
    expect(figure('klippan', 'participants.persons')).toBe(24);
  });
});
