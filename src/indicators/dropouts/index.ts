// Indicator 3 (contract §7.3): interruptions of studies, from the optional dropouts.csv.
import { DROPOUT_REASON_LABELS, type DropoutReason } from '../../schema/codes.js';
import type { DropoutRecord } from '../../schema/records.js';
import type { Indicator } from '../indicator.js';
import type { Cell } from '../table.js';
import { dropoutSection } from './section.js';
import en from './copy.en.json' with { type: 'json' };
import sv from './copy.sv.json' with { type: 'json' };
import { dropoutFigures, latestDropouts } from './compute.js';
import { dropoutRelations } from './relations.js';
import type { DropoutFigures } from './types.js';

export const dropouts: Indicator<'dropouts', DropoutFigures, Map<string, DropoutRecord>, DropoutFigures<Cell>> = {
  key: 'dropouts',
  level: 'workshop',
  prepare: (data) => (data.dropouts ? latestDropouts(data.dropouts) : undefined),
  compute: (persons, latest) => dropoutFigures(persons, latest),
  empty: () => null,
  section: dropoutSection,
  relations: dropoutRelations,
  copy: { sv, en },
  codeLabels: { byReason: (code) => DROPOUT_REASON_LABELS[code as DropoutReason] },
};
