import { describe, expect, it } from 'vitest';
import type { Count } from '../../indicators/types.js';
import { leadParagraph } from './common.js';

const count = (total: number | null): Count<number | null> => ({ women: null, men: null, total });

describe('leadParagraph', () => {
  it('prints every sentence when every figure is shown', () => {
    const text = leadParagraph(
      'report.lead.dropouts',
      { share: { share: { numerator: count(197), denominator: count(1777) } }, returned: { count: 40 } },
      'Riket',
    );
    expect(text).toBe(
      'Andelen deltagare som avbröt sina studier var 11\u00a0% (197 av 1\u202f777). 40 av dem återkom senare till studier.',
    );
  });

  it('leaves out the sentence whose figure is hidden, never reading out ".."', () => {
    const text = leadParagraph(
      'report.lead.dropouts',
      { share: { share: { numerator: count(197), denominator: count(1777) } }, returned: { count: null } },
      'Riket',
    );
    expect(text).toBe('Andelen deltagare som avbröt sina studier var 11\u00a0% (197 av 1\u202f777).');
  });

  it('is empty when every sentence holds a hidden figure', () => {
    const text = leadParagraph(
      'report.lead.dropouts',
      { share: { share: { numerator: count(null), denominator: count(1777) } }, returned: { count: null } },
      'Riket',
    );
    expect(text).toBe('');
  });
});
