// Chromium tags <strong> and <em> (Markdown's **bold** and *italics*) as Strong and Em: structure
// types of PDF 2.0 that PDF 1.7, which our files declare, does not have. Readers that do not know
// them report "wrong type" (poppler) or skip them. They are renamed to the PDF 1.7 type for the
// same role, so the documents use standard structure types only.

/** PDF 2.0's structure types and the PDF 1.7 type each becomes. */
export const PDF17_TYPE_OF: Readonly<Record<string, string>> = {
  Strong: 'Span',
  Em: 'Span',
  Sub: 'Span',
  Title: 'P',
  FENote: 'Note',
  Aside: 'Div',
  DocumentFragment: 'Div',
};

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), for tests that check a file. */
export const PDF17_STANDARD_TYPES: ReadonlySet<string> = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private ' +
    'P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot ' +
    'Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

// Skia writes every element as "<</Type /StructElem\n/S /Name". The rewrite drops the two
// separating blanks, which PDF does not need before a "/", to make room for the longer names.
const SKIA_ELEMENT = /\/Type \/StructElem\n\/S \/([A-Za-z]+)/g;

/**
 * Renames PDF 2.0 structure types in a Skia PDF's bytes, in place and at the same length (so the
 * xref stays valid). False when one does not fit (then the caller takes the pdf-lib way).
 */
export function standardiseSkiaTags(buffer: Buffer, text: string): boolean {
  const edits: { at: number; text: string }[] = [];
  for (const match of text.matchAll(SKIA_ELEMENT)) {
    const type = PDF17_TYPE_OF[match[1]!];
    if (!type) continue;
    const replacement = `/Type/StructElem/S /${type}`;
    if (replacement.length > match[0].length) return false;
    edits.push({ at: match.index, text: replacement.padEnd(match[0].length, ' ') });
  }
  for (const edit of edits) buffer.write(edit.text, edit.at, 'latin1');
  return true;
}
