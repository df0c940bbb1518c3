import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.js';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('municipalites', 'municipalities')).toBe(1);
    expect(editDistance('sumary', 'summary')).toBe(1);
    expect(editDistance('reslut', 'result')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('didYouMean', () => {
  const keys = ['id', 'name', 'organisation', 'county_code', 'municipalities', 'narrative'];
  it('suggests the closest known name', () => {
    expect(didYouMean('municipalites', keys)).toBe('municipalities');
    expect(didYouMean('organization', keys)).toBe('organisation');
    expect(didYouMean('County-Code', keys)).toBe('county_code');
  });
  it('suggests nothing when no name is close', () => {
    expect(didYouMean('colour', keys)).toBeUndefined();
    expect(didYouMean('xy', keys)).toBeUndefined();
  });
});
