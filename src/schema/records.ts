// Typed records of the four CSV files (data contract §3–§6), as the rest of the tool sees them
// after ingest and row validation. The column specifications (names, aliases, value rules) live in
// ./csv.ts; these are the shapes that come out.
import type { DropoutReason, Gender, Grade, KaaChannel, KaaResult, OutcomeCode, Subject, TargetGroup } from './codes.js';

/** Where a value came from: 1-based line of the file (the header is line 1). */
export interface Located {
  line: number;
}

export interface Participant extends Located {
  id: string;
  workshop: string;
  targetGroup: TargetGroup;
  gender: Gender;
  birthYear: number;
  startDate: string; // YYYY-MM-DD
  endDate?: string;
  exitOutcome?: OutcomeCode;
  intensiveSupport: boolean;
}

export interface GradeRecord extends Located {
  participantId: string;
  /** As written after normalising, e.g. "HT2016". */
  term: string;
  /** Sortable: year * 2, +1 for HT (autumn follows spring of the same year). */
  termOrder: number;
  subject: Subject;
  grade: Grade;
}

export interface DropoutRecord extends Located {
  participantId: string;
  date: string;
  reason: DropoutReason;
  returnedDate?: string;
}

export interface KaaContactRecord extends Located {
  personId: string;
  contactDate: string;
  channel: KaaChannel;
  result: KaaResult;
  /** Optional extension column `gender` [kon]: lets KAA persons who are not participants be split by gender. */
  gender?: Gender;
}

export type CsvFileKind = 'participants' | 'grades' | 'dropouts' | 'kaa_contacts';
