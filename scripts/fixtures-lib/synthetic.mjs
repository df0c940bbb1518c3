// The seven other regions: real municipality names and codes, synthetic (made-up) data.
import { createRng, randomDate, addDays, minDate, maxDate } from './random.mjs';
import { makeParticipants, pseudonym, kaaSeries, sortByPersonAndDate } from './people.mjs';
import { firstTermSheet, lastTermSheet, gradeRows, isEligible } from './grades.mjs';
import { workshopName, municipalityTexts, regionNarrative } from './synthetic-texts.mjs';
import { SYNTHETIC_ASSUMPTIONS, syntheticCost } from './economics.mjs';

// [id, name, kommunkod, participants, workshop kinds, options]
// Options: variant (CSV export variant), prefix/width (pseudonym style), noKaaFile, noDropouts, kaaGender.
const REGIONS = [
  {
    id: 'gr',
    name: 'Göteborgsregionen',
    organisation: 'Göteborgsregionens kommunalförbund',
    county: '14',
    window: ['2015-09-01', '2016-02-29'],
    end: '2018-06-15',
    municipalities: [
      ['ale', 'Ale', '1440', 60, ['gymnasiet', 'kaa'], { legal: 'Ale kommun' }],
      ['alingsas', 'Alingsås', '1489', 60, ['navet'], { legal: 'Alingsås kommun', kaaGender: true }],
      [
        'goteborg',
        'Göteborg',
        '1480',
        230,
        ['gymnasiet', 'kaa', 'nyanlanda'],
        { legal: 'Göteborgs Stad', variant: 'sv-excel', prefix: 'GBG-', width: 5 },
      ],
      ['harryda', 'Härryda', '1401', 55, ['hogstadiet'], { legal: 'Härryda kommun' }],
      [
        'kungsbacka',
        'Kungsbacka',
        '1384',
        75,
        ['kaa', 'gymnasiet'],
        { legal: 'Kungsbacka kommun', variant: 'sv-utf8-bom', kaaGender: true },
      ],
      ['kungalv', 'Kungälv', '1482', 70, ['nyanlanda', 'hogstadiet'], { legal: 'Kungälvs kommun' }],
      ['lerum', 'Lerum', '1441', 65, ['kaa'], { legal: 'Lerums kommun', variant: 'en-tab' }],
      ['lilla-edet', 'Lilla Edet', '1462', 35, ['navet'], { legal: 'Lilla Edets kommun', web: 'lillaedet.se' }],
      ['molndal', 'Mölndal', '1481', 85, ['gymnasiet', 'nyanlanda'], { legal: 'Mölndals stad', variant: 'en-quoted' }],
      ['partille', 'Partille', '1402', 70, ['hogstadiet', 'kaa'], { legal: 'Partille kommun' }],
      ['stenungsund', 'Stenungsund', '1415', 45, ['nyanlanda'], { legal: 'Stenungsunds kommun', noDropouts: true }],
      ['tjorn', 'Tjörn', '1419', 30, ['kaa'], { legal: 'Tjörns kommun', noKaaFile: true }],
      ['ockero', 'Öckerö', '1407', 25, ['gymnasiet'], { legal: 'Öckerö kommun' }],
    ],
  },
  {
    id: 'jamtland-harjedalen',
    name: 'Jämtland Härjedalen',
    organisation: 'Region Jämtland Härjedalen',
    county: '23',
    window: ['2015-09-01', '2016-01-31'],
    end: '2018-06-15',
    municipalities: [
      ['ostersund', 'Östersund', '2380', 90, ['kaa', 'nyanlanda'], { legal: 'Östersunds kommun' }],
      ['krokom', 'Krokom', '2309', 40, ['navet'], { legal: 'Krokoms kommun' }],
      ['harjedalen', 'Härjedalen', '2361', 30, ['gymnasiet'], { legal: 'Härjedalens kommun', web: 'herjedalen.se' }],
    ],
  },
  {
    id: 'kalmar',
    name: 'Kalmar län',
    organisation: 'Regionförbundet i Kalmar län',
    county: '08',
    window: ['2015-10-01', '2016-03-31'],
    end: '2017-12-20',
    municipalities: [
      ['kalmar', 'Kalmar', '0880', 90, ['hogstadiet', 'gymnasiet'], { legal: 'Kalmar kommun', variant: 'en-quoted' }],
      ['nybro', 'Nybro', '0881', 50, ['nyanlanda'], { legal: 'Nybro kommun' }],
      ['vastervik', 'Västervik', '0883', 60, ['kaa'], { legal: 'Västerviks kommun', kaaGender: true }],
      ['oskarshamn', 'Oskarshamn', '0882', 60, ['navet'], { legal: 'Oskarshamns kommun' }],
    ],
  },
  {
    id: 'vasterbotten',
    name: 'Västerbotten',
    organisation: 'Region Västerbotten',
    county: '24',
    window: ['2015-09-01', '2016-02-29'],
    end: '2018-06-15',
    municipalities: [
      ['umea', 'Umeå', '2480', 120, ['kaa', 'nyanlanda'], { legal: 'Umeå kommun', variant: 'en-tab' }],
      ['skelleftea', 'Skellefteå', '2482', 80, ['hogstadiet', 'kaa'], { legal: 'Skellefteå kommun' }],
      ['lycksele', 'Lycksele', '2481', 35, ['gymnasiet'], { legal: 'Lycksele kommun' }],
    ],
  },
  {
    id: 'ostergotland',
    name: 'Östergötland',
    organisation: 'Region Östergötland',
    county: '05',
    window: ['2015-09-01', '2016-03-31'],
    end: '2018-06-15',
    municipalities: [
      [
        'norrkoping',
        'Norrköping',
        '0581',
        130,
        ['nyanlanda', 'kaa'],
        { legal: 'Norrköpings kommun', variant: 'sv-excel', prefix: 'NKPG_' },
      ],
      ['linkoping', 'Linköping', '0580', 110, ['gymnasiet', 'hogstadiet'], { legal: 'Linköpings kommun' }],
      ['motala', 'Motala', '0583', 65, ['kaa'], { legal: 'Motala kommun' }],
      ['finspang', 'Finspång', '0562', 40, ['navet'], { legal: 'Finspångs kommun' }],
    ],
  },
  {
    id: 'kronoberg',
    name: 'Kronoberg',
    organisation: 'Region Kronoberg',
    county: '07',
    window: ['2015-10-01', '2016-02-29'],
    end: '2017-12-20',
    municipalities: [
      ['vaxjo', 'Växjö', '0780', 100, ['nyanlanda', 'gymnasiet'], { legal: 'Växjö kommun', variant: 'sv-excel' }],
      ['ljungby', 'Ljungby', '0781', 55, ['kaa'], { legal: 'Ljungby kommun' }],
      ['alvesta', 'Alvesta', '0764', 45, ['hogstadiet'], { legal: 'Alvesta kommun' }],
    ],
  },
  {
    id: 'gavleborg',
    name: 'Gävleborg',
    organisation: 'Region Gävleborg',
    county: '21',
    window: ['2015-09-01', '2016-01-31'],
    end: '2018-06-15',
    municipalities: [
      ['gavle', 'Gävle', '2180', 110, ['kaa', 'gymnasiet'], { legal: 'Gävle kommun', variant: 'sv-utf8-bom', kaaGender: true }],
      ['sandviken', 'Sandviken', '2181', 65, ['nyanlanda'], { legal: 'Sandvikens kommun' }],
      ['hudiksvall', 'Hudiksvall', '2184', 55, ['navet'], { legal: 'Hudiksvalls kommun' }],
    ],
  },
];

