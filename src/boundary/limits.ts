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
