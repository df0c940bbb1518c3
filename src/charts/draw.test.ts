import { describe, expect, it, vi } from 'vitest';
import { barsCategoryStep } from './specs.js';
import { CHANGE_COLOURS, GENDER_COLOURS, TOTAL_COLOUR, groupedBars, horizontalBars, kaaFunnel, stacked100, textWidth } from './draw.js';

const outcomes = {
  title: 'Utfall vid avslut',
  categories: [
    { label: 'Vuxenutbildning', women: 8, men: 6, total: 14 },
    { label: 'Folkhögskola', women: null, men: null, total: 1 },
    { label: 'Arbete', women: 1200, men: 1800, total: 3000 },
  ],
};

/** The texts drawn in an SVG, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('horizontalBars', () => {
  it('draws women and men in their fixed colours with a legend and direct Swedish labels', async () => {
    const chart = await horizontalBars(outcomes);
    expect(chart.svg.startsWith('<svg')).toBe(true);
    expect(chart.svg).toContain(`fill="${GENDER_COLOURS.women}"`);
    expect(chart.svg).toContain(`fill="${GENDER_COLOURS.men}"`);
    const drawn = texts(chart.svg);
    // The first category's labels also name their series; the others are values alone.
    expect(drawn).toEqual(
      expect.arrayContaining(['Kvinnor', 'Män', 'Vuxenutbildning', 'Arbete', 'Kvinnor 8', 'Män 6', '1\u202F200', '1\u202F800']),
    );
    expect(chart.svg).toContain('font-family="Source Sans 3"');
  });

  it('gives a one-line Swedish text alternative with every number, also in the svg', async () => {
    const chart = await horizontalBars(outcomes);
    expect(chart.alt).toBe(
      'Utfall vid avslut. Vuxenutbildning: kvinnor 8, män 6, totalt 14. Folkhögskola: kvinnor uppgift dold, män uppgift dold, totalt 1. Arbete: kvinnor 1\u202F200, män 1\u202F800, totalt 3\u202F000.',
    );
    expect(chart.alt).not.toContain('..');
    expect(chart.alt).not.toContain('\n');
    expect(chart.svg).toContain('role="img"');
    expect(chart.svg).toContain('aria-label="Utfall vid avslut. Vuxenutbildning: kvinnor 8');
    expect(chart.svg).toContain('<title>Utfall vid avslut</title>');
  });

  it('leaves suppressed bars out and labels them ".." instead of drawing a zero', async () => {
    const chart = await horizontalBars(outcomes);
    // Two suppressed cells (Folkhögskola women and men) → two ".." labels, and only four bars.
    expect(texts(chart.svg).filter((t) => t === '..')).toHaveLength(2);
    expect(texts(chart.svg)).not.toContain('0');
    // Legend swatches (2) + bars (4) are the only shapes in gender colours.
    const genderFill = new RegExp(`fill="(${GENDER_COLOURS.women}|${GENDER_COLOURS.men})"`, 'g');
    expect(chart.svg.match(genderFill)).toHaveLength(6);
  });

  it('keeps the categories in the input order, also when a category has no drawn bar', async () => {
    const chart = await horizontalBars(outcomes);
    const order = texts(chart.svg).filter((t) => ['Vuxenutbildning', 'Folkhögskola', 'Arbete'].includes(t));
    expect(order).toEqual(['Vuxenutbildning', 'Folkhögskola', 'Arbete']);
    const stack = await stacked100({
      title: 'M',
      parts: [{ label: 'Höjt', colour: CHANGE_COLOURS.raised }],
      rows: [
        { label: 'Kvinnor', values: [3] },
        { label: 'Män', values: [null] },
        { label: 'Totalt', values: [5] },
      ],
    });
    expect(texts(stack.svg).filter((t) => /\(n = /.test(t))).toEqual(['Kvinnor (n = 3)', 'Män (n = ..)', 'Totalt (n = 5)']);
  });

  it('is deterministic: the same input gives the same string, whatever was rendered in between', async () => {
    const a = await horizontalBars(outcomes);
    await stacked100({ title: 'x', parts: [{ label: 'a', colour: '#000000' }], rows: [{ label: 'r', values: [1] }] });
    const b = await horizontalBars(structuredClone(outcomes));
    expect(b.svg).toBe(a.svg);
    expect(a.svg).not.toMatch(/id="[^"]*\d{3,}/);
  });

  it('draws a chart the same whether its shape was drawn before with other data or never', async () => {
    const other = {
      title: 'Orsak',
      categories: [
        { label: 'Flytt', women: 40, men: 2, total: 42 },
        { label: 'Hälsa', women: null, men: 1, total: 3 },
        { label: 'Annat', women: 0, men: 0, total: 0 },
      ],
    };
    await horizontalBars(outcomes);
    await horizontalBars(other);
    const reused = await horizontalBars(outcomes);
    vi.resetModules();
    const fresh = await (await import('./draw.js')).horizontalBars(outcomes);
    expect(reused.svg).toBe(fresh.svg);
  });

  it('keeps the categories in input order, whatever charts of the same shape were drawn before', async () => {
    // A vega view reused across charts kept aggregate state: here "Flytt" was drawn first.
    const chart = (cells: Record<string, number | null>) =>
      horizontalBars({
        title: 'Orsak',
        categories: Object.entries(cells).map(([label, total]) => ({ label, women: null, men: null, total })),
      });
    const axisOrder = (svg: string) =>
      [...svg.matchAll(/<text text-anchor="end" transform="translate\(-8,([\d.]+)\)"[^>]*>([^<]*)<\/text>/g)]
        .sort((x, y) => Number(x[1]) - Number(y[1]))
        .map((m) => m[2]);
    await chart({ Flytt: null, Studieval: null, Hälsa: null });
    await chart({ Gymnasium: null, Vuxenutbildning: 8 });
    const last = await chart({ Utvisning: null, Flytt: null, Hälsa: null, Annat: null });
    expect(axisOrder(last.svg)).toEqual(['Utvisning', 'Flytt', 'Hälsa', 'Annat']);
  });

  it('stacks the bars of a repeated category label, as vega-lite did', async () => {
    // The stack is computed in charts.ts now; a repeated label is one category whose bars add up.
    const chart = await horizontalBars({
      title: 'T',
      series: 'total',
      categories: [
        { label: 'A', women: null, men: null, total: 10 },
        { label: 'B', women: null, men: null, total: 15 },
        { label: 'A', women: null, men: null, total: 5 },
      ],
    });
    const bars = [...chart.svg.matchAll(new RegExp(`<path d="M([\\d.]+),([\\d.]+)h([\\d.]+)v[^"]*" fill="${TOTAL_COLOUR}"`, 'g'))].map(
      (m) => m.slice(1).map(Number),
    );
    expect(bars).toHaveLength(3);
    const [first, , third] = bars as [number[], number[], number[]];
    expect(third[1]).toBe(first[1]); // same row
    expect(third[0]).toBeCloseTo((first[0] ?? 0) + (first[2] ?? 0), 6); // starts where the first ends
    expect(texts(chart.svg).filter((t) => t === 'A')).toHaveLength(1);
  });

  it('escapes labels so a category cannot inject markup', async () => {
    const chart = await horizontalBars({
      title: 'T <b>',
      series: 'total',
      categories: [{ label: '<script>x</script>', women: 1, men: 1, total: 2 }],
    });
    expect(chart.svg).not.toContain('<script>');
    expect(chart.svg).toContain('&lt;script&gt;');
    expect(chart.svg).toContain('<title>T &lt;b&gt;</title>');
  });

  it('prints per cent values as "92 %"', async () => {
    const chart = await groupedBars({
      title: 'Andel i studier eller arbete',
      format: 'percent',
      groups: [
        { label: 'Skåne', women: 92, men: 71.6, total: 80 },
        { label: 'Kalmar', women: null, men: null, total: 50 },
      ],
    });
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['Kvinnor 92\u00A0%', 'Män 72\u00A0%', 'Skåne', 'Kalmar', '..']));
    expect(chart.alt).toContain('Skåne: kvinnor 92\u00A0%, män 72\u00A0%, totalt 80\u00A0%. Kalmar: kvinnor uppgift dold,');
  });
});

describe('value labels of several series', () => {
  /** The value labels (text-anchor="start") with their baselines, top to bottom. */
  const valueLabels = (svg: string) =>
    [...svg.matchAll(/<text text-anchor="start" transform="translate\(([\d.]+),([\d.]+)\)"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => ({ y: Number(m[2]), text: m[3] ?? '' }))
      .filter((l) => !['Kvinnor', 'Män', 'Totalt'].includes(l.text)) // legend entries
      .sort((a, b) => a.y - b.y);

  it('sets the labels of one group at least a 12 px line apart, so they never overlap', async () => {
    const chart = await groupedBars({
      title: 'Andel',
      format: 'percent',
      series: 'gender+total',
      groups: [
        { label: 'A', women: 81, men: 81, total: 81 },
        { label: 'B', women: 83, men: 75, total: 78 },
      ],
    });
    const labels = valueLabels(chart.svg);
    expect(labels.map((l) => l.text)).toEqual([
      'Kvinnor 81\u00A0%',
      'Män 81\u00A0%',
      'Totalt 81\u00A0%',
      '83\u00A0%',
      '75\u00A0%',
      '78\u00A0%',
    ]);
    const gaps = labels.slice(1).map((l, i) => l.y - (labels[i]?.y ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(12);
  });
});

describe('chart heights', () => {
  const height = (svg: string) => Number(/^<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
  const category = (label: string) => ({ label, women: 1, men: 2, total: 3 });

  it.each([
    ['gender', 2],
    ['total', 1],
  ] as const)('grows by barsCategoryStep a category (%s bars), the step the brochure paginates with', async (series, count) => {
    const two = await horizontalBars({ title: 'H', series, categories: [category('A'), category('B')] });
    const three = await horizontalBars({ title: 'H', series, categories: [category('A'), category('B'), category('C')] });
    expect(height(three.svg) - height(two.svg)).toBeCloseTo(barsCategoryStep(count), 1);
  });
});

describe('kaaFunnel', () => {
  it('labels each step with its count and its share of the list', async () => {
    const chart = await kaaFunnel({
      title: 'KAA',
      steps: [
        { label: 'På listan', women: 50, men: 53, total: 103 },
        { label: 'Kontaktade', women: 50, men: 52, total: 102 },
        { label: 'I insatser', women: 44, men: 46, total: 90 },
      ],
    });
    expect(texts(chart.svg)).toEqual(
      expect.arrayContaining(['På listan', 'Kontaktade', 'I insatser', '103', '102 (99\u00A0%)', '90 (87\u00A0%)']),
    );
    expect(chart.alt).toBe('KAA. På listan: 103. Kontaktade: 102. I insatser: 90.');
  });

  it('handles a suppressed step', async () => {
    const chart = await kaaFunnel({
      title: 'KAA',
      steps: [
        { label: 'På listan', women: 5, men: 5, total: 10 },
        { label: 'I insatser', women: null, men: null, total: null },
      ],
    });
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['10', '..']));
  });
});

