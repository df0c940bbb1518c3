// Indicator 2 (contract §7.2): exit outcomes among participants who have left (have an end_date).
import { OUTCOME_CODES, OUTCOMES } from '../../schema/codes.js';
import type { Participant } from '../../schema/records.js';
import { addCounts, countsByKey, ratio, tally, zeroCount } from '../count.js';
import type { OutcomeFigures } from './types.js';

export function outcomeFigures(participants: Iterable<Participant>): OutcomeFigures {
  const exited = zeroCount();
  const missingOutcome = zeroCount();
  const byCode = countsByKey(OUTCOME_CODES);
  for (const p of participants) {
    if (p.endDate === undefined) continue;
    tally(exited, p.gender);
    if (p.exitOutcome === undefined) tally(missingOutcome, p.gender);
    else tally(byCode[p.exitOutcome], p.gender);
  }
  const inCategory = (category: 'education' | 'work') =>
    addCounts(...OUTCOME_CODES.filter((code) => OUTCOMES[code].category === category).map((code) => byCode[code]));
  const education = inCategory('education');
  const work = inCategory('work');
  return {
    exited,
    missingOutcome,
    byCode,
    education,
    work,
    educationOrWork: ratio(addCounts(education, work), { ...exited }),
  };
}
