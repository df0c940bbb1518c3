// Deterministic generator of a complete, VALID synthetic data folder (data contract v1), for the
// benches and for property tests. The same seed and sizes always give the same bytes.
//
//   import { generateDataset } from './generate.mjs';
//   await generateDataset('bench/.data/nation', { regions: 8, municipalitiesPerRegion: 5, participantsPerMunicipality: 75, seed: 1 });
//
//   node bench/generate.mjs DIR --regions 1 --municipalities 50 --participants 60 [--seed 1]
//   node bench/generate.mjs DIR --regions 10 --municipalities 29 --total-participants 1000000
//
// Ids: regions r01…, municipalities m001… (numbered across the nation so they are unique),
// workshops verkstad-1…3, persons pseudonyms "m001-p00001" (never personnummer). Every row keeps
// the contract's rules so `validate` reports no errors and no warnings: ages 15–24, dates inside
// the project period, an exit outcome with every end_date, every target-group-2 participant on the
// KAA list, never SV and SVA in the same term.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import YAML from 'yaml';

const PERIOD = { start: '2015-03-01', end: '2018-12-31' };
const OUTCOMES = [
  ['national_programme', 20],
  ['introductory_programme', 12],
  ['adult_education', 14],
  ['folk_high_school', 4],
  ['employment', 12],
  ['apprenticeship', 3],
  ['internship', 8],
  ['labour_market_programme', 8],
  ['job_seeking', 6],
  ['inactive', 6],
  ['moved', 4],
  ['unknown', 3],
];
const DROPOUT_REASONS = [
  ['deported', 5],
  ['moved', 20],
  ['age_reassessed', 4],
  ['in_hiding', 2],
  ['wrong_programme', 18],
  ['employment', 10],
  ['health', 16],
  ['other', 15],
  ['unknown', 10],
];
const CHANNELS = ['letter', 'sms', 'phone', 'email', 'social_media', 'home_visit', 'meeting'];
const CORE_SUBJECTS = ['EN', 'MA'];
const OTHER_SUBJECTS = ['BI', 'FY', 'KE', 'TK', 'GE', 'HI', 'RE', 'SH', 'BL', 'HKK', 'IDH', 'MU', 'SL'];
const GRADES = ['A', 'B', 'C', 'D', 'E', 'F', '-'];
const WORKSHOPS = [
  { id: 'verkstad-1', name: 'Verkstad 1', target_groups: ['1'] },
  { id: 'verkstad-2', name: 'Verkstad 2', target_groups: ['2'] },
  { id: 'verkstad-3', name: 'Verkstad 3', target_groups: ['3', '1'] },
];

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    weighted: (pairs) => {
      const sum = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * sum;
      for (const [value, w] of pairs) if ((r -= w) < 0) return value;
      return pairs[pairs.length - 1][0];
    },
  };
}

const DAY = 86_400_000;
const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const FIRST_DAY = toDay('2015-08-17');
const LAST_START = toDay('2018-06-15');
const LAST_DAY = toDay(PERIOD.end);

/** termOrder as in records.ts: year * 2, +1 for HT. */
const termOf = (day) => {
  const d = new Date(day * DAY);
  const y = d.getUTCFullYear();
  return d.getUTCMonth() >= 6 ? y * 2 + 1 : y * 2;
};
const termName = (order) => `${order % 2 === 1 ? 'HT' : 'VT'}${Math.floor(order / 2)}`;
const LAST_TERM = termOf(LAST_DAY); // HT2018

const pad = (n, width) => String(n).padStart(width, '0');
const yaml = (value) => YAML.stringify(value, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });

/** Buffered line writer: one write per ~1 MiB, honouring back-pressure. */
function csvWriter(path, header) {
  const stream = createWriteStream(path);
  let buffer = header.join(',') + '\n';
  return {
    async row(fields) {
      buffer += fields.join(',') + '\n';
      if (buffer.length > 1 << 20) {
        const chunk = buffer;
        buffer = '';
        if (!stream.write(chunk)) await once(stream, 'drain');
      }
    },
    async close() {
      stream.end(buffer);
      await once(stream, 'finish');
    },
  };
}

function gradeFor(rng, ability) {
  // ability 0..1 → mostly grades around it; a few '-' and F.
  if (rng.chance(0.03)) return '-';
  const idx = Math.min(5, Math.max(0, Math.round((1 - ability) * 5 + (rng.next() - 0.5) * 2.5)));
  return GRADES[idx];
}

const shiftGrade = (rng, grade) => {
  if (grade === '-') return rng.chance(0.5) ? 'E' : '-';
  const i = GRADES.indexOf(grade);
  const step = rng.weighted([
    [-1, 30],
    [0, 50],
    [1, 20],
  ]); // -1 = better
  return GRADES[Math.min(5, Math.max(0, i + step))];
};