/** Per workshop kind: target groups, ages, share with an end date, outcome mix, dropout reasons. */
const KINDS = {
  gymnasiet: {
    targetGroups: ['1'],
    ages: [
      [16, 25],
      [17, 35],
      [18, 25],
      [19, 12],
      [20, 3],
    ],
    endShare: 0.7,
    intensiveShare: 0.3,
    dropoutShare: 0.12,
    outcomes: [
      ['national_programme', 30],
      ['introductory_programme', 20],
      ['adult_education', 8],
      ['folk_high_school', 5],
      ['employment', 8],
      ['apprenticeship', 4],
      ['internship', 5],
      ['labour_market_programme', 4],
      ['job_seeking', 4],
      ['inactive', 4],
      ['moved', 5],
      ['unknown', 3],
    ],
    reasons: [
      ['wrong_programme', 30],
      ['health', 25],
      ['moved', 15],
      ['employment', 10],
      ['other', 12],
      ['unknown', 8],
    ],
  },
  kaa: {
    targetGroups: ['2'],
    ages: [
      [16, 20],
      [17, 30],
      [18, 30],
      [19, 20],
    ],
    endShare: 0.75,
    intensiveShare: 0.35,
    outcomes: [
      ['adult_education', 20],
      ['folk_high_school', 10],
      ['national_programme', 15],
      ['introductory_programme', 10],
      ['employment', 15],
      ['apprenticeship', 4],
      ['internship', 8],
      ['labour_market_programme', 8],
      ['job_seeking', 5],
      ['inactive', 5],
      ['moved', 3],
      ['unknown', 2],
    ],
  },
  nyanlanda: {
    targetGroups: ['3'],
    ages: [
      [16, 15],
      [17, 25],
      [18, 25],
      [19, 18],
      [20, 10],
      [21, 7],
    ],
    endShare: 0.65,
    intensiveShare: 0.25,
    dropoutShare: 0.14,
    male: 0.66,
    outcomes: [
      ['introductory_programme', 30],
      ['national_programme', 25],
      ['adult_education', 18],
      ['folk_high_school', 5],
      ['employment', 6],
      ['internship', 5],
      ['labour_market_programme', 4],
      ['moved', 5],
      ['unknown', 2],
    ],
    reasons: [
      ['moved', 35],
      ['deported', 15],
      ['age_reassessed', 15],
      ['in_hiding', 10],
      ['other', 15],
      ['health', 10],
    ],
  },
  navet: {
    targetGroups: ['1', '2'],
    ages: [
      [16, 15],
      [17, 25],
      [18, 25],
      [19, 20],
      [20, 10],
      [21, 5],
    ],
    endShare: 0.7,
    intensiveShare: 0.3,
    dropoutShare: 0,
    outcomes: [
      ['adult_education', 18],
      ['folk_high_school', 8],
      ['national_programme', 18],
      ['introductory_programme', 12],
      ['employment', 14],
      ['apprenticeship', 4],
      ['internship', 8],
      ['labour_market_programme', 8],
      ['job_seeking', 5],
      ['inactive', 3],
      ['moved', 2],
    ],
  },
  hogstadiet: { targetGroups: ['1'], intensiveShare: 0.3 },
};

