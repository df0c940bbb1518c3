// Indicator 3 (contract §7.3): interruptions of studies, counted per person by their LATEST dropout.
import { DROPOUT_REASONS } from '../../schema/codes.js';
import type { DropoutRecord, Participant } from '../../schema/records.js';
import { countsByKey, ratio, tally, zeroCount } from '../count.js';
import type { DropoutFigures } from './types.js';

/**
 * Each person's latest dropout: the latest date; on the same date the row further down the file
 * (the later entry). Rows of ids that are not participants are a validation error and ignored here.
 */
export function latestDropouts(records: readonly DropoutRecord[]): Map<string, DropoutRecord> {
  const latest = new Map<string, DropoutRecord>();
  for (const r of records) {
    const seen = latest.get(r.participantId);
    if (!seen || r.date > seen.date || (r.date === seen.date && r.line > seen.line)) latest.set(r.participantId, r);
  }
  return latest;
}

export function dropoutFigures(participants: Iterable<Participant>, latest: Map<string, DropoutRecord>): DropoutFigures {
  const all = zeroCount();
  const persons = zeroCount();
  const byReason = countsByKey(DROPOUT_REASONS);
  const returned = zeroCount();
  const remaining = zeroCount();
  for (const p of participants) {
    tally(all, p.gender);
    const dropout = latest.get(p.id);
    if (dropout) {
      tally(persons, p.gender);
      tally(byReason[dropout.reason], p.gender);
      if (dropout.returnedDate !== undefined) tally(returned, p.gender);
    }
    // Remaining = participants − (dropped out and not returned).
    if (!dropout || dropout.returnedDate !== undefined) tally(remaining, p.gender);
  }
  return { persons, rate: ratio({ ...persons }, all), byReason, returned, remaining };
}
