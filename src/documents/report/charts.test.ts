// An indicator's bar chart in the reports draws only categories with something to show: with
// disclosure control on, categories whose every bar is hidden are named in a note under the chart
// instead of drawn as rows of "..", which left most of a page white (issue 13).
import { describe, expect, it } from 'vitest';
import { indicatorChart } from './charts.js';

const count = (women: number | null, men: number | null, total: number | null) => ({ women, men, total });

/** The texts drawn in an SVG, in document order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('indicatorChart (bars)', () => {
  it('leaves out the categories whose women and men are both hidden, and names them in a note', async () => {
    const chart = await indicatorChart(
      {
        kind: 'bars',
        categories: [
          { label: { text: 'Nationellt program' }, count: count(6, 7, 13) },
          { label: { text: 'Vuxenutbildning' }, count: count(null, null, null) },
          { label: { text: 'Arbete' }, count: count(null, 4, null) },
          { label: { text: 'Praktik' }, count: count(null, null, 3) },
        ],
      },
      'Utfall vid avslut',
    );
    const drawn = texts(chart!.svg);
    expect(drawn).toEqual(expect.arrayContaining(['Nationellt program', 'Arbete', 'Kvinnor 6', 'Män 7', '4']));
    expect(drawn).not.toContain('Vuxenutbildning');
    expect(drawn).not.toContain('Praktik');
    expect(chart!.note).toBe('Visas inte i figuren, eftersom uppgifterna är dolda (se tabellen ovan): Vuxenutbildning och Praktik.');
  });

  it('has no note when every category has a bar, and no chart when none has', async () => {
    const shown = await indicatorChart({ kind: 'bars', categories: [{ label: { text: 'Arbete' }, count: count(2, 0, 2) }] }, 'Utfall');
    expect(shown?.note).toBeUndefined();
    const none = await indicatorChart({ kind: 'bars', categories: [{ label: { text: 'Arbete' }, count: count(null, null, 2) }] }, 'Utfall');
    expect(none).toBeNull();
  });
});
