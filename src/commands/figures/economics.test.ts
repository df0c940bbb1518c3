// The estimate in the exports: rows after each unit's figures, from the disclosed figures, so an
// amount is ".." exactly where its count is hidden; the JSON carries every estimate with its path.
import { describe, expect, it } from 'vitest';
import { aggregate, computeMunicipality } from '../../indicators/index.js';
import { data, municipalityConfig, participant } from '../../indicators/test-helpers/make.js';
import type { ProjectConfig, RegionConfig } from '../../schema/config.js';
import type { Unit } from '../../indicators/types.js';
import { figuresCsv } from './csv.js';
import { economicsJson, estimatesOf } from './economics.js';
import { figuresExcelCsv } from './excel-csv.js';
import type { Cell } from './rows.js';

// Two participants who went on to work (outcome code "employment").
const people = [
  participant('a', { endDate: '2017-06-01', exitOutcome: 'employment' }),
  participant('b', { gender: 'male', endDate: '2017-06-01', exitOutcome: 'employment' }),
];
const config = {
  ...municipalityConfig('m1', ['w1']),
  economics: { cost: { esf_support: 600_000, own_funding: 400_000, price_year: 2016 } },
};
const municipality = computeMunicipality(data(people), config);
const region = aggregate('region', 'r1', 'R1', [municipality]) as Unit<Cell>;
const regions = [{ config: { id: 'r1', name: 'R1', municipalities: ['m1'] } as RegionConfig, municipalities: [config] }];
const project = { name: 'P' } as ProjectConfig;

/** The region with its municipality's educationOrWork total hidden, as disclosure control would. */
function hidingMunicipalityCount(): Unit<Cell> {
  const copy = structuredClone(region);
  copy.children[0]!.figures.outcomes.educationOrWork.numerator.total = null;
  return copy;
}

describe('the estimate in the exports', () => {
  it('adds the cost and the lifetime break-even (the default) to the municipality and the region', () => {
    const lines = figuresCsv([region], estimatesOf([region], project, regions)).split('\r\n');
    // The region has no own cost, so it sums its only municipality's.
    expect(lines).toContain('region,r1,economics.cost.total,total,1000000,r1#economics.cost.total');
    expect(lines).toContain('municipality,r1/m1,economics.lifetime.count,total,2,r1/m1#economics.lifetime.count');
    expect(lines).toContain('municipality,r1/m1,economics.lifetime.breakEven.k,total,1,r1/m1#economics.lifetime.breakEven.k');
    // Workshops have no estimate.
    expect(lines.some((l) => l.startsWith('workshop,') && l.includes('economics.'))).toBe(false);
  });
  it('prints a hidden count as .., and the amounts with it; break-even stays', () => {
    const hidden = hidingMunicipalityCount();
    const lines = figuresCsv([hidden], estimatesOf([hidden], project, regions)).split('\r\n');
    expect(lines).toContain('municipality,r1/m1,economics.lifetime.count,total,..,r1/m1#economics.lifetime.count');
    expect(lines).toContain('municipality,r1/m1,economics.lifetime.breakEven.k,total,1,r1/m1#economics.lifetime.breakEven.k');
  });
  it('labels the rows in Swedish, in Totalt only, with the price level', () => {
    const excel = figuresExcelCsv([region], estimatesOf([region], project, regions));
    const row = excel.split('\r\n').find((l) => l.endsWith('r1/m1#economics.lifetime.breakEven.valuePerPerson'))!;
    expect(row).toContain('Värdering av livstidskostnad: värde per person, kr (källans prisnivå);;;12500000;;');
  });
  it('gives the JSON every estimate with its unit path', () => {
    const json = economicsJson([region], estimatesOf([region], project, regions));
    expect(json.map((e) => [e.unit, e.level, e.status])).toEqual([
      ['r1', 'region', 'estimated'],
      ['r1/m1', 'municipality', 'estimated'],
    ]);
  });
});
