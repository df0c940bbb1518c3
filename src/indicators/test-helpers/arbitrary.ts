// fast-check arbitraries of municipalities' validated data, and a flattener that lists every
// numeric cell of a Unit's figures by path, for property tests.
import fc from 'fast-check';
import { DROPOUT_REASONS, OUTCOME_CODES, SUBJECTS, GRADES, KAA_RESULTS } from '../../schema/codes.js';
import type { MunicipalityData } from '../../schema/municipality-data.js';
import { contact, dropout, grades, municipalityConfig, participant } from './make.js';
import type { MunicipalityConfig } from '../../schema/config.js';

const WORKSHOPS = ['w1', 'w2'];
const TERMS = ['HT2015', 'VT2016', 'HT2016', 'VT2017'];

const personArb = fc.record({
  id: fc.integer({ min: 1, max: 40 }).map((n) => `p${n}`),
  workshop: fc.constantFrom(...WORKSHOPS),
  targetGroup: fc.constantFrom('1', '2', '3' as const),
  gender: fc.constantFrom('female', 'male' as const),
  birthYear: fc.integer({ min: 1988, max: 2003 }),
  exited: fc.boolean(),
  outcome: fc.option(fc.constantFrom(...OUTCOME_CODES), { nil: undefined }),
  intensiveSupport: fc.boolean(),
});

export const municipalityArb = (id: string): fc.Arbitrary<{ data: MunicipalityData; config: MunicipalityConfig }> =>
  fc
    .record({
      people: fc.array(personArb, { maxLength: 40 }),
      gradeRows: fc.option(
        fc.array(
          fc.record({
            person: fc.integer({ min: 1, max: 40 }),
            term: fc.constantFrom(...TERMS),
            subjects: fc.dictionary(fc.constantFrom(...SUBJECTS), fc.constantFrom(...GRADES), { maxKeys: 18 }),
          }),
          { maxLength: 30 },
        ),
        { nil: undefined },
      ),
      dropoutRows: fc.option(
        fc.array(
          fc.record({
            person: fc.integer({ min: 1, max: 40 }),
            day: fc.integer({ min: 1, max: 28 }),
            reason: fc.constantFrom(...DROPOUT_REASONS),
            returned: fc.boolean(),
          }),
          { maxLength: 20 },
        ),
        { nil: undefined },
      ),
      kaaRows: fc.option(
        fc.array(
          fc.record({
            person: fc.integer({ min: 1, max: 60 }),
            result: fc.constantFrom(...KAA_RESULTS),
            gender: fc.option(fc.constantFrom('female', 'male' as const), { nil: undefined }),
          }),
          { maxLength: 40 },
        ),
        { nil: undefined },
      ),
    })
    .map(({ people, gradeRows, dropoutRows, kaaRows }) => {
      const participants = people.map((p) =>
        participant(p.id, {
          workshop: p.workshop,
          targetGroup: p.targetGroup,
          gender: p.gender,
          birthYear: p.birthYear,
          intensiveSupport: p.intensiveSupport,
          ...(p.exited ? { endDate: '2017-06-01', ...(p.outcome ? { exitOutcome: p.outcome } : {}) } : {}),
        }),
      );
      const data: MunicipalityData = { regionId: 'r', municipalityId: id, participants };
      if (gradeRows) {
        // One row per (person, term, subject): later duplicates of a (person, term) are dropped.
        const seen = new Set<string>();
        data.grades = gradeRows.flatMap((g) => {
          const key = `${g.person}/${g.term}`;
          if (seen.has(key)) return [];
          seen.add(key);
          return grades(`p${g.person}`, g.term, g.subjects);
        });
      }
      if (dropoutRows) {
        data.dropouts = dropoutRows.map((d) =>
          dropout(`p${d.person}`, `2017-02-${String(d.day).padStart(2, '0')}`, d.reason, d.returned ? '2017-03-15' : undefined),
        );
      }
      if (kaaRows) data.kaaContacts = kaaRows.map((k) => contact(`p${k.person}`, k.result, k.gender));
      return { data, config: municipalityConfig(id, WORKSHOPS) };
    });

/** Every numeric (or null) cell of a figures tree, by dotted path. */
export function flatten(node: unknown, prefix = '', out = new Map<string, number | null>()): Map<string, number | null> {
  if (typeof node === 'number' || node === null) {
    out.set(prefix, node);
  } else if (typeof node === 'object' && node !== undefined) {
    for (const [key, child] of Object.entries(node as object)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}