function splitSize(total, kinds) {
  if (kinds.length === 1) return [total];
  // The first workshop is the larger one.
  const first = Math.round(total * (kinds.length === 2 ? 0.58 : 0.42));
  if (kinds.length === 2) return [first, total - first];
  const second = Math.round((total - first) / 2);
  return [first, second, total - first - second];
}

function genderMix(rng, n, maleShare) {
  const male = Math.round(n * (maleShare + (rng.next() - 0.5) * 0.08));
  return [
    ['male', male],
    ['female', n - male],
  ];
}

/** Year-9 cohorts whose autumn start and spring end both fit the municipality's period. */
function cohorts(started, end) {
  return [2015, 2016, 2017].filter((y) => `${y}-09-30` >= started && `${y + 1}-06-10` <= end).slice(-2);
}

function buildMunicipality(region, [id, name, kommunkod, size, kinds, opts]) {
  const rng = createRng(`${region.id}/${id}`);
  const started = randomDate(rng, region.window[0], region.window[1]);
  const lastStart = addDays(region.end, -120);
  const prefix = opts.prefix ?? `${id}-`;
  let next = 1;
  const takeIds = (n) => Array.from({ length: n }, () => pseudonym(prefix, next++, opts.width ?? 4));
  const workshops = [];
  const participants = [];
  const grades = [];
  const dropouts = [];
  const contacts = [];
  const usedNames = new Set();
  const sizes = splitSize(size, kinds);

  kinds.forEach((kind, k) => {
    const spec = KINDS[kind];
    const wsName = workshopName(rng, kind, usedNames);
    const wsId = wsName.id;
    workshops.push({ id: wsId, name: wsName.name, target_groups: spec.targetGroups, kind });
    const n = sizes[k];
    if (kind === 'hogstadiet') {
      const years = cohorts(started, region.end);
      years.forEach((y, c) => {
        const cohortSize = c === years.length - 1 ? n - Math.floor(n / years.length) * (years.length - 1) : Math.floor(n / years.length);
        const pupils = makeParticipants(rng, {
          ids: takeIds(cohortSize),
          workshop: wsId,
          targetGroup: '1',
          genders: genderMix(rng, cohortSize, 0.54),
          start: () =>
            rng.chance(0.9)
              ? randomDate(rng, maxDate(started, `${y}-08-17`), `${y}-09-30`)
              : randomDate(rng, `${y + 1}-01-09`, `${y + 1}-02-15`),
          ages: [[15, 1]],
        });
        for (const p of pupils) {
          p.birth_year = y - 15; // the cohort's birth year, also for pupils who joined in January
          p.intensive_support = rng.chance(spec.intensiveShare);
          const weak = p.intensive_support;
          const change = rng.weighted(
            weak
              ? [
                  ['raised', 70],
                  ['kept', 20],
                  ['lowered', 10],
                ]
              : [
                  ['raised', 50],
                  ['kept', 35],
                  ['lowered', 15],
                ],
          );
          let ability = weak ? 0.08 + rng.next() * 0.37 : 0.2 + rng.next() * 0.65;
          if (change === 'lowered') ability = Math.max(ability, 0.35);
          const first = firstTermSheet(rng, ability, { sva: rng.chance(0.1), modernLanguage: rng.chance(0.65) });
          const last = lastTermSheet(rng, first, change, { focusCore: weak });
          const autumnStart = p.start_date < `${y + 1}-01-01`;
          if (autumnStart) grades.push(...gradeRows(p.participant_id, `HT${y}`, first));
          grades.push(...gradeRows(p.participant_id, `VT${y + 1}`, autumnStart ? last : first));
          if (rng.chance(0.9)) {
            p.end_date = `${y + 1}-06-10`;
            p.exit_outcome = isEligible(autumnStart ? last : first) ? 'national_programme' : 'introductory_programme';
          }
        }
        participants.push(...pupils);
      });
      return;
    }
    const group = makeParticipants(rng, {
      ids: takeIds(n),
      workshop: wsId,
      targetGroup: spec.targetGroups.length === 1 ? spec.targetGroups[0] : () => (rng.chance(0.4) ? '1' : '2'),
      genders: genderMix(rng, n, spec.male ?? 0.55),
      start: () => randomDate(rng, started, lastStart),
      ages: spec.ages,
    });
    for (const p of group) {
      p.intensive_support = rng.chance(spec.intensiveShare);
      if (rng.chance(spec.endShare)) {
        p.end_date = randomDate(rng, addDays(p.start_date, 45), minDate(addDays(p.start_date, 540), region.end));
        p.exit_outcome = rng.weighted(spec.outcomes);
      }
      if (spec.dropoutShare && rng.chance(spec.dropoutShare)) {
        const from = addDays(p.start_date, 14);
        const until = minDate(p.end_date ?? region.end, region.end);
        if (from <= until) {
          const date = randomDate(rng, from, until);
          const back =
            addDays(date, 7) <= region.end && rng.chance(0.3)
              ? randomDate(rng, addDays(date, 7), minDate(addDays(date, 60), region.end))
              : undefined;
          dropouts.push({ participant_id: p.participant_id, date, reason: rng.weighted(spec.reasons), returned_date: back });
        }
      }
    }
    participants.push(...group);
  });

  const hasKaaWorkshop = kinds.some((k) => k === 'kaa' || k === 'navet');
  const hasKaaFile = hasKaaWorkshop && !opts.noKaaFile;
  if (hasKaaFile) {
    const gender = (g) => (opts.kaaGender ? g : undefined);
    const listed = participants.filter((p) => p.target_group === '2');
    for (const p of listed) {
      contacts.push(
        ...kaaSeries(rng, p.participant_id, {
          outcome: 'reached',
          from: started,
          until: region.end,
          reachBy: p.start_date,
          gender: gender(p.gender),
          followUps: rng.int(0, 2),
        }),
      );
    }
    const extra = Math.round(listed.length * (0.2 + rng.next() * 0.3));
    for (let i = 0; i < extra; i += 1) {
      const personId = pseudonym(opts.prefix ? `${opts.prefix}K` : `${id}-k`, i + 1, opts.width ?? 4);
      const outcome = rng.weighted([
        ['reached', 60],
        ['declined', 20],
        ['never', 20],
      ]);
      const reachBy = randomDate(rng, addDays(started, 14), lastStart);
      contacts.push(
        ...kaaSeries(rng, personId, {
          outcome,
          from: started,
          until: region.end,
          reachBy,
          gender: gender(rng.chance(0.55) ? 'male' : 'female'),
        }),
      );
    }
  }
  const hasDropoutFile = kinds.some((k) => k === 'gymnasiet' || k === 'nyanlanda') && !opts.noDropouts;

  participants.sort((a, b) => (a.participant_id < b.participant_id ? -1 : 1));
  const files = { participants };
  if (grades.length) files.grades = grades;
  if (hasDropoutFile) files.dropouts = sortByPersonAndDate(dropouts, 'participant_id', 'date');
  if (hasKaaFile) files.kaa_contacts = sortByPersonAndDate(contacts, 'person_id', 'contact_date');

  const texts = municipalityTexts(rng, {
    id,
    name,
    legal: opts.legal,
    web: opts.web ?? `${id.replace(/-/g, '')}.se`,
    region,
    workshops,
    files,
  });
  return {
    config: {
      id,
      name,
      kommunkod,
      started,
      workshops: workshops.map((w) => ({
        id: w.id,
        name: w.name,
        target_groups: w.target_groups,
        description: texts.workshopDescriptions[w.id],
      })),
      narrative: texts.narrative,
      quotes: texts.quotes,
      ...(texts.interview ? { interview: texts.interview } : {}),
      contact: texts.contact,
    },
    files,
    variant: opts.variant ?? 'en',
    kaaColumns: opts.kaaGender ? undefined : ['person_id', 'contact_date', 'channel', 'result'],
  };
}

export function buildSyntheticRegions() {
  return REGIONS.map((region) => {
    const municipalities = region.municipalities.map((m) => buildMunicipality(region, m));
    // Synthetic costs everywhere but Kronoberg's first municipality: its brochure shows the note
    // of an estimate left out, and Kronoberg's report the note of a region whose parts lack a cost.
    municipalities.forEach((m, i) => {
      if (region.id !== 'kronoberg' || i > 0) m.config.economics = { cost: syntheticCost(m.files.participants.length) };
    });
    const rng = createRng(`${region.id}/region`);
    return {
      config: {
        id: region.id,
        name: region.name,
        organisation: region.organisation,
        county_code: region.county,
        report_year: 2018,
        municipalities: municipalities.map((m) => m.config.id),
        synthetic: true,
        narrative: regionNarrative(rng, region, municipalities),
        economics: { assumptions: SYNTHETIC_ASSUMPTIONS },
      },
      municipalities,
    };
  });
}
