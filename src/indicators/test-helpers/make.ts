// Small builders for hand-computed indicator tests.
import type { Grade, Subject } from '../../schema/codes.js';
import type { MunicipalityConfig } from '../../schema/config.js';
import type { DropoutRecord, GradeRecord, KaaContactRecord, Participant } from '../../schema/records.js';
import type { MunicipalityData } from '../../schema/municipality-data.js';

let line = 1;
export function participant(id: string, extra: Partial<Participant> = {}): Participant {
  return {
    line: ++line,
    id,
    workshop: 'w1',
    targetGroup: '1',
    gender: 'female',
    birthYear: 2000,
    startDate: '2016-09-01',
    intensiveSupport: false,
    ...extra,
  };
}

export function termOrder(term: string): number {
  const year = Number(term.slice(2));
  return year * 2 + (term.startsWith('HT') ? 1 : 0);
}

/** grades('p1', 'HT2016', { SV: 'C', EN: 'E' }) → one row per subject. */
export function grades(participantId: string, term: string, bySubject: Partial<Record<Subject, Grade>>): GradeRecord[] {
  return Object.entries(bySubject).map(([subject, grade]) => ({
    line: ++line,
    participantId,
    term,
    termOrder: termOrder(term),
    subject: subject as Subject,
    grade: grade as Grade,
  }));
}

export function dropout(participantId: string, date: string, reason: DropoutRecord['reason'], returnedDate?: string): DropoutRecord {
  return { line: ++line, participantId, date, reason, ...(returnedDate ? { returnedDate } : {}) };
}

export function contact(personId: string, result: KaaContactRecord['result'], gender?: KaaContactRecord['gender']): KaaContactRecord {
  return { line: ++line, personId, contactDate: '2017-01-10', channel: 'phone', result, ...(gender ? { gender } : {}) };
}

export function municipalityConfig(id = 'm1', workshops = ['w1', 'w2']): MunicipalityConfig {
  return {
    id,
    name: id.toUpperCase(),
    kommunkod: '1272',
    workshops: workshops.map((w) => ({ id: w, name: w.toUpperCase(), target_groups: ['1', '2', '3'] })),
  } as MunicipalityConfig;
}

export function data(participants: Participant[], extra: Partial<MunicipalityData> = {}): MunicipalityData {
  return { regionId: 'r1', municipalityId: 'm1', participants, ...extra };
}
