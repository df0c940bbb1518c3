// The hot-path field parsers must accept exactly what the zod definitions accept, with the same
// value: both are read from FIELD_TYPES (schema/fields.ts), each in its own way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD_SCHEMAS, type FieldType } from '../schema/fields.js';
import {
  BOOLEAN_VALUES,
  DROPOUT_REASON_ALIASES,
  GENDER_ALIASES,
  KAA_CHANNEL_ALIASES,
  KAA_RESULT_ALIASES,
  OUTCOME_CODES,
  SUBJECTS,
  GRADES,
  TARGET_GROUPS,
} from '../schema/codes.js';
import { FIELD_PARSERS, explain, parseDate, parsePersonId } from './fields.js';

// person_id is compared by acceptance below (the fast parser also normalises the pnr forms).
const FAST: Partial<Record<FieldType, (raw: string) => unknown>> = {
  ...FIELD_PARSERS,
  term: (raw) => FIELD_PARSERS.term(raw)?.term,
  person_id: undefined,
};
delete FAST.person_id;

const interesting = [
  ...TARGET_GROUPS,
  ...Object.keys(GENDER_ALIASES),
  ...OUTCOME_CODES,
  ...Object.keys(BOOLEAN_VALUES),
  ...SUBJECTS,
  ...GRADES,
  ...Object.keys(DROPOUT_REASON_ALIASES),
  ...Object.keys(KAA_CHANNEL_ALIASES),
  ...Object.keys(KAA_RESULT_ALIASES),
  'Kvinna',
  'MAN',
  'Hälsa',
  'Ålders-uppskrivning',
  'ej nådd',
  'Sociala medier',
  'E-post',
  'JA',
  'Nej',
  'sva',
  'ml',
  'a',
  'HT2016',
  'vt2017',
  'HT17',
  'ht 2016',
  '0000-01-01',
  '0099-12-31',
  '0100-02-29',
  '1900-02-29',
  '2000-02-29',
  '2016-04-31',
  '2016-00-10',
  '2016-02-29',
  '2017-02-29',
  '2017-13-01',
  '2017-1-1',
  '1999',
  '199',
  '19999',
  '１９９９',
  '4',
  '0',
  'x',
  'national programme',
  'National-Programme',
  '-',
  'g',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

/** What the zod schema yields for raw, or undefined when it rejects it. */
function viaZod(type: FieldType, raw: string): unknown {
  const result = FIELD_SCHEMAS[type].safeParse(raw);
  return result.success ? result.data : undefined;
}

describe('fast field parsers agree with the zod definitions', () => {
  for (const [type, fast] of Object.entries(FAST) as Array<[FieldType, (raw: string) => unknown]>) {
    it(type, () => {
      for (const raw of interesting) expect(fast(raw), `${type} ${JSON.stringify(raw)}`).toEqual(viaZod(type, raw));
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...interesting)), (raw) => {
          expect(fast(raw)).toEqual(viaZod(type, raw));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('date: agrees with zod on generated near-dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const raw = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(parseDate(raw), raw).toEqual(viaZod('date', raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('person_id: acceptance agrees with zod, pnr forms compare equal', () => {
    for (const raw of [
      'P0042',
      'a.b-c_d',
      'x'.repeat(64),
      'x'.repeat(65),
      'P 1',
      'Å1',
      '811218-9876',
      '8112189876',
      '19811218-9876',
      '811218-9877',
      '990230-1234',
    ]) {
      expect(parsePersonId(raw) !== undefined, raw).toBe(viaZod('person_id', raw) !== undefined);
    }
    expect(new Set(['811218-9876', '8112189876', '19811218-9876', '198112189876'].map(parsePersonId))).toEqual(new Set(['811218-9876']));
    expect(parsePersonId('121212+1212')).toBe('121212+1212');
  });

  it('explanations never show a personnummer whole', () => {
    for (const raw of ['811218-9877', '19811218-9877', '8112189877']) {
      const problem = explain('person_id', raw, 'participant_id');
      expect(problem.rule.suffix).toBe('invalid-personnummer');
      expect(problem.message).not.toContain('9877');
    }
  });
});
