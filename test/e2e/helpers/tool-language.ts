// The words of the tool that must never reach a published document (issue 13): file names and
// configuration keys, command-line flags, the tool's own name, and code words in capitals. A report
// is read by an ESF officer or a politician; they should meet the organisation behind a figure,
// never the file or the program it came from.

/** Each pattern names what it catches, so a failing test says why a phrase is tool language. */
const TOOL_LANGUAGE: Array<[string, RegExp]> = [
  ['file name', /[\p{L}\d_-]+\.(?:csv|ya?ml|json|hbs|ts|js)\b/giu],
  ['command-line flag', /(?<![\p{L}\d-])--[a-z][a-z-]*/gu],
  ['the tool', /plugin-report/gi],
  ['configuration key', /\b[a-z]+(?:_[a-z]+)+\b/g],
  ['identifier column', /\b[\p{L}]+-id(?::na)?\b/giu],
  // Acronyms of two or three letters (KAA, ESF, NPF) are Swedish prose; a longer word in capitals
  // is a code word shouted at the reader ("FÖRSTA/SISTA"), except the EU emblem's own lettering.
  ['code word in capitals', /(?<![\p{L}\d])(?!(?:EUROPEISKA|UNIONEN)(?![\p{L}\d]))\p{Lu}{4,}(?![\p{L}\d])/gu],
  // Subject and term codes of the grade exports.
  ['data code', /(?<![\p{L}\d])(?:SVA|SV|ML|EN|MA|VT|HT)(?![\p{L}\d])/gu],
  ['validator report', /filens rader|Kontrollen fann \d+ fel|varningar per valideringsregel/gi],
];

/** Every piece of tool language in a document's text, as "what: phrase", in order of the patterns. */
export function findToolLanguage(text: string): string[] {
  const found: string[] = [];
  for (const [what, pattern] of TOOL_LANGUAGE) {
    for (const match of text.matchAll(pattern)) found.push(`${what}: ${match[0]}`);
  }
  return found;
}
