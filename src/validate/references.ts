// grades.csv, dropouts.csv and kaa_contacts.csv (data contract §4–§6): row rules, then the rules
// that refer back to participants.csv (read first) and to other rows of the same file.
import type { DropoutRecord } from '../schema/records.js';
import type { KaaTable } from '../schema/kaa-table.js';
import type { GradeTable } from '../schema/grade-table.js';
import type { RowHandler } from '../ingest/table.js';
import type { ParticipantIndex } from './participant-index.js';
import { dateNumber } from '../schema/csv.js';
import { FAIL, at, reader, specIndex, type FileContext } from './rows.js';
import { maskPersonId } from '../util/pnr.js';
import { RULE } from './rules.js';

type UnknownParticipant = typeof RULE.grades.unknownParticipant;

export interface ReferenceContext extends FileContext {
  index: ParticipantIndex;
  /** False when participants.csv is missing or unusable: "unknown participant" would be noise. */
  participantsKnown: boolean;
}

/** Reports a participant_id that is not in participants.csv; returns its slot or -1. */
function lookUp(ctx: ReferenceContext, unknown: UnknownParticipant, id: string, line: number, specColumn: number): number {
  const slot = ctx.index.find(id);
  if (slot < 0 && ctx.participantsKnown) {
    ctx.findings.raise(unknown, ctx.file, { id: JSON.stringify(maskPersonId(id)) }, at(ctx, specColumn, line));
  }
  return slot;
}

export function gradeRows(ctx: ReferenceContext, records: GradeTable | undefined): RowHandler {
  const id = reader(ctx, 'participant_id', 'person_id');
  const term = reader(ctx, 'term', 'term');
  const subject = reader(ctx, 'subject', 'subject');
  const grade = reader(ctx, 'grade', 'grade');
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
    const slot = lookUp(ctx, RULE.grades.unknownParticipant, pid, line, idCol);
    if (t === FAIL || t === undefined || s === FAIL || s === undefined || g === FAIL || g === undefined) return;
    const key = `${pid}\t${t.term}\t`;
    const first = seen.get(key + s);
    if (first !== undefined) {
      ctx.findings.raise(
        RULE.grades.duplicate,
        ctx.file,
        { subject: s, term: t.term, id: JSON.stringify(maskPersonId(pid)), first, line },
        at(ctx, subjectCol, line),
      );
      return;
    }
    seen.set(key + s, line);
    if (s === 'SV' || s === 'SVA') {
      const other = s === 'SV' ? 'SVA' : 'SV';
      const otherLine = seen.get(key + other);
      if (otherLine !== undefined) {
        ctx.findings.raise(
          RULE.grades.svAndSva,
          ctx.file,
          { id: JSON.stringify(maskPersonId(pid)), term: t.term, otherLine },
          at(ctx, subjectCol, line),
        );
      }
    }
    if (records && slot >= 0 && ctx.index.valid(slot)) {
      records.push(line, pid, t.termOrder, s, g);
    }
  };
}

export function dropoutRows(ctx: ReferenceContext, records: DropoutRecord[] | undefined): RowHandler {
  const id = reader(ctx, 'participant_id', 'person_id');
  const date = reader(ctx, 'date', 'date');
  const reason = reader(ctx, 'reason', 'dropout_reason');
  const returned = reader(ctx, 'returned_date', 'date');
  const idCol = specIndex(ctx, 'participant_id');
  const dateCol = specIndex(ctx, 'date');
  const returnedCol = specIndex(ctx, 'returned_date');
  return (fields, line) => {
    const pid = id(fields, line);
    const d = date(fields, line);
    const r = reason(fields, line);
    const back = returned(fields, line);
    if (pid === FAIL || pid === undefined) return;
    const slot = lookUp(ctx, RULE.dropouts.unknownParticipant, pid, line, idCol);
    if (d === FAIL || d === undefined || r === FAIL || r === undefined || back === FAIL) return;
    if (slot >= 0 && ctx.index.valid(slot) && dateNumber(d) < ctx.index.start(slot)) {
      ctx.findings.raise(RULE.dropouts.beforeStart, ctx.file, { date: d, startLine: ctx.index.line(slot) }, at(ctx, dateCol, line));
    }
    if (back !== undefined && back < d) {
      ctx.findings.raise(RULE.dropouts.returnedBeforeDate, ctx.file, { returned: back, date: d }, at(ctx, returnedCol, line));
    }
    if (records && slot >= 0 && ctx.index.valid(slot)) {
      const record: DropoutRecord = { line, participantId: pid, date: d, reason: r };
      if (back !== undefined) record.returnedDate = back;
      records.push(record);
    }
  };
}

export function kaaRows(ctx: ReferenceContext, records: KaaTable | undefined): RowHandler {
  const id = reader(ctx, 'person_id', 'person_id');
  const date = reader(ctx, 'contact_date', 'date');
  const channel = reader(ctx, 'channel', 'kaa_channel');
  const result = reader(ctx, 'result', 'kaa_result');
  const gender = reader(ctx, 'gender', 'gender');
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
