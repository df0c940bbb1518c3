// Skåne: invented individuals whose data reproduces, exactly, the figures Kommunförbundet Skåne
// published in its regional final report (shared/seed-figures.md). Only the files behind a
// published figure exist; everything else a report would show (genders, ages, dates) is plausible
// but chosen here. See fixtures/README.md for the encoding of each figure.
import { syntheticCost } from './economics.mjs';
import { landscapePng } from './photo.mjs';
import { createRng, exactMix, randomDate, addDays, minDate, maxDate } from './random.mjs';
import { makeParticipants, pseudonym, kaaSeries, sortByPersonAndDate } from './people.mjs';
import { firstTermSheet, lastTermSheet, gradeRows, isEligible } from './grades.mjs';
import { SKANE_REGION_NARRATIVE, SKANE_TEXTS } from './skane-texts.mjs';

/** Skåne's local workshops ran until the end of the school year 2016/17. */
const SKANE_END = '2017-06-16';

const AGES_UPPER_SECONDARY = [
  [16, 30],
  [17, 35],
  [18, 25],
  [19, 10],
];
const AGES_NEWLY_ARRIVED = [
  [16, 20],
  [17, 35],
  [18, 30],
  [19, 15],
];
const AGES_KAA = [
  [16, 20],
  [17, 30],
  [18, 30],
  [19, 20],
];

const ids = (prefix, from, count) => Array.from({ length: count }, (_, i) => pseudonym(prefix, from + i));

function municipality(id, texts, config, files, variant, extra = {}) {
  return {
    config: {
      id,
      name: config.name,
      kommunkod: config.kommunkod,
      started: config.started,
      workshops: config.workshops.map((w) => ({ ...w, description: texts.workshops[w.id] })),
      narrative: texts.narrative,
      quotes: texts.quotes,
      ...(texts.interview ? { interview: texts.interview } : {}),
      ...(config.baseline ? { baseline: config.baseline } : {}),
      ...(extra.photo ? { photo: extra.photo.config } : {}),
      contact: functionContact(texts.contact),
    },
    files,
    variant,
    ...extra,
  };
}

/**
 * The brochure's back page names a function, never a person: the municipality's contact centre at
 * its own domain, and a phone number from the series PTS reserves for fiction (070-174 06 05 –
 * 070-174 06 99), so no real line is printed.
 */
