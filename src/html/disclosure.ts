// What every published output says about disclosure control (data contract §7): the threshold N,
// that ".." hides a figure to protect individuals and that other figures may be hidden with it;
// or, when it is off, that nothing is protected. The reports' method appendix and the xlsx
// reading guide print the same sentences, so the two never disagree.
import { disclosureOn } from '../schema/disclosure.js';
import { copy } from './copy.js';
import { MISSING } from './format.js';

export function disclosureStatement(minCount: number): string[] {
  if (!disclosureOn(minCount)) return [copy('common.disclosure.off')];
  return [
    copy('common.disclosure.on', { n: String(minCount), max: String(minCount - 1) }),
    copy('common.disclosure.hidden', { missing: MISSING }),
  ];
}
