import { describe, expect, it } from 'vitest';
import { slugOf } from './slug.js';

describe('slugOf', () => {
  it.each([
    ['Ängelholm', 'angelholm'],
    ['Lilla Edet', 'lilla-edet'],
    ['  Jämtland Härjedalen ', 'jamtland-harjedalen'],
    ['Malmö--Stad', 'malmo-stad'],
    ['!!!', ''],
  ])('%s → %s', (name, slug) => expect(slugOf(name)).toBe(slug));
});
