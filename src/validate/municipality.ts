// One municipality's CSV files, read in dependency order: participants.csv first (the others refer
// to it), then grades, dropouts and kaa_contacts. Returns its records when a consumer wants them.
// Sync stat and small reads on purpose: validation is sequential anyway, and a synchronous call
// avoids a round trip through libuv's thread pool per file (it dominated small folders' wall time).
import type { DataFolder } from '../boundary/data-folder.js';
import { readChecked } from '../boundary/read.js';
import type { Workshop } from '../schema/config.js';
import { CSV_SPECS } from '../schema/csv.js';
import type { CsvFileKind, DropoutRecord } from '../schema/records.js';
import type { MunicipalityData } from '../schema/municipality-data.js';
import { GradeTable } from '../schema/grade-table.js';
import { KaaTable } from '../schema/kaa-table.js';
import { readTable, type RowHandler, type TableLayout } from '../ingest/table.js';
import { readXlsxTable } from '../ingest/xlsx.js';
import { MAX_XLSX_BYTES } from '../boundary/limits.js';
import type { FindingCollector } from './collector.js';
import { RULE } from './rules.js';
import { ParticipantIndex } from './participant-index.js';
import { participantRows, type Period } from './participants.js';
import { dropoutRows, gradeRows, kaaRows, type ReferenceContext } from './references.js';
import { countPersonnummer, type PersonnummerCount } from './personnummer-present.js';

export interface MunicipalityInput {
  regionId: string;
  municipalityId: string;
  /** Absolute (or cwd-relative) folder of the municipality. */
  dir: string;
  /** The same folder relative to the data folder, with '/', for findings. */
  relDir: string;
  /** The declared workshops; undefined when municipality.yaml gives none that can be read. */
  workshops: readonly Workshop[] | undefined;
  period: Period | undefined;
  /** Keep the records (for a consumer); false when only validating. */
  collect: boolean;
  findings: FindingCollector;
  /** The data folder `relDir` is relative to: every file is read through its boundary. */
  folder: DataFolder;
  /** Whether the data folder lies inside a Git work tree: personnummer ids are then warned of. */
  insideGitWorkTree: boolean;
}

export interface MunicipalityResult {
  data: MunicipalityData;
  /** Whether participants.csv existed and had every required column. */
  participantsUsable: boolean;
  files: number;
  rows: number;
}

/** Files up to this size are read in one go (fewer system calls); bigger ones are streamed. */
const WHOLE_FILE_BYTES = 1 << 20;

