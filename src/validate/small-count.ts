// Free text can identify people as surely as a table (issue 11: "the one pupil who left"). This
// finds a small number of people written out in Swedish prose: a number from 1 to N−1 right before
// a word for people ("3 elever", "två nyanlända tjejer", "den enda eleven"), or before a verb that
// only people do ("3 fick arbete"). It is a warning, not a proof: it errs towards saying too much
// about a sentence a human then rereads, and misses what only a reader can see.

/** One small count found in a text. */
export interface SmallCount {
  /** Offset of the phrase in the text. */
  index: number;
  /** The phrase as written (the number to the word for people). */
  phrase: string;
  /** The number it states. */
  count: number;
}

/** Numbers written as words; "en"/"ett" are left out, they are mostly the article ("en elev som …"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  enda: 1, // "den enda eleven som …" is one person
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};

/**
 * Words for people, each with its inflections. Those marked as stems may end a compound too
 * ("gymnasieelever", "KAA-ungdomar"); short or common ones ("man", "unga") only stand alone, or
 * "roman" and "tunga" would count.
 */
const PEOPLE_STEMS = [
  'elev(?:en|er|erna)?',
  'ungdom(?:en|ar|arna)?',
  'deltagar(?:e|en|na)',
  'tjej(?:en|er|erna)?',
  'kill(?:e|en|ar|arna)',
  'person(?:en|er|erna)?',
  'pojk(?:e|en|ar|arna)',
  'flick(?:a|an|or|orna)',
  'barn(?:et|en)?',
  'kvinn(?:a|an|or|orna)',
  'individ(?:en|er|erna)?',
  'praktikant(?:en|er|erna)?',
  'lärling(?:en|ar|arna)?',
  'syskon(?:en)?',
];
const PEOPLE_WORDS = ['man', 'mannen', 'män', 'männen', 'unga', 'unge', 'ungar', 'nyanländ', 'nyanlända', 'studerande', 'sökande'];
/** Verbs that, right after a bare number, have people as their subject: "3 fick arbete", "2 hoppade av". */
const PEOPLE_VERBS = ['fick', 'gick', 'började', 'slutade', 'hoppade', 'avbröt', 'flyttade', 'återgick', 'återvände', 'valde', 'kom'];

const LETTER = '\\p{L}';
const SPACE = '[\\s\\u00a0\\u202f]';
/** A number: digit groups with Swedish thousands spaces ("1 004" is one number), or a number word. */
const NUMBER = `(?<digits>\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)|(?<word>${Object.keys(NUMBER_WORDS).join('|')})`;
/** Markdown emphasis may wrap the number: "**3** elever". */
const GAP = `[*_]*${SPACE}+[*_]*`;
const PEOPLE = `(?:[${LETTER}-]*(?:${PEOPLE_STEMS.join('|')})|${PEOPLE_WORDS.join('|')})`;
/** At most one word between the number and the word for people ("3 nyanlända elever"). */
const BETWEEN = `(?:${LETTER}+${GAP})?`;

const PATTERN = new RegExp(
  // Not part of a longer number, a decimal ("2.0", "2,5"), a date, an id or a word.
  `(?<![${LETTER}\\p{N}.,:/-])[*_]*(?:${NUMBER})` +
    `(?:${GAP}(?:${BETWEEN}${PEOPLE}|(?<verb>${PEOPLE_VERBS.join('|')})))(?![${LETTER}\\p{N}])`,
  'giu',
);

/** "en av eleverna", "ett av barnen": one person picked out of a group. */
const ONE_OF = new RegExp(`(?<![${LETTER}\\p{N}-])(?:en|ett)${GAP}av${GAP}(?:${BETWEEN}${PEOPLE})(?![${LETTER}\\p{N}])`, 'giu');

/** "23 av 24 elever": the rest, 24 − 23, is a count too (the one who left). */
const PART_OF = new RegExp(
  `(?<![${LETTER}\\p{N}.,:/-])(?<part>\\d+)${GAP}av${GAP}(?<whole>\\d+)(?:${GAP}${BETWEEN}${PEOPLE})(?![${LETTER}\\p{N}])`,
  'giu',
);

/** Every phrase in `text` that states a count from 1 to minCount − 1 of people; none when minCount ≤ 1. */
export function smallCounts(text: string, minCount: number): SmallCount[] {
  if (minCount <= 1) return [];
  const found: SmallCount[] = [];
  for (const match of text.matchAll(ONE_OF)) found.push({ index: match.index, phrase: match[0], count: 1 });
  for (const match of text.matchAll(PART_OF)) {
    const rest = Number(match.groups!['whole']) - Number(match.groups!['part']);
    if (rest >= 1 && rest < minCount) found.push({ index: match.index, phrase: match[0], count: rest });
  }
  for (const match of text.matchAll(PATTERN)) {
    const { digits, word } = match.groups ?? {};
    const count = digits !== undefined ? Number(digits.replace(/\D/g, '')) : NUMBER_WORDS[word!.toLowerCase()]!;
    if (count < 1 || count >= minCount) continue;
    // A leading zero ("05 elever") is a code or a time, not a count.
    if (digits !== undefined && digits.length > 1 && digits.startsWith('0')) continue;
    const phrase = match[0].replace(/^[*_]+/, '');
    const index = match.index + (match[0].length - phrase.length);
    // "3 av 4 elever" was found as a part of a whole already when the rest is small too.
    if (!found.some((f) => index >= f.index && index < f.index + f.phrase.length)) found.push({ index, phrase, count });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A pattern that finds `phrase` again in the YAML source of the value it was found in: the parsed
 * value joins folded lines and drops indentation, so any run of white space (and Markdown marks)
 * matches any other.
 */
export function sourcePattern(phrase: string): RegExp {
  const words = phrase.split(/[\s\u00a0\u202f*_]+/u).filter((w) => w !== '');
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('[\\s\\u00a0\\u202f*_]+')}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The phrase as a message quotes it: on one line, without Markdown marks, at most 60 characters. */
export function quotePhrase(phrase: string): string {
  const oneLine = phrase
    .replace(/[*_"]/g, '')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .replace(/\p{Cc}/gu, '');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}
