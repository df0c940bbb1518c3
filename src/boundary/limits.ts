// The size caps of the data folder's boundary (SECURITY.md). Each is far above what a real export
// needs and far below what would let one file exhaust memory or time: a cap that is hit is a
// finding that names it, never a crash or a hang.

/** A YAML file (project, region, municipality) bigger than this is not parsed. */
export const MAX_YAML_BYTES = 1 << 20;

/** The first CSV line (the header) must end within this many bytes. */
export const MAX_HEADER_BYTES = 64 * 1024;

/** A header with more columns than this is refused; a row with more is cut there (a field-count finding). */
export const MAX_FIELDS = 1000;

/** How much of a file's start is looked at to tell text from binary, UTF-16 and UTF-32. */
export const SNIFF_BYTES = 64 * 1024;

/** A narrative answer as a Markdown file (narrative/<key>.md) bigger than this is not read. */
export const MAX_MARKDOWN_BYTES = 1 << 20;

/** An xlsx file bigger than this is not opened (a table of 100 000 rows is a few MB). */
export const MAX_XLSX_BYTES = 32 << 20;

/** What an xlsx file's entries may declare in all, inflated: exceljs holds the workbook in memory. */
export const MAX_XLSX_EXPANDED_BYTES = 512 << 20;

/** Inflated size over file size: text-heavy sheets compress ~10×, a zip bomb by thousands. */
export const MAX_XLSX_RATIO = 200;

/** Worksheets in one workbook (only the first is read). */
export const MAX_XLSX_SHEETS = 100;

/** Cells (rows × columns) of the sheet that is read. */
export const MAX_XLSX_CELLS = 20_000_000;

/** A municipality's photo bigger than this is not read: a print-ready brochure photo is well under it. */
export const MAX_PHOTO_BYTES = 8 << 20;
