// The copy catalogue: dotted keys into templates/copy/sv.json, placeholders, loud failures, and
// fragments merged without ever rewording each other.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_FILE, catalogue, copy, fillPlaceholders, loadCatalogue, mergeCopy, useCatalogue } from './copy.js';

describe('copy', () => {
  it('prints a text of the catalogue by its dotted key, placeholders filled', () => {
    expect(copy('common.women')).toBe('Kvinnor');
    expect(copy('common.regionTotal', { place: 'Skåne' })).toBe('Skåne totalt');
    expect(copy('regional.q.purpose.title')).toBe('Regionens syfte med att delta');
  });

  it('fails loudly on a key the catalogue lacks', () => {
    expect(() => copy('common.nosuchkey')).toThrow('missing copy "common.nosuchkey" in templates/copy/sv.json');
    // A section is not a text.
    expect(() => copy('common')).toThrow('missing copy "common"');
  });

  it('leaves a placeholder without a value as it is, and prints numbers as given', () => {
    expect(fillPlaceholders('{n} av {den}', { n: 3 })).toBe('3 av {den}');
  });

  it('prints with another catalogue until restored', () => {
    const restore = useCatalogue({ 'common.women': 'Women' });
    try {
      expect(copy('common.women')).toBe('Women');
      expect(() => copy('common.men')).toThrow('missing copy');
    } finally {
      restore();
    }
    expect(copy('common.women')).toBe('Kvinnor');
  });
});

describe('loadCatalogue with fragments', () => {
  it('merges a fragment at the root, beside the catalogue', () => {
    const merged = loadCatalogue(CATALOGUE_FILE, [
      { source: 'src/indicators/grades/copy.sv.json', copy: { indicators: { grades: { title: 'Betyg', text: 'Meritvärde.' } } } },
    ]);
    expect(merged['indicators.grades.title']).toBe('Betyg');
    expect(merged['common.women']).toBe('Kvinnor');
    expect(Object.keys(merged).length).toBe(Object.keys(catalogue()).length + 2);
  });

  it('refuses a key two sources define, naming both', () => {
    expect(() => loadCatalogue(CATALOGUE_FILE, [{ source: 'kaa/copy.sv.json', copy: { common: { women: 'Flickor' } } }])).toThrow(
      `copy key "common.women" is defined by both ${CATALOGUE_FILE} and kaa/copy.sv.json`,
    );
    expect(() =>
      mergeCopy([
        { source: 'a.json', copy: { x: { y: 'text' } } },
        { source: 'b.json', copy: { x: { y: { z: 'deeper' } } } },
      ]),
    ).toThrow('copy key "x.y.z" of b.json is inside "x.y", a text of a.json');
    expect(() =>
      mergeCopy([
        { source: 'a.json', copy: { x: { y: { z: 'deeper' } } } },
        { source: 'b.json', copy: { x: { y: 'text' } } },
      ]),
    ).toThrow('copy key "x.y" is defined by both a.json and b.json');
  });

  it('refuses anything but strings and objects of strings', () => {
    expect(() => mergeCopy([{ source: 'c.json', copy: { x: { n: 3 as unknown as string } } }])).toThrow(
      'c.json: "x.n" must be a string or an object of strings',
    );
  });
});