export async function validateMunicipality(input: MunicipalityInput): Promise<MunicipalityResult> {
  const { findings, collect } = input;
  const index = new ParticipantIndex();
  const data: MunicipalityData = { regionId: input.regionId, municipalityId: input.municipalityId, participants: [] };
  let files = 0;
  let rows = 0;
  let participantsMissing = false;

  const read = async (kind: CsvFileKind, handler: (layout: TableLayout, file: string) => RowHandler) => {
    const spec = CSV_SPECS[kind];
    const csvFile = `${input.relDir}/${spec.fileName}`;
    const table = spec.fileName.replace(/\.csv$/, '');
    const xlsxFile = `${input.relDir}/${table}.xlsx`;
    // A table as CSV or as an Excel workbook (contract v1.2 §9), never both: which would be meant?
    const hasXlsx = input.folder.inspect(xlsxFile).kind !== 'missing';
    const xlsx = hasXlsx && input.folder.inspect(csvFile).kind === 'missing';
    if (hasXlsx && !xlsx) findings.raise(RULE.csv.bothForms, xlsxFile, { table });
    const file = xlsx ? xlsxFile : csvFile;
    // Through the data folder's boundary (src/boundary): location, type, encoding or zip directory, caps.
    const opened = xlsx
      ? readChecked(input.folder, file, { format: 'XLSX', wholeFileBytes: MAX_XLSX_BYTES, maxBytes: MAX_XLSX_BYTES }, findings)
      : readChecked(input.folder, file, { format: 'CSV', wholeFileBytes: WHOLE_FILE_BYTES, header: true }, findings);
    if (opened.kind === 'missing') {
      if (kind === 'participants') participantsMissing = true;
      return undefined;
    }
    files++;
    if (opened.kind === 'failed') return undefined;
    if (opened.kind === 'directory') {
      // A folder named like the export must not pass as "no data": the indicator would vanish.
      findings.raise(RULE.csv.notAFile, file, { fileName: file.slice(file.lastIndexOf('/') + 1) });
      return undefined;
    }
    // Set when the header is read (a holder: TypeScript cannot see the assignment in the callback).
    const personnummer: { count?: PersonnummerCount } = {};
    try {
      const onLayout = (layout: TableLayout) => {
        const rowHandler = handler(layout, file);
        if (!input.insideGitWorkTree) return rowHandler;
        personnummer.count = countPersonnummer(layout, rowHandler);
        return personnummer.count.handler;
      };
      const result =
        opened.kind === 'bytes' && xlsx
          ? await readXlsxTable(opened.bytes, file, spec, findings, onLayout)
          : await readTable(opened.kind === 'bytes' ? opened.bytes : opened.path, file, spec, findings, onLayout);
      rows += result.rows;
      personnummer.count?.report(findings, file);
      return { ...result, file };
    } catch (error) {
      // Only I/O errors (they carry an errno code) are the file's fault; anything else is a bug,
      // except a workbook exceljs cannot make sense of, which is the file's fault too.
      const code = (error as NodeJS.ErrnoException).code;
      if (xlsx && typeof code !== 'string') {
        findings.raise(RULE.file.notXlsx, file, { detail: 'Excel could have saved it, but it cannot be read as a workbook' });
        return undefined;
      }
      if (typeof code !== 'string' || !code.startsWith('E')) throw error;
      findings.raise(RULE.csv.unreadable, file, { code });
      return undefined;
    }
  };

  const participants = await read('participants', (layout, file) =>
    participantRows({
      kind: 'participants',
      file,
      findings,
      layout,
      workshops: input.workshops,
      period: input.period,
      index,
      records: collect ? data.participants : undefined,
    }),
  );
  if (participants === undefined && participantsMissing) {
    findings.raise(RULE.csv.missingFile, `${input.relDir}/participants.csv`, { folder: input.relDir });
  }
  const participantsKnown = participants?.usable === true;
  if (participants?.usable && participants.rows === 0) {
    // Zero participants is what a new folder holds, never what a report should be made from.
    findings.raise(RULE.participants.noRows, participants.file, undefined, { line: 1 });
  }
  if (participants?.usable && input.workshops === undefined) {
    // Said once, not silently: without workshops, no row's workshop or target group can be checked.
    findings.raise(RULE.participants.workshopsUnchecked, participants.file, { config: `${input.relDir}/municipality.yaml` });
  }
  const context = (kind: CsvFileKind, layout: TableLayout, file: string): ReferenceContext => ({
    kind,
    file,
    findings,
    layout,
    index,
    participantsKnown,
  });

  const grades = new GradeTable();
  const gradesRead = await read('grades', (layout, file) => gradeRows(context('grades', layout, file), collect ? grades : undefined));
  if (gradesRead) data.grades = grades;

  const dropouts: DropoutRecord[] = [];
  const dropoutsRead = await read('dropouts', (layout, file) =>
    dropoutRows(context('dropouts', layout, file), collect ? dropouts : undefined),
  );
  if (dropoutsRead) data.dropouts = dropouts;

  const kaaContacts = new KaaTable();
  const kaaRead = await read('kaa_contacts', (layout, file) =>
    kaaRows(context('kaa_contacts', layout, file), collect ? kaaContacts : undefined),
  );
  if (kaaRead) {
    data.kaaContacts = kaaContacts;
    if (kaaRead.usable && participantsKnown && participants?.layout) warnTg2WithoutContact(input, index, participants.layout);
  }

  return { data, participantsUsable: participantsKnown, files, rows };
}

/** A target-group-2 participant is on the KAA list, so kaa_contacts.csv should mention them. */
function warnTg2WithoutContact(input: MunicipalityInput, index: ParticipantIndex, layout: TableLayout): void {
  const idColumn = layout.index[0]!;
  for (let slot = 0; slot < index.size; slot++) {
    if (index.group(slot) !== 2 || index.inKaa(slot)) continue;
    input.findings.raise(RULE.participants.notInKaaContacts, `${input.relDir}/participants.csv`, undefined, {
      line: index.line(slot),
      column: idColumn + 1,
      columnName: layout.header[idColumn] ?? 'participant_id',
    });
  }
}