async function writeMunicipality(dir, ctx) {
  const { rng, id, participants: count, withExtras } = ctx;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'municipality.yaml'), yaml({ id, name: ctx.name, kommunkod: ctx.kommunkod, workshops: WORKSHOPS }));
  const p = csvWriter(join(dir, 'participants.csv'), [
    'participant_id',
    'workshop',
    'target_group',
    'gender',
    'birth_year',
    'start_date',
    'end_date',
    'exit_outcome',
    'intensive_support',
  ]);
  const g = withExtras.grades ? csvWriter(join(dir, 'grades.csv'), ['participant_id', 'term', 'subject', 'grade']) : null;
  const d = withExtras.dropouts ? csvWriter(join(dir, 'dropouts.csv'), ['participant_id', 'date', 'reason', 'returned_date']) : null;
  const k = withExtras.kaa ? csvWriter(join(dir, 'kaa_contacts.csv'), ['person_id', 'contact_date', 'channel', 'result', 'gender']) : null;

  const kaaContacts = async (personId, gender, fromDay, reachable) => {
    const attempts = rng.int(1, 4);
    let day = fromDay;
    for (let a = 0; a < attempts; a++) {
      const last = a === attempts - 1;
      const result =
        last && reachable
          ? rng.weighted([
              ['reached', 85],
              ['declined', 15],
            ])
          : 'not_reached';
      await k.row([personId, toIso(day), rng.pick(CHANNELS), result, gender]);
      day = Math.min(LAST_DAY, day + rng.int(3, 30));
    }
  };

  for (let i = 1; i <= count; i++) {
    const pid = `${id}-p${pad(i, 5)}`;
    const workshop = rng.weighted([
      [WORKSHOPS[0], 45],
      [WORKSHOPS[1], 30],
      [WORKSHOPS[2], 25],
    ]);
    const targetGroup =
      workshop.target_groups.length === 1
        ? workshop.target_groups[0]
        : rng.weighted([
            ['3', 80],
            ['1', 20],
          ]);
    const gender = rng.chance(0.46) ? 'female' : 'male';
    const startDay = rng.int(FIRST_DAY, LAST_START);
    const startYear = new Date(startDay * DAY).getUTCFullYear();
    const age = targetGroup === '2' ? rng.int(16, 24) : rng.int(15, 19);
    const exited = rng.chance(0.65);
    const endDay = exited ? Math.min(LAST_DAY, startDay + rng.int(30, 700)) : null;
    const outcome = exited ? rng.weighted(OUTCOMES) : '';
    const intensive = rng.chance(0.3) ? 'yes' : 'no';
    await p.row([
      pid,
      workshop.id,
      targetGroup,
      gender,
      startYear - age,
      toIso(startDay),
      endDay === null ? '' : toIso(endDay),
      outcome,
      intensive,
    ]);

    if (g && targetGroup !== '2' && rng.chance(0.35)) {
      const first = termOf(startDay);
      const terms = Math.min(
        rng.weighted([
          [1, 20],
          [2, 60],
          [3, 20],
        ]),
        LAST_TERM - first + 1,
      );
      const ability = rng.next();
      const swedish = targetGroup === '3' ? 'SVA' : 'SV';
      const subjects = [swedish, ...CORE_SUBJECTS, ...OTHER_SUBJECTS.filter(() => rng.chance(0.75))];
      if (rng.chance(0.6)) subjects.push('ML');
      let grades = subjects.map(() => gradeFor(rng, ability));
      for (let t = 0; t < terms; t++) {
        const term = termName(first + t);
        for (let s = 0; s < subjects.length; s++) await g.row([pid, term, subjects[s], grades[s]]);
        grades = grades.map((grade) => shiftGrade(rng, grade));
      }
    }

    if (d && rng.chance(0.12)) {
      const dropouts = rng.weighted([
        [1, 85],
        [2, 15],
      ]);
      let day = Math.min(LAST_DAY, startDay + rng.int(10, 200));
      for (let n = 0; n < dropouts; n++) {
        const returned = rng.chance(0.35) && day + 14 <= LAST_DAY;
        const returnedDay = returned ? Math.min(LAST_DAY, day + rng.int(14, 120)) : null;
        await d.row([pid, toIso(day), rng.weighted(DROPOUT_REASONS), returnedDay === null ? '' : toIso(returnedDay)]);
        if (returnedDay === null) break;
        day = Math.min(LAST_DAY, returnedDay + rng.int(1, 90));
      }
    }

    // Every target-group-2 participant is on the KAA list (else validate warns).
    if (k && targetGroup === '2') await kaaContacts(pid, '', Math.max(toDay(PERIOD.start), startDay - rng.int(5, 60)), true);
  }

  if (k) {
    // Young people on the KAA list who never became participants; some without a known gender.
    const others = Math.round(count * 0.2);
    for (let j = 1; j <= others; j++) {
      const gender = rng.chance(0.1) ? '' : rng.chance(0.5) ? 'female' : 'male';
      await kaaContacts(`${id}-k${pad(j, 5)}`, gender, rng.int(toDay(PERIOD.start), LAST_DAY - 150), rng.chance(0.6));
    }
  }
  await Promise.all([p.close(), g?.close(), d?.close(), k?.close()]);
}

