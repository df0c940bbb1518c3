// Hand-made municipalities for the brochure tests, computed through the real indicator code so the
// model sees exactly the Unit shapes `brochures` will hand it. Bromölla mirrors its published
// figures (KAA 103 / 102 / 90; grades 103 measurable, 92 % raised or kept, 35 with intensive
// support of whom 25 raised); Klippan has participants and dropouts only.
import { computeMunicipality } from '../../../indicators/index.js';
import type { Unit } from '../../../indicators/types.js';
import type { Grade, Subject } from '../../../schema/codes.js';
import type { MunicipalityConfig, ProjectConfig, RegionConfig } from '../../../schema/config.js';
import type { DropoutRecord, GradeRecord, KaaContactRecord, MunicipalityData, Participant } from '../../../schema/records.js';

let line = 1;

export const project: ProjectConfig = {
  name: 'Plug In 2.0',
  esf_case_number: '2015/00665',
  owner: 'Sveriges Kommuner och Landsting',
  owner_short: 'SKL',
  period: { start: '2015-03-01', end: '2018-12-31' },
  regions: ['skane'],
};

export const region: RegionConfig = {
  id: 'skane',
  name: 'Skåne',
  organisation: 'Kommunförbundet Skåne',
  county_code: '12',
  report_year: 2018,
  municipalities: ['bromolla', 'klippan'],
};

function person(id: string, workshop: string, targetGroup: '1' | '2' | '3', female: boolean, extra: Partial<Participant> = {}): Participant {
  return {
    line: ++line,
    id,
    workshop,
    targetGroup,
    gender: female ? 'female' : 'male',
    birthYear: 2000,
    startDate: '2016-08-20',
    intensiveSupport: false,
    ...extra,
  };
}

function termGrades(participantId: string, term: string, order: number, grade: Grade): GradeRecord[] {
  const subjects: Subject[] = ['SV', 'EN', 'MA', 'BI', 'GE', 'HI', 'SH', 'IDH'];
  return subjects.map((subject) => ({ line: ++line, participantId, term, termOrder: order, subject, grade }));
}

export const bromollaConfig: MunicipalityConfig = {
  id: 'bromolla',
  name: 'Bromölla',
  kommunkod: '1272',
  started: '2015-09-01',
  workshops: [
    { id: 'verkstad-1', name: 'Verkstad 1 – KAA', target_groups: ['2'], description: 'Uppsökande arbete med **alla** ungdomar på KAA-listan.' },
    { id: 'verkstad-2', name: 'Verkstad 2 – skolan', target_groups: ['1'] },
  ],
  narrative: {
    what_we_did: 'Vi kartlade alla ungdomar och erbjöd <script>alert(1)</script> stöd.',
    results: 'Resultaten blev bättre än vi hoppats.',
  },
  quotes: [
    { text: 'Äntligen såg någon mig <b>på riktigt</b>', role: 'elev, 17 år' },
    { text: 'Vi arbetar tillsammans nu.', role: 'rektor' },
  ],
  interview: { title: 'Samverkan gjorde skillnad', role: 'KAA-samordnare', text: '**Vad var viktigast?** Att vi träffade alla.' },
  baseline: [{ label: 'elever på skolan', value: 1000, approximate: true }],
  contact: { organisation: 'Utbildningsförvaltningen, Bromölla kommun', web: 'www.bromolla.se' },
};

export function bromollaData(): MunicipalityData {
  const participants: Participant[] = [];
  const grades: GradeRecord[] = [];
  const kaaContacts: KaaContactRecord[] = [];
  // 90 KAA participants (45 women), all reached; 13 more on the list who are not participants,
  // 12 of them reached → listed 103, contacted 102, in interventions 90.
  for (let i = 0; i < 90; i++) {
    const id = `k${i}`;
    participants.push(person(id, 'verkstad-1', '2', i % 2 === 0, { birthYear: 1998 }));
    kaaContacts.push({ line: ++line, personId: id, contactDate: '2016-09-10', channel: 'phone', result: 'reached' });
  }
  for (let i = 0; i < 13; i++) {
    kaaContacts.push({
      line: ++line,
      personId: `x${i}`,
      contactDate: '2016-09-12',
      channel: 'letter',
      result: i === 0 ? 'not_reached' : 'declined',
      gender: i % 2 === 0 ? 'female' : 'male',
    });
  }
  // 103 pupils with grades in HT2016 and VT2017: 60 raised, 35 kept, 8 lowered; 35 with intensive
  // support, 25 of whom raised.
  for (let i = 0; i < 103; i++) {
    const id = `s${i}`;
    const change = i < 60 ? 'raised' : i < 95 ? 'kept' : 'lowered';
    const intensive = i < 25 || (i >= 60 && i < 70);
    participants.push(person(id, 'verkstad-2', '1', i % 2 === 1, { intensiveSupport: intensive, startDate: '2016-08-20' }));
    const first: Grade = change === 'lowered' ? 'C' : 'E';
    const last: Grade = change === 'raised' ? 'C' : 'E';
    grades.push(...termGrades(id, 'HT2016', 2016 * 2 + 1, first), ...termGrades(id, 'VT2017', 2017 * 2, last));
  }
  return { regionId: 'skane', municipalityId: 'bromolla', participants, grades, kaaContacts };
}

export const klippanConfig: MunicipalityConfig = {
  id: 'klippan',
  name: 'Klippan',
  kommunkod: '1276',
  workshops: [{ id: 'verkstad', name: 'Mentorskap på gymnasiet', target_groups: ['1'] }],
};

export function klippanData(): MunicipalityData {
  const participants: Participant[] = [];
  for (let i = 0; i < 24; i++) participants.push(person(`p${i}`, 'verkstad', '1', i < 11, { startDate: '2015-08-20' }));
  const dropouts: DropoutRecord[] = [{ line: ++line, participantId: 'p3', date: '2016-02-01', reason: 'wrong_programme' }];
  return { regionId: 'skane', municipalityId: 'klippan', participants, dropouts };
}

export function bromollaUnit(): Unit {
  return computeMunicipality(bromollaData(), bromollaConfig);
}

export function klippanUnit(): Unit {
  return computeMunicipality(klippanData(), klippanConfig);
}
