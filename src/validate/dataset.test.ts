import { cpSync, mkdtempSync, rmSync, writeFileSync, unlinkSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { validateDataset } from './dataset.js';
import { FINDINGS_PER_RULE_AND_FILE } from './collector.js';
import { recordsOf } from '../schema/row-table.js';

const base = join(import.meta.dirname, '../../fixtures/broken/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid base folder, changed by `edit` (paths relative to the folder). */
function folder(
  edit: (write: (file: string, text: string) => void, remove: (file: string) => void, read: (file: string) => string) => void = () => {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-report-ds-'));
  made.push(dir);
  cpSync(base, dir, { recursive: true });
  edit(
    (file, text) => writeFileSync(join(dir, file), text),
    (file) => unlinkSync(join(dir, file)),
    (file) => readFileSync(join(dir, file), 'utf8'),
  );
  return dir;
}

/** Adds a second region "beta" with municipality "tva" (a copy of alpha/ett). */
function twoRegions() {
  return folder((write, _remove, read) => {
    write('project.yaml', read('project.yaml').replace('  - alpha\n', '  - alpha\n  - beta\n'));
  }) as string;
}

describe('validateDataset', () => {
  it('throws DataFolderNotFound without project.yaml', async () => {
    await expect(validateDataset(join(tmpdir(), 'no-such-folder-xyz'), {})).rejects.toMatchObject({ errorName: 'DataFolderNotFound' });
  });

  it('throws UnknownRegion / UnknownMunicipality listing the valid ids', async () => {
    const dir = folder();
    const region = await validateDataset(dir, { region: 'skane' }).catch((e: unknown) => e);
    expect(region).toBeInstanceOf(UserError);
    expect((region as UserError).errorName).toBe('UnknownRegion');
    expect((region as UserError).message).toContain('alpha');
    const municipality = await validateDataset(dir, { region: 'alpha', municipality: '../ett' }).catch((e: unknown) => e);
    expect((municipality as UserError).errorName).toBe('UnknownMunicipality');
    expect((municipality as UserError).message).toContain('ett');
  });

  it('visits each municipality once, in YAML order, before reading the next one', async () => {
    const dir = twoRegions();
    cpSync(join(dir, 'alpha'), join(dir, 'beta'), { recursive: true });
    writeFileSync(join(dir, 'beta/region.yaml'), readFileSync(join(dir, 'beta/region.yaml'), 'utf8').replace('id: alpha', 'id: beta'));
    const order: string[] = [];
    const result = await validateDataset(dir, {}, (data, municipality, region) => {
      order.push(`${region.id}/${municipality.id}/${data.participants.length}`);
    });
    expect(result.errors).toEqual([]);
    expect(order).toEqual(['alpha/ett/4', 'beta/ett/4']);
    expect(result.dataset.regions.map((r) => [r.config.id, r.municipalities.map((m) => m.id)])).toEqual([
      ['alpha', ['ett']],
      ['beta', ['ett']],
    ]);
    const scoped: string[] = [];
    await validateDataset(dir, { region: 'beta', municipality: 'ett' }, (data) => scoped.push(`${data.regionId}/${data.municipalityId}`));
    expect(scoped).toEqual(['beta/ett']);
  });

  it('optional file absent → undefined, present but empty → []', async () => {
    const dir = folder((write, remove) => {
      remove('alpha/ett/grades.csv');
      write('alpha/ett/dropouts.csv', 'participant_id,date,reason,returned_date\n');
    });
    let seen: MunicipalityData | undefined;
    await validateDataset(dir, {}, (data) => (seen = data));
    expect(seen!.grades).toBeUndefined();
    expect(seen!.dropouts).toEqual([]);
    expect(seen!.kaaContacts).toHaveLength(2);
  });

  it('leaves rows that fail a row rule out of the records, keeps the others', async () => {
    const dir = folder((write, _remove, read) => {
      write(
        'alpha/ett/participants.csv',
        read('alpha/ett/participants.csv').replace('P004,verkstad,1,male,2001', 'P004,verkstad,1,male,20x1'),
      );
    });
    let seen: MunicipalityData | undefined;
    const result = await validateDataset(dir, {}, (data) => (seen = data));
    expect(result.errors.map((f) => f.rule)).toEqual(['participants.invalid-birth-year']);
    expect(seen!.participants.map((p) => p.id)).toEqual(['P001', 'P002', 'P003']);
    // P004's grade and dropout are not "unknown participant" errors, but are left out too.
    expect(recordsOf(seen!.grades!).map((g) => g.participantId)).not.toContain('P004');
    expect(seen!.dropouts!.map((d) => d.participantId)).toEqual(['P001']);
  });

  it('parses values into typed records', async () => {
    let seen: MunicipalityData | undefined;
    await validateDataset(folder(), {}, (data) => (seen = data));
    expect(seen!.participants[0]).toEqual({
      line: 2,
      id: 'P001',
      workshop: 'verkstad',
      targetGroup: '1',
      gender: 'female',
      birthYear: 2000,
      startDate: '2016-01-15',
      endDate: '2017-06-15',
      exitOutcome: 'national_programme',
      intensiveSupport: true,
    });
    expect(seen!.participants[1]).toMatchObject({ id: 'P002', intensiveSupport: false });
    expect(seen!.participants[1]).not.toHaveProperty('endDate');
    expect(seen!.dropouts![0]).toEqual({
      line: 2,
      participantId: 'P001',
      date: '2016-10-01',
      reason: 'health',
      returnedDate: '2016-11-01',
    });
    expect(recordsOf(seen!.grades!)[0]).toEqual({
      line: 2,
      participantId: 'P001',
      term: 'HT2016',
      termOrder: 4033,
      subject: 'SV',
      grade: 'C',
    });
  });

  it('accepts the optional gender column in kaa_contacts.csv', async () => {
    const dir = folder((write) =>
      write(
        'alpha/ett/kaa_contacts.csv',
        'person_id,contact_date,channel,result,kön\nP002,2016-01-20,phone,reached,man\nK100,2016-02-03,sms,declined,\n',
      ),
    );
    let seen: MunicipalityData | undefined;
    const result = await validateDataset(dir, {}, (data) => (seen = data));
    expect([...result.errors, ...result.warnings]).toEqual([]);
    expect(recordsOf(seen!.kaaContacts!).map((k) => k.gender)).toEqual(['male', undefined]);
  });

  it('names both lines of a duplicate personnummer, written in two forms, masked', async () => {
    const dir = folder((write, _remove, read) => {
      const csv = read('alpha/ett/participants.csv').replace('P001,', '811218-9876,').replace('P003,', '198112189876,');
      write('alpha/ett/participants.csv', csv);
      write('alpha/ett/grades.csv', 'participant_id,term,subject,grade\n');
      write('alpha/ett/dropouts.csv', 'participant_id,date,reason,returned_date\n');
    });
    const result = await validateDataset(dir, {});
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ rule: 'participants.duplicate-id', line: 4 });
    expect(result.errors[0]!.message).toContain('line 2');
    expect(JSON.stringify(result)).not.toContain('9876');
  });

  it('points config findings at the line of the offending key, nested too', async () => {
    const dir = folder((write, _remove, read) => {
      write('alpha/ett/municipality.yaml', read('alpha/ett/municipality.yaml').replace('target_groups: [3]', 'target_groups: [4]'));
      write('project.yaml', read('project.yaml').replace('  end: 2018-12-31', '  end: 2018-02-31'));
    });
    const result = await validateDataset(dir, {});
    expect(result.errors.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['config.invalid', 'project.yaml', 6],
      ['config.invalid', 'alpha/ett/municipality.yaml', 10],
    ]);
    expect(result.errors[1]!.message).toContain('workshops (item 2).target_groups (item 1): must be 1, 2 or 3');
  });

  it('still checks the CSV files when a config file is invalid', async () => {
    const dir = folder((write, _remove, read) => {
      write('alpha/region.yaml', read('alpha/region.yaml').replace('county_code: "12"', 'county_code: twelve'));
      write('alpha/ett/participants.csv', read('alpha/ett/participants.csv').replace('2016-01-15', '2016-01-32'));
    });
    const visited: string[] = [];
    const result = await validateDataset(dir, {}, (d) => visited.push(d.municipalityId));
    expect(result.errors.map((f) => f.rule)).toEqual(['config.invalid', 'participants.invalid-date']);
    expect(visited).toEqual([]); // no consumer sees a municipality whose region config is invalid
  });

  it('lists at most a bounded number of findings per rule and file, but counts them all', async () => {
    const rows = Array.from({ length: FINDINGS_PER_RULE_AND_FILE + 50 }, (_, i) => `Q${i},verkstad,1,female,2000,2016-13-01,,,`);
    const dir = folder((write) => {
      write(
        'alpha/ett/participants.csv',
        'participant_id,workshop,target_group,gender,birth_year,start_date,end_date,exit_outcome,intensive_support\n' +
          rows.join('\n') +
          '\n',
      );
      write('alpha/ett/grades.csv', 'participant_id,term,subject,grade\n');
      write('alpha/ett/dropouts.csv', 'participant_id,date,reason,returned_date\n');
      write('alpha/ett/kaa_contacts.csv', 'person_id,contact_date,channel,result\n');
    });
    const result = await validateDataset(dir, {});
    expect(result.errorCount).toBe(FINDINGS_PER_RULE_AND_FILE + 50);
    expect(result.errors).toHaveLength(FINDINGS_PER_RULE_AND_FILE + 1);
    expect(result.errors.at(-1)!.message).toContain('50 more');
  });
});

describe('one error does not hide the others', () => {
  it('a listed municipality without its folder suggests the folder it most likely meant', async () => {
    const dir = folder((write, _remove, read) => write('alpha/region.yaml', read('alpha/region.yaml').replace('  - ett', '  - et')));
    const result = await validateDataset(dir, {});
    expect(result.errors.map((e) => [e.rule, e.message])).toEqual([
      ['config.missing-folder', 'municipality "et" is listed but there is no folder "alpha/et"; did you mean the folder "ett"?'],
    ]);
  });

  it('a region without region.yaml still has its municipality folders checked', async () => {
    const dir = folder((write, remove, read) => {
      remove('alpha/region.yaml');
      write('alpha/ett/grades.csv', read('alpha/ett/grades.csv').replace('P004,VT2017,MA,E', 'P004,VT2017,MA,G'));
    });
    const result = await validateDataset(dir, {});
    expect(result.errors.map((e) => [e.rule, e.file, e.line])).toEqual([
      ['config.missing-file', 'alpha/region.yaml', undefined],
      ['grades.invalid-code', 'alpha/ett/grades.csv', 6],
    ]);
    expect(result.rows).toBe(13);
  });
});