/**
 * Writes a complete data folder. Every municipality has participants.csv; the optional files are
 * present in most (not all) municipalities, so "no data" (null) paths are exercised too.
 */
export async function generateDataset(
  dir,
  { regions = 1, municipalitiesPerRegion = 5, participantsPerMunicipality = 60, totalParticipants, seed = 1 } = {},
) {
  // totalParticipants (optional) spreads an exact total over the municipalities instead.
  const municipalityCount = regions * municipalitiesPerRegion;
  const sizeOf = (n) =>
    totalParticipants === undefined
      ? participantsPerMunicipality
      : Math.floor(totalParticipants / municipalityCount) + (n <= totalParticipants % municipalityCount ? 1 : 0);
  let participantsWritten = 0;
  const rng = prng(seed);
  await mkdir(dir, { recursive: true });
  const regionIds = Array.from({ length: regions }, (_, r) => `r${pad(r + 1, 2)}`);
  await writeFile(
    join(dir, 'project.yaml'),
    yaml({
      name: 'Plug In 2.0',
      esf_case_number: '2015/00665',
      owner: 'Sveriges Kommuner och Landsting',
      owner_short: 'SKL',
      period: PERIOD,
      regions: regionIds,
    }),
  );
  let municipalityNo = 0;
  for (let r = 0; r < regions; r++) {
    const regionId = regionIds[r];
    const municipalityIds = [];
    const countyCode = pad((r % 25) + 1, 2);
    for (let m = 0; m < municipalitiesPerRegion; m++) {
      municipalityNo++;
      participantsWritten += sizeOf(municipalityNo);
      const id = `m${pad(municipalityNo, 3)}`;
      municipalityIds.push(id);
      await writeMunicipality(join(dir, regionId, id), {
        rng,
        id,
        name: `Syntetkommun ${municipalityNo}`,
        kommunkod: pad(1000 + (municipalityNo % 9000), 4),
        participants: sizeOf(municipalityNo),
        // Deterministic mix: every 7th municipality has no grades.csv, every 11th no dropouts.csv,
        // every 5th no kaa_contacts.csv — except the first, which has them all.
        withExtras: {
          grades: municipalityNo === 1 || municipalityNo % 7 !== 0,
          dropouts: municipalityNo === 1 || municipalityNo % 11 !== 0,
          kaa: municipalityNo === 1 || municipalityNo % 5 !== 0,
        },
      });
    }
    await writeFile(
      join(dir, regionId, 'region.yaml'),
      yaml({
        id: regionId,
        name: `Region ${r + 1}`,
        organisation: `Syntetiskt regionförbund ${r + 1}`,
        county_code: countyCode,
        municipalities: municipalityIds,
        synthetic: true,
      }),
    );
  }
  return { dir, regions: regionIds, municipalities: municipalityNo, participants: participantsWritten };
}

function parseArgs(argv) {
  const [dir, ...rest] = argv;
  const options = { regions: 1, municipalitiesPerRegion: 5, participantsPerMunicipality: 60, seed: 1 };
  const names = {
    '--regions': 'regions',
    '--municipalities': 'municipalitiesPerRegion',
    '--participants': 'participantsPerMunicipality',
    '--total-participants': 'totalParticipants',
    '--seed': 'seed',
  };
  for (let i = 0; i < rest.length; i += 2) {
    const key = names[rest[i]];
    const value = Number(rest[i + 1]);
    if (!key || !Number.isInteger(value) || value < (key === 'seed' ? 0 : 1)) {
      throw new Error(`unexpected argument ${rest[i]} ${rest[i + 1] ?? ''}`);
    }
    options[key] = value;
  }
  if (!dir || dir.startsWith('--')) throw new Error('missing DIR');
  return { dir, options };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { dir, options } = parseArgs(process.argv.slice(2));
    const result = await generateDataset(dir, options);
    process.stdout.write(
      `wrote ${result.participants} participants in ${result.municipalities} municipalities of ${result.regions.length} regions to ${dir}\n`,
    );
  } catch (error) {
    process.stderr.write(
      `${error.message}\nusage: node bench/generate.mjs DIR [--regions N] [--municipalities N per region] [--participants N per municipality | --total-participants N] [--seed N]\n`,
    );
    process.exitCode = 2;
  }
}
