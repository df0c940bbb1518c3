import { describe, expect, it } from 'vitest';
import { disclosureStatement } from './disclosure.js';

describe('disclosureStatement', () => {
  it('states the threshold N, that ".." hides to protect individuals, and that others may be hidden with it', () => {
    expect(disclosureStatement(5)).toEqual([
      'Röjandekontroll med gränsen 5: antal från 1 till 4 visas inte, och inte heller andelar vars täljare eller nämnare är från 1 till 4.',
      'Tecknet ”..” betyder att uppgiften döljs för att skydda enskilda personer. Även andra uppgifter kan vara dolda, så att en dold uppgift inte går att räkna fram ur summor och andra uppgifter som visas.',
    ]);
    expect(disclosureStatement(10)[0]).toContain('gränsen 10: antal från 1 till 9');
  });

  it('says, when off (0, or 1, which hides nothing), that the figures are unprotected and not for publication', () => {
    for (const off of [0, 1]) {
      const [only, ...rest] = disclosureStatement(off);
      expect(only).toContain('utan röjandekontroll');
      expect(only).toContain('får inte publiceras');
      expect(rest).toEqual([]);
    }
  });
});