let fictionalNumber = 5;
function functionContact(contact) {
  const domain = contact.web.replace(/^https?:\/\//, '');
  const phone = `070-174 06 ${String(fictionalNumber++).padStart(2, '0')}`;
  return { organisation: contact.organisation, function: 'Kontaktcenter', email: `kontaktcenter@${domain}`, phone, web: contact.web };
}

function malmo() {
  const rng = createRng('skane/malmo');
  const started = '2016-02-01';
  const participants = makeParticipants(rng, {
    ids: ids('malmo-', 1, 250),
    workshop: 'startskolan',
    targetGroup: '3',
    genders: [
      ['male', 158],
      ['female', 92],
    ],
    // Continuous intake, heaviest in the spring and autumn of 2016.
    start: () =>
      rng.weighted([
        [() => randomDate(rng, started, '2016-06-10'), 45],
        [() => randomDate(rng, '2016-08-15', '2016-12-16'), 40],
        [() => randomDate(rng, '2017-01-09', '2017-03-31'), 15],
      ])(),
    ages: AGES_NEWLY_ARRIVED,
  });
  // 63 of 250 persons interrupt their studies: 63 / 250 = 25.2 % → "25 %". Reasons of each
  // person's latest interruption: only those the report names.
  const latestReasons = exactMix(rng, [
    ['deported', 14],
    ['moved', 26],
    ['age_reassessed', 12],
    ['in_hiding', 11],
  ]);
  const leavers = rng.shuffle(participants.filter((p) => p.start_date <= '2017-03-15')).slice(0, 63);
  // Four persons interrupt, come back and interrupt again (two rows, counted once); three more
  // came back after a placement elsewhere or after hiding and still count as persons with a dropout.
  const twice = new Set(
    leavers
      .filter((p) => p.start_date <= '2016-09-30')
      .slice(0, 4)
      .map((p) => p.participant_id),
  );
  let singleReturns = 0;
  const dropouts = [];
  leavers.forEach((p, i) => {
    const reason = latestReasons[i];
    if (twice.has(p.participant_id)) {
      const first = randomDate(rng, addDays(p.start_date, 20), addDays(p.start_date, 90));
      const back = randomDate(rng, addDays(first, 14), addDays(first, 45));
      const second = randomDate(rng, addDays(back, 21), minDate(addDays(back, 150), SKANE_END));
      dropouts.push({ participant_id: p.participant_id, date: first, reason: rng.pick(['moved', 'in_hiding']), returned_date: back });
      dropouts.push({ participant_id: p.participant_id, date: second, reason });
      return;
    }
    const date = randomDate(rng, addDays(p.start_date, 20), minDate(addDays(p.start_date, 300), SKANE_END));
    let returned;
    if ((reason === 'moved' || reason === 'in_hiding') && singleReturns < 3 && date <= '2017-04-28') {
      singleReturns += 1;
      returned = randomDate(rng, addDays(date, 14), addDays(date, 45));
    }
    dropouts.push({ participant_id: p.participant_id, date, reason, returned_date: returned });
  });
  if (twice.size !== 4 || singleReturns !== 3) throw new Error('Malmö: dropout pattern not met');
  const texts = SKANE_TEXTS.malmo;
  return municipality(
    'malmo',
    texts,
    {
      name: 'Malmö',
      kommunkod: '1280',
      started,
      workshops: [{ id: 'startskolan', name: 'Startskolan', target_groups: ['3'] }],
      baseline: [
        { key: 'pupils-reached', label: 'Elever som tagit del av insatserna', value: 1000, approximate: true, period: '2016–2017' },
      ],
    },
    { participants, dropouts: sortByPersonAndDate(dropouts, 'participant_id', 'date') },
    'sv-excel',
  );
}

function lund() {
  const rng = createRng('skane/lund');
  const started = '2016-01-18';
  const termEnds = ['2016-06-10', '2016-12-21', '2017-06-09'];
  const vipan = makeParticipants(rng, {
    ids: ids('lund-', 1, 20),
    workshop: 'vipan',
    targetGroup: '3',
    genders: [
      ['male', 12],
      ['female', 8],
    ],
    start: () => randomDate(rng, started, '2016-10-28'),
    ages: AGES_NEWLY_ARRIVED,
  });
  const vipanOutcomes = exactMix(rng, [
    ['national_programme', 8],
    ['apprenticeship', 1],
    ['adult_education', 6],
    ['folk_high_school', 1],
    ['labour_market_programme', 1],
    ['introductory_programme', 3],
  ]);
  vipan.forEach((p, i) => {
    p.exit_outcome = vipanOutcomes[i];
    // Adult education and folk high school take the oldest pupils.
    if (['adult_education', 'folk_high_school', 'labour_market_programme'].includes(p.exit_outcome))
      p.birth_year = Number(p.start_date.slice(0, 4)) - rng.int(19, 20);
    const possible = termEnds.filter((d) => d >= addDays(p.start_date, 120));
    p.end_date = rng.pick(possible.length ? possible : [SKANE_END]);
  });
  const kaa = makeParticipants(rng, {
    ids: ids('lund-', 21, 20),
    workshop: 'kaa',
    targetGroup: '2',
    genders: [
      ['male', 11],
      ['female', 9],
    ],
    start: () => randomDate(rng, started, '2016-12-16'),
    ages: AGES_KAA,
  });
  const kaaOutcomes = exactMix(rng, [
    ['adult_education', 8],
    ['employment', 3],
    ['national_programme', 4],
    ['internship', 3],
    ['inactive', 2],
  ]);
  kaa.forEach((p, i) => {
    p.exit_outcome = kaaOutcomes[i];
    p.end_date = randomDate(rng, addDays(p.start_date, 75), SKANE_END);
  });
  const texts = SKANE_TEXTS.lund;
  return municipality(
    'lund',
    texts,
    {
      name: 'Lund',
      kommunkod: '1281',
      started,
      workshops: [
        { id: 'vipan', name: 'Vipan', target_groups: ['3'] },
        { id: 'kaa', name: 'KAA och ComUng (one-stop-shop)', target_groups: ['2'] },
      ],
    },
    { participants: [...vipan, ...kaa] },
    'en',
    {
      // The one fixture brochure with a cover photo (a generated landscape; no person in it).
      photo: {
        config: {
          file: 'images/landskap.png',
          alt: 'Ett tecknat landskap med gröna kullar under en ljus himmel och en lågt stående sol.',
          credit: 'syntetisk testbild',
          no_identifiable_participants: true,
        },
        bytes: landscapePng(),
      },
    },
  );
}

function bromolla() {
  const rng = createRng('skane/bromolla');
  const started = '2015-09-01';
  // Verkstad 1 (KAA): 90 participants, all on the KAA list and all reached.
  const kaaParticipants = makeParticipants(rng, {
    ids: ids('bromolla-', 1, 90),
    workshop: 'verkstad-1',
    targetGroup: '2',
    genders: [
      ['male', 51],
      ['female', 39],
    ],
    start: () => randomDate(rng, '2015-09-21', '2017-03-31'),
    ages: AGES_KAA,
  });
  // Verkstad 2: 103 year-9 pupils in the school year 2016/17, grades in HT2016 and VT2017.
  const pupils = makeParticipants(rng, {
    ids: ids('bromolla-', 91, 103),
    workshop: 'verkstad-2',
    targetGroup: '1',
    genders: [
      ['male', 55],
      ['female', 48],
    ],
    start: () => (rng.chance(0.8) ? '2016-08-22' : randomDate(rng, '2016-08-23', '2016-09-16')),
    ages: [[15, 1]],
  });
  // 35 with in-depth support (25 of them raise their merit value); 95 of 103 raise or keep it.
  const intensive = new Set(rng.shuffle(pupils.map((p) => p.participant_id)).slice(0, 35));
  const changesIntensive = exactMix(rng, [
    ['raised', 25],
    ['kept', 6],
    ['lowered', 4],
  ]);
  const changesOthers = exactMix(rng, [
    ['raised', 45],
    ['kept', 19],
    ['lowered', 4],
  ]);
  const grades = [];
  let ii = 0;
  let oi = 0;
  let eligibleFirst = 0;
  let eligibleLast = 0;
  for (const p of pupils) {
    const isIntensive = intensive.has(p.participant_id);
    p.intensive_support = isIntensive;
    const change = isIntensive ? changesIntensive[ii++] : changesOthers[oi++];
    // In-depth support went to the pupils with the weakest grades; a lowered sheet needs passes to lose.
    let ability = isIntensive ? 0.08 + rng.next() * 0.35 : 0.25 + rng.next() * 0.6;
    if (change === 'lowered') ability = Math.max(ability, 0.35);
    const first = firstTermSheet(rng, ability, { sva: rng.chance(0.08), modernLanguage: rng.chance(0.7) });
    const last = lastTermSheet(rng, first, change, { focusCore: isIntensive || rng.chance(0.4) });
    if (isEligible(first)) eligibleFirst += 1;
    if (isEligible(last)) eligibleLast += 1;
    grades.push(...gradeRows(p.participant_id, 'HT2016', first), ...gradeRows(p.participant_id, 'VT2017', last));
  }
  if (eligibleLast <= eligibleFirst) throw new Error(`Bromölla: eligibility should rise (${eligibleFirst} → ${eligibleLast})`);

  // KAA list: 103 persons = the 90 participants of verkstad 1 + 13 others, of whom 12 were
  // reached or declined and 1 was never reached.
  const contacts = [];
  for (const p of kaaParticipants) {
    contacts.push(
      ...kaaSeries(rng, p.participant_id, {
        outcome: 'reached',
        from: started,
        until: SKANE_END,
        reachBy: p.start_date,
        gender: p.gender,
        followUps: rng.int(0, 2),
      }),
    );
  }
  const others = ids('bromolla-', 194, 13);
  const otherGenders = exactMix(rng, [
    ['male', 7],
    ['female', 6],
  ]);
  const otherOutcomes = [
    'reached',
    'reached',
    'reached',
    'reached',
    'reached',
    'reached',
    'reached',
    'reached',
    'declined',
    'declined',
    'declined',
    'declined',
    'never',
  ];
  others.forEach((id, i) => {
    const reachBy = randomDate(rng, '2015-10-05', '2017-04-28');
    contacts.push(...kaaSeries(rng, id, { outcome: otherOutcomes[i], from: started, until: SKANE_END, reachBy, gender: otherGenders[i] }));
  });
  const texts = SKANE_TEXTS.bromolla;
  return municipality(
    'bromolla',
    texts,
    {
      name: 'Bromölla',
      kommunkod: '1272',
      started,
      workshops: [
        { id: 'verkstad-1', name: 'Verkstad 1: KAA och Nätet', target_groups: ['2'] },
        { id: 'verkstad-2', name: 'Verkstad 2: Arbetsmarknadskunskap i årskurs 9', target_groups: ['1'] },
      ],
    },
    {
      participants: [...kaaParticipants, ...pupils],
      grades,
      kaa_contacts: sortByPersonAndDate(contacts, 'person_id', 'contact_date'),
    },
    'en',
    { eligibility: { first: eligibleFirst, last: eligibleLast } },
  );
}

function trelleborg() {
  const rng = createRng('skane/trelleborg');
  const started = '2015-08-17';
  const participants = makeParticipants(rng, {
    ids: ids('trelleborg-', 1, 28),
    workshop: 'introduktionsprogrammet',
    targetGroup: '1',
    genders: [
      ['male', 17],
      ['female', 11],
    ],
    start: () => (rng.chance(0.7) ? started : randomDate(rng, '2015-08-18', '2015-11-30')),
    ages: AGES_UPPER_SECONDARY,
  });
  const texts = SKANE_TEXTS.trelleborg;
  // dropouts.csv exists with a header and no rows: no pupil left in 2015/16 (0, not "no data").
  return municipality(
    'trelleborg',
    texts,
    {
      name: 'Trelleborg',
      kommunkod: '1287',
      started,
      workshops: [{ id: 'introduktionsprogrammet', name: 'Introduktionsprogrammet', target_groups: ['1'] }],
    },
    { participants, dropouts: [] },
    'sv-utf8-bom',
  );
}

function klippan() {
  const rng = createRng('skane/klippan');
  const started = '2015-08-24';
  const participants = makeParticipants(rng, {
    ids: ids('klippan-', 1, 24),
    workshop: 'projektverkstaden',
    targetGroup: '1',
    genders: [
      ['male', 13],
      ['female', 11],
    ],
    start: () => (rng.chance(0.75) ? started : randomDate(rng, '2015-08-25', '2015-09-04')),
    ages: AGES_UPPER_SECONDARY,
  });
  // One pupil leaves in the autumn for a programme the school cannot offer: 24 − 1 = 23 remain.
  // The dropout reason (wrong_programme) and the exit outcome tell the same story: the pupil went
  // on to a national programme at another school, as the narrative says of those who changed
  // (issue 13, item 9: the outcome was 'moved', which contradicted the text).
  const leaver = participants[rng.int(0, participants.length - 1)];
  const date = randomDate(rng, '2015-10-12', '2015-11-13');
  leaver.end_date = date;
  leaver.exit_outcome = 'national_programme';
  const texts = SKANE_TEXTS.klippan;
  return municipality(
    'klippan',
    texts,
    {
      name: 'Klippan',
      kommunkod: '1276',
      started,
      workshops: [{ id: 'projektverkstaden', name: 'Projektverkstaden på gymnasieskolan', target_groups: ['1'] }],
    },
    { participants, dropouts: [{ participant_id: leaver.participant_id, date, reason: 'wrong_programme' }] },
    'sv-excel',
  );
}

function vellinge() {
  const rng = createRng('skane/vellinge');
  const started = '2015-09-14';
  const participants = makeParticipants(rng, {
    ids: ids('vellinge-', 1, 50),
    workshop: 'kaa-npf',
    targetGroup: '2',
    genders: [
      ['male', 29],
      ['female', 21],
    ],
    start: () => randomDate(rng, '2015-09-21', '2017-04-28'),
    ages: AGES_KAA,
  });
  const texts = SKANE_TEXTS.vellinge;
  return municipality(
    'vellinge',
    texts,
    {
      name: 'Vellinge',
      kommunkod: '1233',
      started,
      workshops: [{ id: 'kaa-npf', name: 'Uppsökande KAA-arbete med NPF-team', target_groups: ['2'] }],
      baseline: [{ key: 'youths-before-project', label: 'Ungdomar i verksamheten perioden före Plug In 2.0', value: 13 }],
    },
    { participants },
    'en',
  );
}

function burlov() {
  const rng = createRng('skane/burlov');
  const started = '2016-01-11';
  const start = () => randomDate(rng, started, '2017-02-28');
  const risk = makeParticipants(rng, {
    ids: ids('burlov-', 1, 52),
    workshop: 'verkstad-1',
    targetGroup: '1',
    genders: [
      ['male', 28],
      ['female', 24],
    ],
    start,
    ages: AGES_UPPER_SECONDARY,
  });
  const newlyArrived = makeParticipants(rng, {
    ids: ids('burlov-', 53, 38),
    workshop: 'verkstad-2',
    targetGroup: '3',
    genders: [
      ['male', 30],
      ['female', 8],
    ],
    start,
    ages: AGES_NEWLY_ARRIVED,
  });
  const texts = SKANE_TEXTS.burlov;
  return municipality(
    'burlov',
    texts,
    {
      name: 'Burlöv',
      kommunkod: '1231',
      started,
      workshops: [
        { id: 'verkstad-1', name: 'Verkstad 1: Elevcoach och mentorskap', target_groups: ['1'] },
        { id: 'verkstad-2', name: 'Verkstad 2: Nyanlända elever, HVB-hem och gode män', target_groups: ['3'] },
      ],
    },
    { participants: [...risk, ...newlyArrived] },
    'en',
  );
}

export function buildSkane() {
  const municipalities = [malmo(), lund(), bromolla(), trelleborg(), klippan(), vellinge(), burlov()];
  for (const m of municipalities) m.files.participants.sort((a, b) => (a.participant_id < b.participant_id ? -1 : 1));
  // Synthetic costs (the seeds give none): each municipality's, and the region's whole cost.
  for (const m of municipalities) m.config.economics = { cost: syntheticCost(m.files.participants.length) };
  const participants = municipalities.reduce((sum, m) => sum + m.files.participants.length, 0);
  return {
    config: {
      id: 'skane',
      name: 'Skåne',
      organisation: 'Kommunförbundet Skåne',
      county_code: '12',
      report_year: 2018,
      municipalities: municipalities.map((m) => m.config.id),
      narrative: SKANE_REGION_NARRATIVE,
      // The regional contact every Skåne brochure prints: the department, not its staff.
      contact: {
        function: 'Avdelningen för lärande, arbetsliv och integration',
        phone: '070-174 06 99',
        web: 'https://kfsk.se',
      },
      // The region's whole cost (its municipalities' included): regional coordination on top.
      economics: { cost: syntheticCost(participants * 1.1) },
    },
    municipalities,
  };
}

// Re-exported for the README and the generator's summary.
export { SKANE_END, maxDate };