describe('stacked100', () => {
  const parts = [
    { label: 'Höjt', colour: CHANGE_COLOURS.raised },
    { label: 'Behållit', colour: CHANGE_COLOURS.kept },
    { label: 'Sänkt', colour: CHANGE_COLOURS.lowered },
  ];
  it('draws shares of each row with its base and puts the counts in the alt text', async () => {
    const chart = await stacked100({
      title: 'Meritvärde',
      parts,
      rows: [
        { label: 'Kvinnor', values: [30, 16, 4] },
        { label: 'Totalt', values: [58, 37, 8] },
      ],
    });
    expect(texts(chart.svg)).toEqual(
      expect.arrayContaining(['Kvinnor (n = 50)', 'Totalt (n = 103)', '60\u00A0%', '32\u00A0%', '8\u00A0%', 'Höjt', 'Behållit', 'Sänkt']),
    );
    expect(chart.alt).toBe(
      'Meritvärde. Kvinnor, 50 personer: höjt 60\u00A0% (30), behållit 32\u00A0% (16), sänkt 8\u00A0% (4). Totalt, 103 personer: höjt 56\u00A0% (58), behållit 36\u00A0% (37), sänkt 8\u00A0% (8).',
    );
  });

  it('sets each share in ink or white, whichever its segment contrasts more with', async () => {
    const chart = await stacked100({ title: 'M', parts, rows: [{ label: 'Totalt', values: [40, 40, 20] }] });
    const shareColour = (share: string) => new RegExp(`fill="(#[0-9A-F]{6})">${share}</text>`).exec(chart.svg)?.[1];
    expect(shareColour('40\u00A0%')).toBe('#FFFFFF'); // on the dark green of "Höjt" (drawn first)
    expect(shareColour('20\u00A0%')).toBe('#1A1A1A'); // on the light purple of "Sänkt"
  });

  it('sets the label of a segment too narrow for it beside the bar, with its part name, never dropping it', async () => {
    // Bromölla's grades unsuppressed (issue 13): 3 of 103 lowered is a segment about 15 px wide.
    const chart = await stacked100({
      title: 'Meritvärde',
      parts,
      rows: [
        { label: 'Kvinnor', values: [29, 17, 2] },
        { label: 'Totalt', values: [70, 30, 3] },
      ],
    });
    const drawn = texts(chart.svg);
    expect(drawn).toEqual(expect.arrayContaining(['60\u00A0%', '35\u00A0%', 'Sänkt 4\u00A0%', '68\u00A0%', '29\u00A0%', 'Sänkt 3\u00A0%']));
    // Each share is printed once: inside its segment or beside the bar, not both.
    expect(drawn.filter((t) => t === '3\u00A0%' || t === '4\u00A0%')).toEqual([]);
    // The labels beside stand right of the bars' end, inside the chart.
    const x = (text: string) => Number(new RegExp(`transform="translate\\(([\\d.]+),[\\d.]+\\)"[^>]*>${text}</text>`).exec(chart.svg)?.[1]);
    const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(chart.svg)?.[1]);
    expect(x('Sänkt 3\u00A0%')).toBeGreaterThan(x('68\u00A0%'));
    expect(x('Sänkt 3\u00A0%') + textWidth('Sänkt 3\u00A0%', 12)).toBeLessThanOrEqual(width);
  });

  it('joins two narrow segments of one row into one label beside the bar', async () => {
    const chart = await stacked100({ title: 'M', parts, rows: [{ label: 'Män', values: [96, 2, 2] }] });
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['96\u00A0%', 'Behållit 2\u00A0%, Sänkt 2\u00A0%']));
  });

  it('does not draw a row with a suppressed part, and shows ".."', async () => {
    const chart = await stacked100({ title: 'M', parts, rows: [{ label: 'Män', values: [null, 3, 1] }] });
    expect(texts(chart.svg)).toEqual(expect.arrayContaining(['Män (n = ..)', '..']));
    // Only the legend swatch is in the "kept" colour: no bar segment was drawn.
    expect(chart.svg.split(`fill="${CHANGE_COLOURS.kept}"`)).toHaveLength(2);
    expect(chart.alt).toBe('M. Män: uppgift dold.');
  });
});

