// The tests' own attacker (data contract §7): its relations are written here from the contract's
// definitions applied to each unit's figures, not taken from ../relations.ts and the indicator
// registry the suppression uses, so a relation missing there shows up as a figure this attacker
// works out (missing-relation.test.ts proves that it does). Also the generated nations both
// property tests draw from.
import fc from 'fast-check';
import { aggregate, computeMunicipality, type Unit } from '../../indicators/index.js';
import { municipalityArb } from '../../indicators/test-helpers/arbitrary.js';
import type { Cell, DisclosureModel, Relation } from '../model.js';

/** Random nations: 1–3 regions of 1–2 municipalities with random rows. */
export const nationArb = fc
  .array(fc.array(fc.constant(null), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .chain((shape) => fc.tuple(...shape.map((ms, r) => fc.tuple(...ms.map((_, m) => municipalityArb(`m${r}-${m}`))))))
  .map((regions) =>
    aggregate(
      'nation',
      'nation',
      'Riket',
      regions.map((ms, r) =>
        aggregate(
          'region',
          `r${r}`,
          `R${r}`,
          ms.map(({ data, config }) => computeMunicipality(data, config)),
        ),
      ),
    ),
  );

type Figures = Record<string, unknown>;
const GENDERS = ['women', 'men', 'total', 'unknown'] as const;

/**
 * The attacker's own reading of the contract (§7, §8): which figures add up to which, and which
 * cannot exceed which, as [left, right, kind] over dotted paths; right may be a list (a sum).
 */
const OUTCOME_EDUCATION = ['national_programme', 'introductory_programme', 'adult_education', 'folk_high_school'];
const OUTCOME_WORK = ['employment', 'apprenticeship'];
const OUTCOME_OTHER = ['internship', 'labour_market_programme', 'job_seeking', 'inactive', 'moved', 'unknown'];
const REASONS = ['deported', 'moved', 'age_reassessed', 'in_hiding', 'wrong_programme', 'employment', 'health', 'other', 'unknown'];
const FACTS: Array<{ kind: 'eq' | 'le'; left: Array<[string, number]>; right: Array<[string, number]> }> = [
  ...[
    ['1', '2', '3'].map((g) => `participants.byTargetGroup.${g}`),
    ['15-19', '20-24', 'other'].map((b) => `participants.byAgeBand.${b}`),
  ].map((parts) => eqSum('participants.persons', parts)),
  eqSum('outcomes.exited', [
    'outcomes.missingOutcome',
    ...[...OUTCOME_EDUCATION, ...OUTCOME_WORK, ...OUTCOME_OTHER].map((c) => `outcomes.byCode.${c}`),
  ]),
  eqSum(
    'outcomes.education',
    OUTCOME_EDUCATION.map((c) => `outcomes.byCode.${c}`),
  ),
  eqSum(
    'outcomes.work',
    OUTCOME_WORK.map((c) => `outcomes.byCode.${c}`),
  ),
  eqSum('outcomes.educationOrWork.numerator', ['outcomes.education', 'outcomes.work']),
  eqSum('outcomes.educationOrWork.denominator', ['outcomes.exited']),
  eqSum(
    'dropouts.persons',
    REASONS.map((r) => `dropouts.byReason.${r}`),
  ),
  eqSum('dropouts.rate.numerator', ['dropouts.persons']),
  {
    kind: 'eq',
    left: [
      ['dropouts.remaining', 1],
      ['dropouts.persons', 1],
    ],
    right: [
      ['dropouts.rate.denominator', 1],
      ['dropouts.returned', 1],
    ],
  },
  eqSum('grades.measurable', ['grades.raised', 'grades.kept', 'grades.lowered']),
  eqSum('grades.raisedOrKept.numerator', ['grades.raised', 'grades.kept']),
  eqSum('grades.raisedOrKept.denominator', ['grades.measurable']),
  eqSum('kaa.contactRate.numerator', ['kaa.contacted']),
  eqSum('kaa.contactRate.denominator', ['kaa.listed']),
  eqSum('kaa.attemptsPerPerson.numerator', ['kaa.attempts']),
  eqSum('kaa.attemptsPerPerson.denominator', ['kaa.listed']),
  ...(
    [
      ['participants.intensiveSupport', 'participants.persons'],
      ['outcomes.exited', 'participants.persons'],
      ['dropouts.returned', 'dropouts.persons'],
      ['grades.withGrades', 'participants.persons'],
      ['grades.measurable', 'grades.withGrades'],
      ['grades.eligibleFirst', 'grades.measurable'],
      ['grades.eligibleLast', 'grades.measurable'],
      ['grades.intensiveRaised.numerator', 'grades.intensiveRaised.denominator'],
      ['grades.intensiveRaised.numerator', 'grades.raised'],
      ['grades.intensiveRaised.denominator', 'grades.measurable'],
      ['kaa.contacted', 'kaa.listed'],
      ['kaa.inInterventions', 'kaa.listed'],
      ['kaa.listed', 'kaa.attempts'],
    ] as const
  ).map(([a, b]) => ({ kind: 'le' as const, left: [[a, 1]] as Array<[string, number]>, right: [[b, 1]] as Array<[string, number]> })),
  { kind: 'le', left: [['grades.meritSumFirst', 1]], right: [['grades.measurable', 340]] },
  { kind: 'le', left: [['grades.meritSumLast', 1]], right: [['grades.measurable', 340]] },
];
function eqSum(anchor: string, parts: string[]) {
  return { kind: 'eq' as const, left: [[anchor, 1]] as Array<[string, number]>, right: parts.map((p) => [p, 1] as [string, number]) };
}

/** The attacker's model of a published tree: values from `truth`, hidden where `shown` has null. */
export function attackerModel(truth: Unit, shown: Unit<number | null>): { model: DisclosureModel; hidden: Uint8Array; small: number[] } {
  const cells: Cell[] = [];
  const hidden: number[] = [];
  const relations: Relation[] = [];
  const small: number[] = [];
  const walk = (t: Unit, s: Unit<number | null>): Map<string, number> => {
    const ids = new Map<string, number>();
    const visit = (tn: unknown, sn: unknown, path: string) => {
      if (typeof tn === 'number') {
        const id = cells.length;
        const merit = path.includes('meritSum');
        cells.push({
          value: tn,
          step: merit ? 2.5 : 1,
          isCount: !merit,
          weight: 1,
          label: `${t.id} ${path}`,
          level: t.level,
          region: null,
          isTotal: false,
        });
        hidden.push(sn === null ? 1 : 0);
        if (!merit && tn > 0 && tn < 5) small.push(id);
        ids.set(path, id);
      } else if (tn && typeof tn === 'object') {
        for (const key of Object.keys(tn)) visit((tn as Figures)[key], (sn as Figures)[key], path ? `${path}.${key}` : key);
      }
    };
    visit(t.figures, s.figures, '');
    const cell = (path: string) => ids.get(path);
    for (const path of new Set([...ids.keys()].map((p) => p.replace(/\.(women|men|total|unknown)$/, '')))) {
      if (cell(`${path}.total`) === undefined) continue;
      const parts = ['women', 'men', 'unknown'].map((g) => cell(`${path}.${g}`)).filter((id): id is number => id !== undefined);
      relations.push({ kind: 'eq', source: 'gender', terms: [[cell(`${path}.total`)!, 1], ...parts.map((id) => [id, -1] as const)] });
    }
    for (const fact of FACTS) {
      for (const g of GENDERS) {
        const terms = [
          ...fact.left.map(([p, a]) => [cell(`${p}.${g}`), a] as const),
          ...fact.right.map(([p, a]) => [cell(`${p}.${g}`), -a] as const),
        ];
        const bases = [...fact.left, ...fact.right].map(([p]) => p);
        if (!bases.every((p) => cell(`${p}.total`) !== undefined)) continue; // indicator absent here
        const present = terms.filter((x): x is readonly [number, number] => x[0] !== undefined);
        if (present.length === 0) continue;
        const value = present.reduce((v, [id, a]) => v + a * cells[id]!.value, 0);
        // Only what holds here: the dropout base, e.g., is not this unit's participants above a municipality.
        if (fact.kind === 'eq' ? Math.abs(value) < 1e-9 : value <= 1e-9)
          relations.push({ kind: fact.kind, source: 'fact', terms: present });
      }
    }
    const children = t.children.map((c, i) => walk(c, s.children[i]!));
    for (const [path, id] of ids) {
      const parts = children.map((c) => c.get(path)).filter((x): x is number => x !== undefined);
      if (parts.length === 0) continue;
      relations.push({ kind: 'eq', source: 'children', terms: [[id, 1], ...parts.map((p) => [p, -1] as const)] });
    }
    return ids;
  };
  walk(truth, shown);
  return { model: { cells, relations }, hidden: Uint8Array.from(hidden), small };
}
