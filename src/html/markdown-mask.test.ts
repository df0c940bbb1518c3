// Narrative text from the data folder is printed in the PDFs: a personnummer in it, in any form,
// is masked there too (contract v1.2 §9), while the rest of the text is left as written.
import { describe, expect, it } from 'vitest';
import { TrustedHtml, renderMarkdown } from './handlebars.js';
import { maskContext } from './mask-context.js';

describe('narrative Markdown', () => {
  it('masks a personnummer in any separator or digit form', () => {
    const html = renderMarkdown('Kontakt: 19990101 2386, 990101–2387 och １９９９０１０１/２３８６. Diarienummer 2015/00665, 15–24 år.');
    expect(html).not.toMatch(/238[67]|２３８６/);
    expect(html).toContain('19990101-****');
    expect(html).toContain('990101-****');
    expect(html).toContain('2015/00665');
    expect(html).toContain('15–24 år');
  });
});

describe('every text a document prints', () => {
  it('is masked in the render context, whatever template prints it', () => {
    const chart = new TrustedHtml('<svg>19990101-2386</svg>');
    const masked = maskContext({
      name: 'Ett 19990101 2386',
      quotes: [{ text: 'ring 990101–2387', role: 'elev' }],
      count: 1999010123,
      chart,
    });
    expect(masked.name).toBe('Ett 19990101-****');
    expect(masked.quotes[0]!.text).toBe('ring 990101-****');
    expect(masked.count).toBe(1999010123);
    expect(masked.chart).toBe(chart); // our own HTML is left as drawn
  });
});