describe('every chart', () => {
  // Charts of every shape, with suppressed cells, zeros, an empty chart and a repeated label: each
  // SVG must depend on its own input only, not on what was drawn before or alongside it.
  type Charts = typeof import('./draw.js');
  const parts = [
    { label: 'Höjt', colour: CHANGE_COLOURS.raised },
    { label: 'Behållit', colour: CHANGE_COLOURS.kept },
    { label: 'Sänkt', colour: CHANGE_COLOURS.lowered },
  ];
  const total = (label: string, value: number | null) => ({ label, women: null, men: null, total: value });
  const cases: ((m: Charts) => Promise<{ svg: string }>)[] = [
    (m) => m.horizontalBars(outcomes),
    (m) =>
      m.horizontalBars({
        title: 'Orsak',
        categories: [
          { label: 'Flytt', women: 40, men: 2, total: 42 },
          { label: 'Hälsa', women: null, men: 1, total: 3 },
          { label: 'Annat', women: 0, men: 0, total: 0 },
        ],
      }),
    (m) => m.horizontalBars({ title: 'Omvänt', categories: [...outcomes.categories].reverse() }),
    (m) => m.horizontalBars({ title: 'Tomt', categories: [] }),
    (m) => m.horizontalBars({ title: 'Totalt', series: 'total', categories: [total('A', 7), total('B', null), total('A', 3)] }),
    (m) => m.horizontalBars({ title: 'Totalt', series: 'total', categories: [total('B', 1), total('A', 9)] }),
    (m) =>
      m.groupedBars({
        title: 'Andel',
        format: 'percent',
        series: 'gender+total',
        groups: [
          { label: 'Kalmar', women: 50, men: null, total: 61 },
          { label: 'Skåne', women: 92, men: 71.6, total: 80 },
        ],
      }),
    (m) =>
      m.kaaFunnel({
        title: 'KAA',
        steps: [
          { label: 'På listan', women: 50, men: 53, total: 103 },
          { label: 'Kontaktade', women: 50, men: 52, total: 102 },
          { label: 'I insatser', women: 44, men: 46, total: null },
        ],
      }),
    (m) =>
      m.kaaFunnel({
        title: 'KAA',
        steps: [
          { label: 'Kontaktade', women: 5, men: 5, total: 10 },
          { label: 'På listan', women: 0, men: 0, total: 0 },
        ],
      }),
    (m) =>
      m.stacked100({
        title: 'M',
        parts,
        rows: [
          { label: 'Kvinnor', values: [30, 16, 4] },
          { label: 'Män', values: [null, 3, 1] },
          { label: 'Totalt', values: [58, 37, 8] },
        ],
      }),
    (m) =>
      m.stacked100({
        title: 'M',
        parts,
        rows: [
          { label: 'Totalt', values: [0, 5, 0] },
          { label: 'Kvinnor', values: [0, 0, 0] },
        ],
      }),
  ];
  const freshModule = async (): Promise<Charts> => {
    vi.resetModules();
    return import('./draw.js');
  };

  it('draws the same SVG in any order, one at a time or several at once, as when drawn first', async () => {
    const m = await freshModule();
    const inOrder: string[] = [];
    for (const make of cases) inOrder.push((await make(m)).svg);
    const reversed: string[] = [];
    for (const make of [...cases].reverse()) reversed.unshift((await make(m)).svg);
    const together = await Promise.all(cases.map(async (make) => (await make(m)).svg));
    // Two at a time, in a scrambled order (like brochures --concurrency 2).
    const order = cases.map((_, i) => (i * 7) % cases.length);
    const scrambled: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < order.length) {
        const i = order[next++] ?? 0;
        scrambled[i] = (await (cases[i] as (typeof cases)[number])(m)).svg;
      }
    };
    await Promise.all([worker(), worker()]);
    expect(reversed).toEqual(inOrder);
    expect(together).toEqual(inOrder);
    expect(scrambled).toEqual(inOrder);
    // Each chart as the very first one of a fresh module: nothing compiled, nothing drawn before.
    for (const [i, make] of cases.entries()) expect((await make(await freshModule())).svg).toBe(inOrder[i]);
  });
});

