// The indicators' words come from their copy fragments: every figure the exports list has a
// label, and the definitions keep their order and both languages.
import { describe, expect, it } from 'vitest';
import { isCount } from './count.js';
import { INDICATOR_DEFINITIONS } from './definitions.js';
import { computeMunicipality } from './index.js';
import { figureLabel } from './labels.js';
import { indicatorCopy } from './registry.js';
import { data, municipalityConfig, participant } from './test-helpers/make.js';

/** The paths the exports list: every count, and every ratio as a whole. */
function figurePaths(node: unknown, path = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  if (isCount(node) || ('numerator' in node && 'denominator' in node)) return [path];
  return Object.entries(node).flatMap(([key, child]) => figurePaths(child, path ? `${path}.${key}` : key));
}

describe('figureLabel', () => {
  it('labels fixed figures, ratios and every code of a breakdown', () => {
    expect(figureLabel('participants.persons')).toBe('Deltagare');
    expect(figureLabel('outcomes.educationOrWork')).toBe('Andel i studier eller arbete');
    expect(figureLabel('participants.byTargetGroup.1')).toBe('Deltagare, Målgrupp 1 (riskzon)');
    expect(figureLabel('participants.byAgeBand.other')).toBe('Deltagare, Övriga åldrar');
    expect(figureLabel('outcomes.byCode.employment')).toBe('Utfall: Arbete');
    expect(figureLabel('grades.meritSumLast')).toBe('Summa meritvärden, sista terminen');
    expect(figureLabel('kaa.attemptsPerPerson')).toBe('Kontaktförsök per person');
  });

  it('falls back to the path for what it does not know', () => {
    expect(figureLabel('outcomes.byCode.teleported')).toBe('Utfall: teleported');
    expect(figureLabel('nothing.here')).toBe('nothing.here');
    expect(figureLabel('kaa.listed.women')).toBe('kaa.listed.women');
  });

  it('has a label for every figure of a municipality with every file', () => {
    const unit = computeMunicipality(
      data([participant('P1')], { grades: [], dropouts: [], kaaContacts: [] }),
      municipalityConfig('m', ['w1']),
    );
    const paths = figurePaths(unit.figures);
    expect(paths).toHaveLength(56); // 55 + grades.becameEligible (issue 16)
    expect(paths.filter((p) => figureLabel(p) === p)).toEqual([]);
  });
});

describe('INDICATOR_DEFINITIONS', () => {
  it('lists the counting rules, the indicators in registry order and disclosure control last', () => {
    expect(INDICATOR_DEFINITIONS.map((d) => d.id)).toEqual([
      'general',
      'participants',
      'outcomes',
      'dropouts',
      'merit-value',
      'grades',
      'eligibility',
      'kaa',
      'disclosure-control',
    ]);
    expect(INDICATOR_DEFINITIONS[1]!.title).toEqual({ en: 'Participants', sv: 'Deltagare' });
  });

  it('has the same definitions in Swedish and English, none empty', () => {
    const sv = indicatorCopy('sv');
    const en = indicatorCopy('en');
    for (const key of Object.keys(sv) as Array<keyof typeof sv>) {
      expect(Object.keys(en[key].definitions), key).toEqual(Object.keys(sv[key].definitions));
    }
    for (const d of INDICATOR_DEFINITIONS)
      for (const text of [d.title.en, d.title.sv, d.text.en, d.text.sv]) expect(text.length, d.id).toBeGreaterThan(3);
  });
});
