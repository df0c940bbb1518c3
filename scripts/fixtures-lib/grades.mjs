// Grade sheets for year-9 pupils and the merit-value arithmetic of data contract §7.4, used to
// build grade data whose raised/kept/lowered outcome is known exactly in advance.

/** The 16 subjects besides the Swedish choice (SV or SVA) and the language choice ML. */
const OTHER_SUBJECTS = ['EN', 'MA', 'BI', 'FY', 'KE', 'TK', 'GE', 'HI', 'RE', 'SH', 'BL', 'HKK', 'IDH', 'MU', 'SL'];
const STEPS = ['F', 'E', 'D', 'C', 'B', 'A'];
export const POINTS = { A: 20, B: 17.5, C: 15, D: 12.5, E: 10, F: 0, '-': 0 };
/** Practical and aesthetic subjects where at-risk pupils usually do better than in theory subjects. */
const PRACTICAL = new Set(['BL', 'HKK', 'IDH', 'MU', 'SL', 'TK']);

/** Merit value: the 16 best points among all subjects but ML, plus ML's points as a 17th. */
export function meritValue(sheet) {
  const points = Object.entries(sheet)
    .filter(([subject]) => subject !== 'ML')
    .map(([, grade]) => POINTS[grade])
    .sort((a, b) => b - a)
    .slice(0, 16)
    .reduce((sum, p) => sum + p, 0);
  return points + (sheet.ML ? POINTS[sheet.ML] : 0);
}

const passed = (grade) => grade !== undefined && grade !== 'F' && grade !== '-';

/** Eligible for a vocational programme: E or better in SV/SVA, EN, MA and at least 5 more subjects. */
export function isEligible(sheet) {
  const swedish = passed(sheet.SV) || passed(sheet.SVA);
  if (!swedish || !passed(sheet.EN) || !passed(sheet.MA)) return false;
  const others = Object.entries(sheet).filter(([s, g]) => !['SV', 'SVA', 'EN', 'MA'].includes(s) && passed(g)).length;
  return others >= 5;
}

/**
 * A first-term grade sheet for a pupil of the given ability (0–1). At-risk pupils: many E and F,
 * now and then "-" (no basis for assessment), better in practical subjects.
 */
export function firstTermSheet(rng, ability, { sva = false, modernLanguage = true } = {}) {
  const sheet = {};
  const subjects = [sva ? 'SVA' : 'SV', ...OTHER_SUBJECTS];
  if (modernLanguage) subjects.push('ML');
  for (const subject of subjects) {
    const bonus = PRACTICAL.has(subject) ? 0.8 : 0;
    const level = ability * 4.2 + bonus + (rng.next() - 0.5) * 2.2;
    let step = Math.max(0, Math.min(4, Math.round(level))); // first term: nobody gets A here
    if (subject === 'ML' && step > 0 && rng.chance(0.3)) step -= 1;
    sheet[subject] = step === 0 && ability < 0.3 && rng.chance(0.25) ? '-' : STEPS[step];
  }
  return sheet;
}

function stepUp(grade) {
  if (grade === '-') return 'E';
  return STEPS[Math.min(STEPS.indexOf(grade) + 1, STEPS.length - 1)];
}

function stepDown(grade) {
  return STEPS[Math.max(STEPS.indexOf(grade) - 1, 0)];
}

/**
 * The last-term sheet for a given change: 'raised' lifts 1–4 grades (failed core subjects first
 * when `focusCore`), 'lowered' drops 1–2, 'kept' is unchanged or swaps +2.5 for −2.5 points.
 * Returns a sheet whose merit value is certain to have moved the asked way.
 */
export function lastTermSheet(rng, first, change, { focusCore = false } = {}) {
  const sheet = { ...first };
  const subjects = Object.keys(sheet);
  if (change === 'raised') {
    const core = subjects.filter((s) => ['SV', 'SVA', 'EN', 'MA'].includes(s) && !passed(sheet[s]));
    const candidates = rng.shuffle(subjects.filter((s) => sheet[s] !== 'A'));
    const chosen = focusCore ? [...core, ...candidates.filter((s) => !core.includes(s))] : candidates;
    const count = rng.int(1, 4);
    for (const subject of chosen.slice(0, count)) sheet[subject] = stepUp(sheet[subject]);
  } else if (change === 'lowered') {
    const candidates = rng.shuffle(subjects.filter((s) => passed(sheet[s])));
    for (const subject of candidates.slice(0, rng.int(1, 2))) sheet[subject] = stepDown(sheet[subject]);
  } else if (change === 'kept' && rng.chance(0.4)) {
    // A swap worth exactly zero points: one grade up a 2.5 step, another down a 2.5 step.
    const nonMl = subjects.filter((s) => s !== 'ML');
    const up = rng.shuffle(nonMl.filter((s) => ['E', 'D', 'C', 'B'].includes(sheet[s])))[0];
    const down = rng.shuffle(nonMl.filter((s) => s !== up && ['D', 'C', 'B', 'A'].includes(sheet[s])))[0];
    if (up && down) {
      sheet[up] = stepUp(sheet[up]);
      sheet[down] = stepDown(sheet[down]);
    }
  }
  const before = meritValue(first);
  const after = meritValue(sheet);
  const actual = after > before ? 'raised' : after < before ? 'lowered' : 'kept';
  if (actual !== change) throw new Error(`grade generator: wanted ${change}, got ${actual}`);
  return sheet;
}

/** Grade rows of one pupil and term, in the subject order of a school's grade list. */
export function gradeRows(participantId, term, sheet) {
  return Object.entries(sheet).map(([subject, grade]) => ({ participant_id: participantId, term, subject, grade }));
}
