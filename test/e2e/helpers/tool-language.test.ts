import { describe, expect, it } from 'vitest';
import { findToolLanguage } from './tool-language.js';

describe('findToolLanguage', () => {
  it('finds the phrases issue 13 found in the reports', () => {
    const text = [
      'Källa: Malmö, uppföljningsdata i Plug In 2.0 (participants.csv), bearbetning med plugin-report.',
      'Källa: projektets och regionernas konfiguration (project.yaml, region.yaml).',
      'Röjandekontroll (--suppress N) och disclosure.min_count.',
      'På listan står de olika person-id:na. Kontaktförsök är filens rader.',
      'Meritvärdet den FÖRSTA terminen jämförs med den SISTA, VT före HT.',
      'Kontrollen fann 0 fel och 0 varningar.',
    ].join('\n');
    expect(findToolLanguage(text)).toEqual([
      'file name: participants.csv',
      'file name: project.yaml',
      'file name: region.yaml',
      'command-line flag: --suppress',
      'the tool: plugin-report',
      'configuration key: min_count',
      'identifier column: person-id:na',
      'code word in capitals: FÖRSTA',
      'code word in capitals: SISTA',
      'data code: VT',
      'data code: HT',
      'validator report: filens rader',
      'validator report: Kontrollen fann 0 fel',
    ]);
  });

  it('lets Swedish report prose through: acronyms, the EU emblem, dashes and ranges', () => {
    const text = [
      'Källa: kommunernas uppföljningsdata, bearbetning Kommunförbundet Skåne.',
      'EUROPEISKA UNIONEN · Europeiska socialfonden · ESF-rådet · SKL',
      'Unga inom KAA, på HVB-hem och med NPF-diagnos; 15–19 år; 2015 – 2018; 92 % (95 av 103).',
      'Tecknet ”..” betyder att uppgiften döljs. Meritvärdet den första terminen.',
    ].join('\n');
    expect(findToolLanguage(text)).toEqual([]);
  });
});
