import { describe, expect, it } from 'vitest';
import { personnummerShape } from '../../util/pnr.js';
import { csvRecords, fieldValue } from './csv-fields.js';
import { isPseudonym, pseudonymFor } from './pseudonym.js';
import { csvTable } from './csv-table.js';
import { type PseudonymLedger, type TableGrid, planPseudonyms } from './rewrite.js';

const KEY = new Uint8Array(32).fill(7);
const table = (kind: TableGrid['kind'], text: string) => ({ kind, text });

/** One municipality's CSV texts, pseudonymised as run.ts does: planned together, applied to each. */
function pseudonymiseTables(tables: { kind: TableGrid['kind']; text: string }[], key: Uint8Array, ledger: PseudonymLedger): string[] {
  const csv = tables.map((t) => csvTable({ text: t.text, encoding: 'utf-8' }));
  const plans = planPseudonyms(
    csv.map((c, i) => ({ kind: tables[i]!.kind, records: c.records })),
    key,
    ledger,
  );
  return csv.map((c, i) => (plans[i] ? c.apply(plans[i]) : tables[i]!.text));
}

describe('pseudonymFor', () => {
  it('gives every form of one personnummer one pseudonym, and another key another one', () => {
    const forms = ['990101-2386', '9901012386', '19990101-2386', '199901012386'].map((id) => pseudonymFor(KEY, id));
    expect(new Set(forms).size).toBe(1);
    expect(forms[0]).toMatch(/^p-[0-9a-f]{16}$/);
    expect(pseudonymFor(new Uint8Array(32).fill(8), '990101-2386')).not.toBe(forms[0]);
    expect(pseudonymFor(KEY, 'malmo-0001')).not.toBe(forms[0]);
  });

  it('keeps a pseudonym it made, so a second run changes nothing', () => {
    const once = pseudonymFor(KEY, 'malmo-0001');
    expect(isPseudonym(once)).toBe(true);
    expect(pseudonymFor(KEY, once)).toBe(once);
  });
});

describe('csvRecords', () => {
  it('finds quoted fields with delimiters and line breaks inside, and skips blank lines', () => {
    const text = 'a;b\r\n"x;""y""\r\nz";2\r\n\r\nq;3';
    const records = csvRecords(text);
    expect(records.map((r) => r.fields.map((f) => fieldValue(text, f, 'utf-8')))).toEqual([
      ['a', 'b'],
      ['x;"y"\r\nz', '2'],
      ['q', '3'],
    ]);
  });
});

describe('pseudonymiseTables', () => {
  it('rewrites the id column only, keeping BOM, delimiter, quotes elsewhere and CRLF byte for byte', () => {
    const bom = '\xEF\xBB\xBF';
    const participants = `${bom}deltagar_id;workshop;kon\r\n990101-2386;"verk;stad";kvinna\r\n`;
    const grades = 'participant_id,subject,note\n199901012386,EN,"a ""quoted"" note"\n';
    const [p, g] = pseudonymiseTables([table('participants', participants), table('grades', grades)], KEY, new Map());
    const pseudonym = pseudonymFor(KEY, '990101-2386');
    expect(p).toBe(`${bom}deltagar_id;workshop;kon\r\n${pseudonym};"verk;stad";kvinna\r\n`);
    expect(g).toBe(`participant_id,subject,note\n${pseudonym},EN,"a ""quoted"" note"\n`);
  });

  it("writes a KAA person's gender read from the personnummer into an added gender column", () => {
    // 010101-2383: second-to-last digit 8, a woman; 000101-2392 (9) is a participant, a man there.
    const participants = 'participant_id,gender\n000101-2392,female\n';
    const kaa = 'person_id,result\n010101-2383,reached\n000101-2392,reached\nkaa-7,reached\n';
    const [, k] = pseudonymiseTables([table('participants', participants), table('kaa_contacts', kaa)], KEY, new Map());
    const p = (id: string) => pseudonymFor(KEY, id);
    expect(k).toBe(`person_id,result,gender\n${p('010101-2383')},reached,female\n${p('000101-2392')},reached,\n${p('kaa-7')},reached,\n`);
    for (const line of k!.split('\n')) expect(personnummerShape(line.split(',')[0]!)).toBeNull();
  });

  it('fills an empty gender cell only when none of the person’s rows gives one', () => {
    const kaa = 'person_id,gender,result\n010101-2383,,reached\n020202-2380,,reached\n0202022380,male,declined\n';
    const [k] = pseudonymiseTables([table('kaa_contacts', kaa)], KEY, new Map());
    const p = (id: string) => pseudonymFor(KEY, id);
    expect(k).toBe(
      `person_id,gender,result\n${p('010101-2383')},female,reached\n${p('020202-2380')},,reached\n${p('020202-2380')},male,declined\n`,
    );
  });
});
