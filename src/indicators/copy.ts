// An indicator's own words, kept in its folder as one JSON fragment per language
// (./<name>/copy.sv.json, copy.en.json) and merged by the registry: its definition texts (the
// reports' method appendix in Swedish, the README's "Definitions" in English) and the labels of
// its figures (the spreadsheet export). Code holds paths and keys; the fragments hold the words.

export type Locale = 'sv' | 'en';

export interface DefinitionCopy {
  title: string;
  text: string;
}

export interface IndicatorCopy {
  /** Definition texts by id, in the order the method appendix lists them. */
  definitions: Record<string, DefinitionCopy>;
  /**
   * Labels of the figures by path inside the indicator ("intensiveSupport", "educationOrWork").
   * "<breakdown>.*" labels every code of a breakdown; "{code}" is replaced by the code's label.
   */
  labels?: Record<string, string>;
}
