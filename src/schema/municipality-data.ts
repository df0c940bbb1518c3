// One municipality's validated data as the indicators receive it: records, or for the two large
// tables the column stores validation collects. Its own module so that the record types and the
// column stores (which are built from records) do not import each other.
import type { GradeTable } from './grade-table.js';
import type { KaaTable } from './kaa-table.js';
import type { DropoutRecord, GradeRecord, KaaContactRecord, Participant } from './records.js';

/**
 * One municipality's validated data, handed to the indicator computation. An optional file that
 * does not exist is `undefined` (the indicator is left out); an existing file with no rows has none
 * (the indicator is 0).
 */
export interface MunicipalityData {
  regionId: string;
  municipalityId: string;
  participants: Participant[];
  /** Validation collects a GradeTable (columns); tests may give the records themselves. */
  grades?: GradeTable | readonly GradeRecord[];
  dropouts?: DropoutRecord[];
  /** Validation collects a KaaTable (columns); tests may give the records themselves. */
  kaaContacts?: KaaTable | readonly KaaContactRecord[];
}