describe('textWidth', () => {
  it('measures with the real font widths, bold wider than regular', () => {
    expect(textWidth('Nationellt program i gymnasieskolan', 12)).toBeCloseTo(185, 0);
    expect(textWidth('Malmö', 12, 'bold')).toBeGreaterThan(textWidth('Malmö', 12));
  });
});

describe('reused chart views', () => {
  // One vega view per chart shape is reused (charts.ts). Random charts of every kind, with
  // suppressed cells, zeros, repeated labels and long axes, drawn in a scrambled order through the
  // reused views must come out exactly as each drawn in a view of its own.
  it('draw every chart exactly as a fresh view does, whatever was drawn before', async () => {
    vi.resetModules();
    const m = await import('./draw.js');
    let seed = 2017;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const int = (n: number) => Math.floor(random() * n);
    const cell = () => (random() < 0.08 ? null : random() < 0.1 ? 0 : int(random() < 0.5 ? 20 : 3000));
    const labels = [
      'Studier',
      'Arbete',
      'Annat',
      'Okänt',
      'Flytt till annan kommun',
      'Sjukdom',
      'Föräldraledig',
      'Praktik eller annan sysselsättning med ett långt namn',
    ];
    const cells = (n: number) =>
      Array.from({ length: random() < 0.05 ? 0 : random() < 0.1 ? 8 + int(4) : n }, (_, i) => {
        const women = cell();
        const men = cell();
        return {
          label: labels[(i + int(3)) % labels.length] ?? '',
          women,
          men,
          total: women === null || men === null ? (random() < 0.5 ? null : int(100)) : women + men,
        };
      });
    const series = () => (['total', 'gender', 'gender+total'] as const)[int(3)];
    const parts = [
      { label: 'Höjt', colour: CHANGE_COLOURS.raised },
      { label: 'Behållit', colour: CHANGE_COLOURS.kept },
      { label: 'Sänkt', colour: CHANGE_COLOURS.lowered },
    ];
    const charts: (() => Promise<{ svg: string }>)[] = Array.from({ length: 240 }, (_, i) => {
      const kind = i % 4;
      if (kind === 0) {
        const input = {
          title: `T${i}`,
          categories: cells(1 + int(6)),
          series: series(),
          format: random() < 0.3 ? ('percent' as const) : ('count' as const),
        };
        return () => m.horizontalBars(input);
      }
      if (kind === 1) {
        const input = { title: `G${i}`, groups: cells(2 + int(7)), series: series(), width: random() < 0.5 ? 300 : 640 };
        return () => m.groupedBars(input);
      }
      if (kind === 2) {
        const input = { title: `K${i}`, steps: cells(1 + int(3)), series: random() < 0.5 ? ('total' as const) : series() };
        return () => m.kaaFunnel(input);
      }
      const used = parts.slice(0, 2 + int(2));
      const input = {
        title: `S${i}`,
        parts: used,
        rows: ['Kvinnor', 'Män', 'Totalt'].slice(0, 1 + int(3)).map((label) => ({ label, values: used.map(cell) })),
      };
      return () => m.stacked100(input);
    });
    m.reuseChartViews(false);
    const fresh: string[] = [];
    for (const draw of charts) fresh.push((await draw()).svg);
    m.reuseChartViews(true);
    const order = charts.map((_, i) => i).sort(() => random() - 0.5);
    const reused: string[] = [];
    // Two at a time, like a batch of brochures: charts of one shape wait for the view.
    let next = 0;
    const worker = async () => {
      while (next < order.length) {
        const i = order[next++] ?? 0;
        reused[i] = (await (charts[i] as (typeof charts)[number])()).svg;
      }
    };
    await Promise.all([worker(), worker()]);
    const differing = reused.map((svg, i) => (svg === fresh[i] ? -1 : i)).filter((i) => i >= 0);
    expect(differing).toEqual([]);
    expect(new Set(fresh).size).toBeGreaterThan(200); // the inputs really differ
  }, 30_000);
});
