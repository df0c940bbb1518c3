// participants.csv (data contract §3): row rules per column, then the rules that need more than
// one cell or the configuration: unique ids, declared workshops and their target groups, age,
// project period, end date and exit outcome.
import type { TargetGroup } from '../schema/codes.js';
import type { Workshop } from '../schema/config.js';
import type { Participant } from '../schema/records.js';
import type { RowHandler } from '../ingest/table.js';
import type { ParticipantIndex } from './participant-index.js';
import { dateNumber } from '../schema/csv.js';
import { FAIL, at, reader, specIndex, type FileContext } from './rows.js';
import { maskPersonId } from '../util/pnr.js';
import { RULE } from './rules.js';

export interface Period {
  start: string;
  end: string;
}

export interface ParticipantsContext extends FileContext {
  /** Undefined when municipality.yaml's workshops cannot be read: the workshop rules are skipped. */
  workshops: readonly Workshop[] | undefined;
  period: Period | undefined;
  index: ParticipantIndex;
  /** Collects records for a consumer; undefined when only validating. */
  records: Participant[] | undefined;
}

export function participantRows(ctx: ParticipantsContext): RowHandler {
  const { findings, file, index, records, period } = ctx;
  const id = reader(ctx, 'participant_id', 'person_id');
  const workshop = reader(ctx, 'workshop', 'slug');
  const targetGroup = reader(ctx, 'target_group', 'target_group');
  const gender = reader(ctx, 'gender', 'gender');
  const birthYear = reader(ctx, 'birth_year', 'birth_year');
  const startDate = reader(ctx, 'start_date', 'date');
  const endDate = reader(ctx, 'end_date', 'date');
  const exitOutcome = reader(ctx, 'exit_outcome', 'outcome');
  const intensive = reader(ctx, 'intensive_support', 'boolean');
  const col = {
    id: specIndex(ctx, 'participant_id'),
    workshop: specIndex(ctx, 'workshop'),
    targetGroup: specIndex(ctx, 'target_group'),
    birthYear: specIndex(ctx, 'birth_year'),
    start: specIndex(ctx, 'start_date'),
    end: specIndex(ctx, 'end_date'),
    outcome: specIndex(ctx, 'exit_outcome'),
  };
  const workshops = new Map((ctx.workshops ?? []).map((w) => [w.id, new Set<string>(w.target_groups)]));
  const workshopList = [...workshops.keys()].join(', ');
  const declaredId = new Map([...workshops.keys()].map((id) => [id, id]));
  const periodStart = period ? dateNumber(period.start) : 0;
  const periodEnd = period ? dateNumber(period.end) : 99999999;

  const outsidePeriod = (specColumn: number, name: string, value: string, line: number) => {
    findings.raise(
      RULE.participants.dateOutsidePeriod,
      file,
      { column: name, date: value, start: period!.start, end: period!.end },
      at(ctx, specColumn, line),
    );
  };

  return (fields, line) => {
    const pid = id(fields, line);
    const ws = workshop(fields, line);
    const tg = targetGroup(fields, line);
    const g = gender(fields, line);
    const by = birthYear(fields, line);
    const sd = startDate(fields, line);
    const ed = endDate(fields, line);
    const eo = exitOutcome(fields, line);
    const is = intensive(fields, line);
    const start = typeof sd === 'string' ? dateNumber(sd) : 0;
    const end = typeof ed === 'string' ? dateNumber(ed) : 0;
    let valid =
      pid !== FAIL && ws !== FAIL && tg !== FAIL && g !== FAIL && by !== FAIL && sd !== FAIL && ed !== FAIL && eo !== FAIL && is !== FAIL;

    if (pid !== FAIL && pid !== undefined) {
      const slot = index.add(pid, line, start, tg === FAIL || tg === undefined ? 0 : Number(tg), valid);
      if (slot < 0) {
        const first = index.line(-slot - 1);
        findings.raise(RULE.participants.duplicateId, file, { id: JSON.stringify(maskPersonId(pid)), first, line }, at(ctx, col.id, line));
        valid = false;
      }
    }
    if (ctx.workshops && typeof ws === 'string') {
      const groups = workshops.get(ws);
      const unknown = RULE.participants.unknownWorkshop;
      if (groups === undefined) {
        if (!findings.skipOverLimit(unknown.severity, unknown.id, file)) {
          findings.raise(unknown, file, { workshop: ws, declared: workshopList }, at(ctx, col.workshop, line));
        }
      } else if (typeof tg === 'string' && !groups.has(tg)) {
        findings.raise(
          RULE.participants.targetGroupNotInWorkshop,
          file,
          { group: tg, workshop: ws, groups: [...groups] },
          at(ctx, col.targetGroup, line),
        );
      }
    }
    if (typeof by === 'number' && typeof sd === 'string') {
      const age = Math.floor(start / 10000) - by;
      if (age < 13 || age > 29) {
        findings.raise(RULE.participants.ageOutOfRange, file, { age, birthYear: by, startDate: sd }, at(ctx, col.birthYear, line));
      } else if (age < 15 || age > 24) {
        findings.raise(RULE.participants.ageOutsideTarget, file, { age }, at(ctx, col.birthYear, line));
      }
    }
    if (period) {
      if (typeof sd === 'string' && (start < periodStart || start > periodEnd)) outsidePeriod(col.start, 'start_date', sd, line);
      if (typeof ed === 'string' && (end < periodStart || end > periodEnd)) outsidePeriod(col.end, 'end_date', ed, line);
    }
    if (typeof ed === 'string' && typeof sd === 'string' && end < start) {
      findings.raise(RULE.participants.endBeforeStart, file, { end: ed, start: sd }, at(ctx, col.end, line));
    }
    if (typeof eo === 'string' && ed === undefined) {
      findings.raise(RULE.participants.outcomeWithoutEnd, file, { outcome: eo }, at(ctx, col.end, line));
    } else if (typeof ed === 'string' && eo === undefined) {
      findings.raise(RULE.participants.endWithoutOutcome, file, { end: ed }, at(ctx, col.outcome, line));
    }

    if (valid && records) {
      const record: Participant = {
        line,
        id: pid as string,
        workshop: declaredId.get(ws as string) ?? (ws as string), // the config's string, shared
        targetGroup: tg as TargetGroup,
        gender: g as Participant['gender'],
        birthYear: by as number,
        startDate: sd as string,
        intensiveSupport: is === true,
      };
      if (typeof ed === 'string') record.endDate = ed;
      if (typeof eo === 'string') record.exitOutcome = eo;
      records.push(record);
    }
  };
}
