// grades.csv, dropouts.csv and kaa_contacts.csv (data contract §4–§6): row rules, then the rules
// that refer back to participants.csv (read first) and to other rows of the same file.
import type { DropoutRecord } from '../schema/records.js';
import type { KaaTable } from '../schema/kaa-table.js';
import type { GradeTable } from '../schema/grade-table.js';
import type { RowHandler } from '../ingest/table.js';
import {
  parseDate,
  parseDropoutReason,
  parseGender,
  parseGrade,
  parseKaaChannel,
  parseKaaResult,
  parsePersonId,
  parseSubject,
  parseTerm,
} from './fields.js';
import type { ParticipantIndex } from './participant-index.js';
import { dateNumber } from '../schema/csv.js';
import { FAIL, at, reader, specIndex, type FileContext } from './rows.js';
import { maskPersonId } from '../util/pnr.js';

export interface ReferenceContext extends FileContext {
  index: ParticipantIndex;
  /** False when participants.csv is missing or unusable: "unknown participant" would be noise. */
  participantsKnown: boolean;
}

/** Reports a participant_id that is not in participants.csv; returns its slot or -1. */
function lookUp(ctx: ReferenceContext, id: string, line: number, specColumn: number): number {
  const slot = ctx.index.find(id);
  if (slot < 0 && ctx.participantsKnown) {
    ctx.findings.error(`${ctx.kind}.unknown-participant`, ctx.file, `participant_id ${JSON.stringify(maskPersonId(id))} is not in participants.csv`, {
      ...at(ctx, specColumn, line),
      hint: 'Add the participant to participants.csv, or correct the id (it must be written the same way in both files).',
    });
  }
  return slot;
}

export function gradeRows(ctx: ReferenceContext, records: GradeTable | undefined): RowHandler {
  const id = reader(ctx, 'participant_id', parsePersonId);
  const term = reader(ctx, 'term', parseTerm);
  const subject = reader(ctx, 'subject', parseSubject);
  const grade = reader(ctx, 'grade', parseGrade);
  const idCol = specIndex(ctx, 'participant_id');
  const subjectCol = specIndex(ctx, 'subject');
  // (participant, term, subject) → line of its first row.
  const seen = new Map<string, number>();
  return (fields, line) => {
    const pid = id(fields, line);
    const t = term(fields, line);
    const s = subject(fields, line);
    const g = grade(fields, line);
    if (pid === FAIL || pid === undefined) return;
    const slot = lookUp(ctx, pid, line, idCol);
    if (t === FAIL || t === undefined || s === FAIL || s === undefined || g === FAIL || g === undefined) return;
    const key = `${pid}\t${t.term}\t`;
    const first = seen.get(key + s);
    if (first !== undefined) {
      ctx.findings.error('grades.duplicate', ctx.file, `${s} in ${t.term} for participant ${JSON.stringify(maskPersonId(pid))} is already graded on line ${first}`, {
        ...at(ctx, subjectCol, line),
        hint: `One row per participant, term and subject: keep one of lines ${first} and ${line}.`,
      });
      return;
    }
    seen.set(key + s, line);
    if (s === 'SV' || s === 'SVA') {
      const other = s === 'SV' ? 'SVA' : 'SV';
      const otherLine = seen.get(key + other);
      if (otherLine !== undefined) {
        ctx.findings.warning('grades.sv-and-sva', ctx.file, `participant ${JSON.stringify(maskPersonId(pid))} has both SV and SVA in ${t.term} (line ${otherLine})`, {
          ...at(ctx, subjectCol, line),
          hint: 'A pupil reads either Swedish (SV) or Swedish as a second language (SVA) in a term; check which one is right.',
        });
      }
    }
    if (records && slot >= 0 && ctx.index.valid(slot)) {
      records.push(line, pid, t.termOrder, s, g);
    }
  };
}

export function dropoutRows(ctx: ReferenceContext, records: DropoutRecord[] | undefined): RowHandler {
  const id = reader(ctx, 'participant_id', parsePersonId);
  const date = reader(ctx, 'date', parseDate);
  const reason = reader(ctx, 'reason', parseDropoutReason);
  const returned = reader(ctx, 'returned_date', parseDate);
  const idCol = specIndex(ctx, 'participant_id');
  const dateCol = specIndex(ctx, 'date');
  const returnedCol = specIndex(ctx, 'returned_date');
  return (fields, line) => {
    const pid = id(fields, line);
    const d = date(fields, line);
    const r = reason(fields, line);
    const back = returned(fields, line);
    if (pid === FAIL || pid === undefined) return;
    const slot = lookUp(ctx, pid, line, idCol);
    if (d === FAIL || d === undefined || r === FAIL || r === undefined || back === FAIL) return;
    if (slot >= 0 && ctx.index.valid(slot) && dateNumber(d) < ctx.index.start(slot)) {
      ctx.findings.error('dropouts.before-start', ctx.file, `date ${d} is before the participant's start_date (participants.csv line ${ctx.index.line(slot)})`, {
        ...at(ctx, dateCol, line),
        hint: 'An interruption during the project cannot precede the participant\'s start; check both dates.',
      });
    }
    if (back !== undefined && back < d) {
      ctx.findings.error('dropouts.returned-before-date', ctx.file, `returned_date ${back} is before the interruption's date ${d}`, {
        ...at(ctx, returnedCol, line),
        hint: 'returned_date is when the participant came back to studies, after date; check both dates.',
      });
    }
    if (records && slot >= 0 && ctx.index.valid(slot)) {
      const record: DropoutRecord = { line, participantId: pid, date: d, reason: r };
      if (back !== undefined) record.returnedDate = back;
      records.push(record);
    }
  };
}

export function kaaRows(ctx: ReferenceContext, records: KaaTable | undefined): RowHandler {
  const id = reader(ctx, 'person_id', parsePersonId);
  const date = reader(ctx, 'contact_date', parseDate);
  const channel = reader(ctx, 'channel', parseKaaChannel);
  const result = reader(ctx, 'result', parseKaaResult);
  const gender = reader(ctx, 'gender', parseGender);
  return (fields, line) => {
    const pid = id(fields, line);
    const d = date(fields, line);
    const c = channel(fields, line);
    const r = result(fields, line);
    const g = gender(fields, line);
    if (pid === FAIL || pid === undefined) return;
    const slot = ctx.index.find(pid);
    if (slot >= 0) ctx.index.markInKaa(slot);
    if (d === FAIL || d === undefined || c === FAIL || c === undefined || r === FAIL || r === undefined || g === FAIL) return;
    if (records) records.push(line, pid, d, c, r, g);
  };
}
