// Generated Swedish narrative for the synthetic regions: a few sentence patterns per topic, filled
// with each municipality's workshops and the figures of its own generated data, so that the
// synthetic reports read plausibly and never contradict their tables.

const p = (...paragraphs) => paragraphs.filter(Boolean).join('\n\n');

export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Swedish thousands separator: a narrow no-break space (design brief, "Numbers"). */
export function formatInt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
}

/**
 * The default disclosure threshold N (data contract §7). Free text is published too: it never
 * states a count from 1 to N−1 (validate's narrative.small-count), so a sentence that would is
 * written without its numbers or left out. No random draw depends on this, so the data stays.
 */
const MIN_COUNT = 5;
const publishable = (...counts) => counts.every((c) => c === 0 || c >= MIN_COUNT);

function percent(part, whole) {
  return Math.round((100 * part) / whole);
}

function listSwedish(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const WORKSHOP_NAMES = {
  gymnasiet: ['Närvaroteamet', 'Studieverkstaden', 'Mentorskap på gymnasiet', 'Skolbryggan', 'Vägval', 'Plug In-rummet'],
  hogstadiet: ['Högstadiebron', 'Steget till gymnasiet', 'Behörighetslyftet', 'Vägledning i årskurs 9'],
  kaa: ['KAA-teamet', 'Ungdomsporten', 'Uppsökande team', 'Kompassen', 'Unga vuxna-teamet'],
  nyanlanda: ['Språkbron', 'Vägen till behörighet', 'Språk och praktik', 'Välkomstteamet', 'Nyanländas lärväg'],
  navet: ['Navet', 'Mötesplats unga', 'Ungdomstorget', 'Ungdomsslussen'],
};

export function workshopName(rng, kind, used) {
  const free = WORKSHOP_NAMES[kind].filter((n) => !used.has(n));
  const name = rng.pick(free);
  used.add(name);
  return { id: slugify(name), name };
}

const DESCRIPTIONS = {
  gymnasiet: [
    (w) =>
      `${w} riktade sig till gymnasieelever som riskerade att avbryta sina studier. Närvaron följdes upp varje vecka och varje elev fick en kontaktperson som samordnade stödet.`,
    (w) =>
      `I ${w} fick elever med hög frånvaro eller många ofullständiga kurser en individuell plan, studiestöd och tät kontakt med hemmet.`,
  ],
  hogstadiet: [
    (w) =>
      `${w} arbetade med elever i årskurs 9 som riskerade att inte bli behöriga till gymnasieskolan: extra tid i kärnämnena, studie- och yrkesvägledning och fördjupat stöd för dem som behövde det mest.`,
    (w) => `Genom ${w} fick elever i årskurs 9 hjälp att planera sina studier, läxstöd och besök på gymnasieskolor och arbetsplatser.`,
  ],
  kaa: [
    (w) =>
      `${w} sökte upp unga inom det kommunala aktivitetsansvaret med brev, sms, telefonsamtal och hembesök och erbjöd vägledning, praktik eller studier.`,
    (w) =>
      `Inom ${w} fick unga som varken studerade eller arbetade en egen kontaktperson som följde dem tills de var på väg mot studier eller arbete.`,
  ],
  nyanlanda: [
    (w) =>
      `${w} gav nyanlända ungdomar språkstöd, studiehandledning på modersmålet och kontakt med arbetslivet, för att de snabbare skulle bli behöriga.`,
    (w) => `I ${w} kombinerades svenskundervisning med praktik och samhällsorientering för nyanlända unga.`,
  ],
  navet: [
    (w) =>
      `${w} samlade skola, socialtjänst, arbetsmarknadsenhet och ungdomsmottagning på ett ställe, så att unga kunde få stöd utan att slussas mellan verksamheter.`,
    (w) =>
      `${w} var en gemensam mötesplats där unga i riskzonen och unga inom aktivitetsansvaret fick vägledning, coachning och hjälp tillbaka till studier eller arbete.`,
  ],
};

const IMPLEMENTATION = [
  (m) => `Arbetssättet ingår i dag i ${m.legal}s ordinarie verksamhet, och rutinerna har skrivits in i kommunens handlingsplan.`,
  (m) =>
    `Efter projektet finansieras ${m.first} inom ordinarie budget. Samverkansrutinerna mellan skola, socialtjänst och arbetsmarknadsenhet finns kvar.`,
  (_m) => `Kommunen har beslutat att behålla den nya kontaktpersonsrollen och att följa upp deltagarna på samma sätt även framöver.`,
  (_m) =>
    `Delar av arbetet lever vidare: uppföljningsrutinerna och samverkansgruppen finns kvar, medan de extra tjänsterna upphörde när projektet slutade.`,
];

const QUOTES = {
  gymnasiet: [
    { text: 'Jag hade nästan slutat gå till skolan. Nu har jag en plan och någon som frågar hur det går.', role: 'elev, 17 år' },
    { text: 'Vi ser frånvaron tidigare och kan agera innan eleven har tappat för mycket.', role: 'mentor på gymnasieskolan' },
  ],
  hogstadiet: [
    { text: 'Jag fick hjälp med matten varje vecka och klarade till slut ett godkänt betyg.', role: 'elev i årskurs 9' },
    { text: 'Eleverna vet mer om vad de väljer, och färre väljer bara det kompisarna väljer.', role: 'studie- och yrkesvägledare' },
  ],
  kaa: [
    { text: 'De slutade inte höra av sig, och till slut svarade jag.', role: 'ungdom inom KAA, 19 år' },
    { text: 'Ett hembesök säger ofta mer än tio brev.', role: 'KAA-samordnare' },
  ],
  nyanlanda: [
    { text: 'Praktiken gjorde att jag fick prata svenska varje dag.', role: 'elev på språkintroduktion, 18 år' },
    {
      text: 'Studiehandledningen på modersmålet gör att eleverna inte tappar ämneskunskaperna medan svenskan växer.',
      role: 'studiehandledare',
    },
  ],
  navet: [
    { text: 'Jag behövde bara gå till ett ställe.', role: 'ungdom, 20 år' },
    { text: 'När alla sitter i samma hus tar det dagar i stället för månader att få till ett gemensamt möte.', role: 'socialsekreterare' },
  ],
};

const EDUCATION_OR_WORK = new Set([
  'national_programme',
  'introductory_programme',
  'adult_education',
  'folk_high_school',
  'employment',
  'apprenticeship',
]);

/** The figures the results text mentions, computed from the generated rows. */
function summarise(files) {
  const ps = files.participants;
  const exited = ps.filter((x) => x.end_date);
  const summary = {
    n: ps.length,
    women: ps.filter((x) => x.gender === 'female').length,
    men: ps.filter((x) => x.gender === 'male').length,
    exited: exited.length,
    eduWork: exited.filter((x) => EDUCATION_OR_WORK.has(x.exit_outcome)).length,
  };
  if (files.kaa_contacts) {
    const persons = new Set(files.kaa_contacts.map((c) => c.person_id));
    const contacted = new Set(files.kaa_contacts.filter((c) => c.result !== 'not_reached').map((c) => c.person_id));
    const ids = new Set(ps.map((x) => x.participant_id));
    summary.kaa = { listed: persons.size, contacted: contacted.size, inInterventions: [...persons].filter((id) => ids.has(id)).length };
  }
  if (files.dropouts) {
    summary.dropouts = new Set(files.dropouts.map((d) => d.participant_id)).size;
  }
  return summary;
}

export function municipalityTexts(rng, { name, legal, web, region, workshops, files }) {
  const s = summarise(files);
  const names = workshops.map((w) => w.name);
  const workshopDescriptions = {};
  const doneSentences = [];
  for (const w of workshops) {
    // The workshop's description and the "what we did" text use different patterns.
    const [described, told] = rng.shuffle(DESCRIPTIONS[w.kind]);
    workshopDescriptions[w.id] = described(w.name);
    doneSentences.push(told(w.name));
  }
  const intro = rng.pick([
    `${name} deltog i Plug In 2.0 med ${workshops.length === 1 ? 'en lokal projektverkstad' : `${workshops.length} lokala projektverkstäder`}: ${listSwedish(names)}.`,
    `I ${name} bedrevs arbetet i ${listSwedish(names)}, med stöd av ${region.organisation}.`,
  ]);
  const results = [
    publishable(s.n, s.women, s.men)
      ? `Under projekttiden deltog ${formatInt(s.n)} unga, ${s.women} kvinnor och ${s.men} män.`
      : publishable(s.n)
        ? `Under projekttiden deltog ${formatInt(s.n)} unga.`
        : 'Under projekttiden deltog ett fåtal unga.',
  ];
  if (s.exited > 0 && publishable(s.exited, s.eduWork))
    results.push(
      `Av de ${s.exited} som avslutade sitt deltagande gick ${percent(s.eduWork, s.exited)} procent vidare till studier eller arbete.`,
    );
  if (s.kaa)
    results.push(
      publishable(s.kaa.listed, s.kaa.contacted, s.kaa.inInterventions)
        ? `Av ${s.kaa.listed} unga på KAA-listan fick verksamheten kontakt med ${s.kaa.contacted}, och ${s.kaa.inInterventions} deltog i insatser.`
        : 'Verksamheten sökte upp de unga på KAA-listan, och flera av dem deltog i insatser.',
    );
  if (files.grades)
    results.push(
      'Betygen följdes upp terminsvis för eleverna i årskurs 9, och flera elever blev behöriga till gymnasieskolan under sitt sista läsår.',
    );
  if (s.dropouts !== undefined)
    results.push(
      s.dropouts === 0
        ? 'Ingen deltagare avbröt sina studier under projekttiden.'
        : publishable(s.dropouts)
          ? `${s.dropouts} deltagare avbröt sina studier någon gång under projekttiden.`
          : 'Ett fåtal deltagare avbröt sina studier någon gång under projekttiden.',
    );
  const quotes = rng.shuffle(workshops.flatMap((w) => QUOTES[w.kind])).slice(0, rng.int(1, 2));
  const texts = {
    workshopDescriptions,
    narrative: {
      what_we_did: p(intro, doneSentences.join(' ')),
      results: results.join(' '),
      implementation: rng.pick(IMPLEMENTATION)({ legal, first: names[0] }),
    },
    quotes,
    contact: {
      organisation: `${rng.pick(['Utbildningsförvaltningen', 'Förvaltningen för utbildning och arbetsmarknad', 'Barn- och utbildningsförvaltningen'])}, ${legal}`,
      // A function's mailbox, never a person's (the back page's contact).
      function: 'Kontaktcenter',
      email: `kontaktcenter@${web}`,
      web: `https://${web}`,
    },
  };
  if (rng.chance(0.3)) {
    texts.interview = {
      title: `Projektverkstaden i ${name}`,
      role: 'lokal projektledare',
      text: p(
        '**Vad gjorde störst skillnad?**',
        rng.pick([
          'Att vi hade tid att följa varje ungdom hela vägen, i stället för att lämna över till nästa verksamhet.',
          'Att skolan, socialtjänsten och arbetsmarknadsenheten började planera tillsammans.',
        ]),
        '**Vad tar ni med er?**',
        rng.pick([
          'Att uppföljning måste vara en rutin och inte bero på enskilda personer.',
          'Att de unga själva vet vad som fungerar, om vi frågar dem.',
        ]),
      ),
    };
  }
  return texts;
}

export function regionNarrative(rng, region, municipalities) {
  const names = municipalities.map((m) => m.config.name);
  const total = municipalities.reduce((sum, m) => sum + m.files.participants.length, 0);
  const groups = new Set(municipalities.flatMap((m) => m.files.participants.map((x) => x.target_group)));
  const groupText = listSwedish([...groups].sort().map((g) => `målgrupp ${g}`));
  const count = municipalities.length;
  const org = region.organisation;
  return {
    summary: p(
      `${org} samordnade Plug In 2.0 i ${count} kommuner: ${listSwedish(names)}. Sammanlagt deltog ${formatInt(total)} unga i de lokala projektverkstäderna, som arbetade med ${groupText}.`,
      rng.pick([
        'De flesta verksamheterna lever kvar i ordinarie form efter projektet.',
        'Flera av verkstäderna har blivit permanenta, andra har gett underlag för nya samverkansformer.',
      ]),
    ),
    purpose: rng.pick([
      `Regionen ville stärka kommunernas arbete med unga som riskerar att hamna utanför studier och arbete, och ta vara på erfarenheterna från den första omgången av Plug In.`,
      `Deltagandet var ett sätt att ge kommunerna i ${region.name} stöd i ett gemensamt utvecklingsarbete mot studieavbrott, i en tid med ökande antal nyanlända unga.`,
    ]),
    goals:
      'Målen följde projektets nationella mål: fler unga ska fullfölja gymnasieskolan, färre ska finnas inom det kommunala aktivitetsansvaret utan sysselsättning och nyanlända ska snabbare bli behöriga. Varje kommun formulerade egna delmål utifrån sina behov.',
    steering: rng.pick([
      'Regionen lät kommunerna själva välja målgrupp utifrån sina behov, men krävde att varje verkstad hade en plan för implementering.',
      'Regionen styrde inte målgrupperna i detalj. Kommunerna valde inriktning efter en gemensam nulägesanalys.',
    ]),
    regional_link: `Verkstäderna knöt an till regionens arbete med kompetensförsörjning och utbildning. Kommunernas projektledare träffades regelbundet i ett regionalt nätverk som ${org} ledde.`,
    results_regional: `${formatInt(total)} unga deltog i ${count} kommuner. Resultaten för varje kommun redovisas i kapitlet om de lokala projektverkstäderna.`,
    results_knowledge: rng.pick([
      'Kommunerna har fått bättre rutiner för att följa upp frånvaro och för att hålla kontakt med unga inom aktivitetsansvaret.',
      'Samverkan mellan skola, socialtjänst och arbetsmarknadsenheter har blivit mer strukturerad, och flera kommuner har tagit fram gemensamma processkartor.',
    ]),
    management:
      'Den regionala projektledningen höll i nätverksträffar, besökte verkstäderna och stödde kommunerna i uppföljning och redovisning.',
    support:
      'Kommunerna fick stöd med projektplaner, uppföljning av indikatorer och ESF-administration, och regionen förmedlade kontakter mellan verkstäder som arbetade med samma målgrupp.',
    methods:
      'Verkstäderna använde bland annat motiverande samtal, individuella planer, coachning och studiehandledning. Regionen anordnade utbildningar i projektledning och i ESF:s horisontella principer.',
    success_factors: rng.pick([
      'Tid för varje ungdom och en kontaktperson som följde hela vägen gjorde störst skillnad.',
      'Tydliga mål från början och chefer som tog ansvar för implementeringen var avgörande.',
    ]),
    patterns:
      'Verkstäder med samma målgrupp mötte liknande hinder, men förutsättningarna skilde sig mellan större och mindre kommuner. De mindre kommunerna hade kortare beslutsvägar, de större fler aktörer att samordna.',
    strategy:
      'Regionen har arbetat för att resultaten ska tas upp i ordinarie styrdokument och i det regionala samarbetet om utbildning och arbetsmarknad.',
    dissemination:
      'Resultaten har spridits vid regionala konferenser, i nätverk för studie- och yrkesvägledare och KAA-ansvariga och genom SKL:s nationella träffar.',
    reflections: rng.pick([
      'Det tar längre tid än väntat att förändra arbetssätt, men när chefer och politiker är med från början lever arbetet vidare.',
      'Nätverket mellan kommunerna har varit lika värdefullt som själva verkstäderna.',
    ]),
  };
}
