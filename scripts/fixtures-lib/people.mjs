// Building blocks shared by the Skåne and the synthetic municipalities: participants with
// plausible ages and dates, KAA contact series, ids.
import { addDays, exactMix, maxDate, minDate, randomDate, yearOf } from './random.mjs';

export function pseudonym(prefix, n, width = 4) {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/** Birth year for an age drawn from [[age, weight], …], counted the contract's way: year(start) − birth_year. */
export function birthYear(rng, startDate, ageWeights) {
  return yearOf(startDate) - rng.weighted(ageWeights);
}

/**
 * Participants of one workshop. `genders` is an exact [['male', n], ['female', n]] mix; `start`
 * returns a start date; `ages` is an age-weight table.
 */
export function makeParticipants(rng, { ids, workshop, targetGroup, genders, start, ages }) {
  const genderList = exactMix(rng, genders);
  if (genderList.length !== ids.length) throw new Error(`${workshop}: ${ids.length} ids but ${genderList.length} genders`);
  return ids.map((id, i) => {
    const startDate = start(i);
    return {
      participant_id: id,
      workshop,
      target_group: typeof targetGroup === 'function' ? targetGroup(i) : targetGroup,
      gender: genderList[i],
      birth_year: birthYear(rng, startDate, ages),
      start_date: startDate,
      end_date: undefined,
      exit_outcome: undefined,
      intensive_support: false,
    };
  });
}

const EARLY_CHANNELS = [
  ['letter', 3],
  ['sms', 3],
  ['phone', 4],
  ['social_media', 1],
  ['email', 1],
];
const REACHING_CHANNELS = [
  ['phone', 5],
  ['meeting', 4],
  ['home_visit', 2],
  ['sms', 1],
];

/**
 * A KAA contact series for one person. `outcome` is 'reached', 'declined' or 'never' (only
 * not_reached attempts). Dates lie within [from, until], the reaching contact on `reachBy` at latest.
 */
export function kaaSeries(rng, personId, { outcome, from, until, reachBy, gender, followUps = 0 }) {
  const rows = [];
  const last = minDate(reachBy ?? until, until);
  const first = maxDate(from, addDays(last, -rng.int(10, 70)));
  const misses =
    outcome === 'never'
      ? rng.int(2, 4)
      : rng.weighted([
          [0, 4],
          [1, 4],
          [2, 2],
          [3, 1],
        ]);
  const dates = [];
  for (let i = 0; i < misses + (outcome === 'never' ? 0 : 1); i += 1) dates.push(randomDate(rng, first, last));
  dates.sort();
  dates.forEach((date, i) => {
    const isFinal = outcome !== 'never' && i === dates.length - 1;
    rows.push({
      person_id: personId,
      contact_date: date,
      channel: isFinal ? rng.weighted(REACHING_CHANNELS) : rng.weighted(EARLY_CHANNELS),
      result: isFinal ? outcome : 'not_reached',
      gender,
    });
  });
  if (outcome === 'never' && !rows.some((r) => r.channel === 'home_visit')) rows[rows.length - 1].channel = 'home_visit';
  // Follow-up meetings once the young person takes part in an intervention.
  let cursor = last;
  for (let i = 0; i < followUps; i += 1) {
    const from2 = addDays(cursor, 7);
    if (from2 > until) break;
    cursor = randomDate(rng, from2, minDate(addDays(from2, 60), until));
    rows.push({ person_id: personId, contact_date: cursor, channel: 'meeting', result: 'reached', gender });
  }
  return rows;
}

/** Rows sorted the way registers export them: by person, then date. */
export function sortByPersonAndDate(rows, idKey, dateKey) {
  return [...rows].sort((a, b) =>
    a[idKey] < b[idKey] ? -1 : a[idKey] > b[idKey] ? 1 : a[dateKey] < b[dateKey] ? -1 : a[dateKey] > b[dateKey] ? 1 : 0,
  );
}
