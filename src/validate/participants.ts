// participants.csv (data contract §3): row rules per column, then the rules that need more than
// one cell or the configuration: unique ids, declared workshops and their target groups, age,
// project period, end date and exit outcome.
import type { TargetGroup } from '../schema/codes.js';
import type { MunicipalityConfig } from '../schema/config.js';
import type { Participant } from '../schema/records.js';
import type { RowHandler } from '../ingest/table.js';
import {
  parseBirthYear,
  parseBoolean,
  parseDate,
  parseGender,
  parseOutcome,
  parsePersonId,
  parseTargetGroup,
} from './fields.js';
import { ParticipantIndex } from './participant-index.js';
import { dateNumber } from '../schema/csv.js';
import { FAIL, at, reader, specIndex, type FileContext } from './rows.js';
import { maskPersonId } from '../util/pnr.js';
import { quote } from '../util/quote.js';

export interface Period {
  start: string;
  end: string;
}

export interface ParticipantsContext extends FileContext {
  /** Undefined when municipality.yaml is invalid: the workshop rules are skipped. */
  config: MunicipalityConfig | undefined;
  period: Period | undefined;
  index: ParticipantIndex;
  /** Collects records for a consumer; undefined when only validating. */
  records: Participant[] | undefined;
}

export function participantRows(ctx: ParticipantsContext): RowHandler {
  const { findings, file, index, records, config, period } = ctx;
  const id = reader(ctx, 'participant_id', parsePersonId);
  const workshop = reader(ctx, 'workshop', (raw) => raw.toLowerCase());
  const targetGroup = reader(ctx, 'target_group', parseTargetGroup);
  const gender = reader(ctx, 'gender', parseGender);
  const birthYear = reader(ctx, 'birth_year', parseBirthYear);
  const startDate = reader(ctx, 'start_date', parseDate);
  const endDate = reader(ctx, 'end_date', parseDate);
  const exitOutcome = reader(ctx, 'exit_outcome', parseOutcome);
  const intensive = reader(ctx, 'intensive_support', parseBoolean);
  const col = {
    id: specIndex(ctx, 'participant_id'),
    workshop: specIndex(ctx, 'workshop'),
    targetGroup: specIndex(ctx, 'target_group'),
    birthYear: specIndex(ctx, 'birth_year'),
    start: specIndex(ctx, 'start_date'),
    end: specIndex(ctx, 'end_date'),
    outcome: specIndex(ctx, 'exit_outcome'),
  };
  const workshops = new Map((config?.workshops ?? []).map((w) => [w.id, new Set<string>(w.target_groups)]));
  const workshopList = [...workshops.keys()].join(', ');
  const declaredId = new Map([...workshops.keys()].map((id) => [id, id]));
  const periodStart = period ? dateNumber(period.start) : 0;
  const periodEnd = period ? dateNumber(period.end) : 99999999;

  const outsidePeriod = (specColumn: number, name: string, value: string, line: number) => {
    findings.error('participants.date-outside-period', file, `${name} ${value} is outside the project period ${period!.start} – ${period!.end}`, {
      ...at(ctx, specColumn, line),
      hint: 'Check the date; the period is set in project.yaml.',
    });
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
    let valid = pid !== FAIL && ws !== FAIL && tg !== FAIL && g !== FAIL && by !== FAIL && sd !== FAIL && ed !== FAIL && eo !== FAIL && is !== FAIL;

    if (pid !== FAIL && pid !== undefined) {
      const slot = index.add(pid, line, start, tg === FAIL || tg === undefined ? 0 : Number(tg), valid);
      if (slot < 0) {
        const first = index.line(-slot - 1);
        findings.error('participants.duplicate-id', file, `participant_id ${JSON.stringify(maskPersonId(pid))} appears on line ${first} and again on line ${line}`, {
          ...at(ctx, col.id, line),
          hint: `Each participant has one row per municipality; merge or remove the rows on lines ${first} and ${line}.`,
        });
        valid = false;
      }
    }
    if (config && typeof ws === 'string') {
      const groups = workshops.get(ws);
      if (groups === undefined) {
        if (!findings.skipOverLimit('error', 'participants.unknown-workshop', file)) findings.error('participants.unknown-workshop', file, `workshop ${quote(ws)} is not declared in municipality.yaml`, {
          ...at(ctx, col.workshop, line),
          hint: `Use one of the declared workshop ids (${workshopList}), or declare the workshop under workshops: in municipality.yaml.`,
        });
      } else if (typeof tg === 'string' && !groups.has(tg)) {
        findings.error('participants.target-group-not-in-workshop', file, `target group ${tg} is not one of workshop "${ws}"'s target groups (${[...groups].join(', ')})`, {
          ...at(ctx, col.targetGroup, line),
          hint: 'Correct the target group, or add it to the workshop\'s target_groups in municipality.yaml.',
        });
      }
    }
    if (typeof by === 'number' && typeof sd === 'string') {
      const age = Math.floor(start / 10000) - by;
      if (age < 13 || age > 29) {
        findings.error('participants.age-out-of-range', file, `age at start would be ${age} (birth_year ${by}, start_date ${sd}), outside 13–29`, {
          ...at(ctx, col.birthYear, line),
          hint: 'Check birth_year and start_date; the project is for young people aged 15–24.',
        });
      } else if (age < 15 || age > 24) {
        findings.warning('participants.age-outside-target', file, `age at start is ${age}, outside the project's 15–24`, {
          ...at(ctx, col.birthYear, line),
          hint: 'Allowed, but check birth_year and start_date; such participants are counted under "other ages".',
        });
      }
    }
    if (period) {
      if (typeof sd === 'string' && (start < periodStart || start > periodEnd)) outsidePeriod(col.start, 'start_date', sd, line);
      if (typeof ed === 'string' && (end < periodStart || end > periodEnd)) outsidePeriod(col.end, 'end_date', ed, line);
    }
    if (typeof ed === 'string' && typeof sd === 'string' && end < start) {
      findings.error('participants.end-before-start', file, `end_date ${ed} is before start_date ${sd}`, {
        ...at(ctx, col.end, line),
        hint: 'Check both dates.',
      });
    }
    if (typeof eo === 'string' && ed === undefined) {
      findings.error('participants.outcome-without-end', file, `exit_outcome "${eo}" is given but end_date is empty`, {
        ...at(ctx, col.end, line),
        hint: 'A participant with an exit outcome has left the project: fill in end_date, or clear exit_outcome.',
      });
    } else if (typeof ed === 'string' && eo === undefined) {
      findings.warning('participants.end-without-outcome', file, `end_date ${ed} is given but exit_outcome is empty`, {
        ...at(ctx, col.outcome, line),
        hint: 'Fill in what the participant went on to (use "unknown" if it is not known).',
      });
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
