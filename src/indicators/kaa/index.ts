// Indicator 5 (contract §7.5): the municipal activity responsibility (KAA) list and its contacts,
// from the optional kaa_contacts.csv. The list belongs to the municipality, not to a workshop.
import type { MunicipalityData } from '../../schema/municipality-data.js';
import type { Indicator } from '../indicator.js';
import type { Cell } from '../table.js';
import { kaaSection } from './section.js';
import en from './copy.en.json' with { type: 'json' };
import sv from './copy.sv.json' with { type: 'json' };
import { kaaFigures } from './compute.js';
import { kaaRelations } from './relations.js';
import type { KaaFigures } from './types.js';

export const kaa: Indicator<'kaa', KaaFigures, NonNullable<MunicipalityData['kaaContacts']>, KaaFigures<Cell>> = {
  key: 'kaa',
  level: 'municipality',
  prepare: (data) => data.kaaContacts,
  compute: (_persons, contacts, participantsById) => kaaFigures(contacts, participantsById),
  empty: () => null,
  section: kaaSection,
  relations: kaaRelations,
  copy: { sv, en },
  decimals: ['attemptsPerPerson'] satisfies Array<keyof KaaFigures>,
};
