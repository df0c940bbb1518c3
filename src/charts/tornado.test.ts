import { describe, expect, it } from 'vitest';
import { textWidth } from './draw.js';
import { MIN_LIGHTNESS_STEP, SENSITIVITY_COLOURS, lightness } from './palette.js';
import { type TornadoInput, tornado, tornadoOrder } from './tornado.js';

const input: TornadoInput = {
  title: 'Känslighet',
  base: { value: 3.1e6, label: 'Centralt: 3,1 mnkr' },
  legend: { low: 'Lågt värde på antagandet', high: 'Högt värde på antagandet' },
  alt: 'Känslighet. Antal år: 3 år ger −1,2 mnkr, 10 år ger 5,0 mnkr.',
  rows: [
    { name: 'Diskonteringsränta', low: { value: 4.0e6, label: '2 %: 4,0 mnkr' }, high: { value: 2.3e6, label: '4 %: 2,3 mnkr' } },
    {
      name: 'Årlig samhällskostnad',
      low: { value: 0.5e6, label: '400 000 kr: 0,5 mnkr' },
      high: { value: 6.5e6, label: '900 000 kr: 6,5 mnkr' },
    },
    { name: 'Antal år', low: { value: -1.2e6, label: '3 år: −1,2 mnkr' }, high: { value: 5e6, label: '10 år: 5,0 mnkr' } },
    // Deadweight does not move break-even: a bar of no width still gets both labels.
    { name: 'Dödvikt', low: { value: 3.1e6, label: '20 %: 3,1 mnkr' }, high: { value: 3.1e6, label: '60 %: 3,1 mnkr' } },
  ],
};

/** The texts drawn, with their anchor and x within the plot (the root group's translate taken off). */
function texts(svg: string) {
  const root = /<g fill="none" stroke-miterlimit="4" transform="translate\(([\d.]+),([\d.]+)\)">/.exec(svg);
  const left = Number(root?.[1]);
  return [...svg.matchAll(/<text text-anchor="(\w+)" transform="translate\((-?[\d.]+),(-?[\d.]+)\)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    anchor: m[1],
    x: Number(m[2]),
    y: Number(m[3]),
    text: m[4] ?? '',
    left,
  }));
}
const svgWidth = (svg: string) => Number(/^<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);

describe('tornado', () => {
  it('puts the assumption that moves the result most on top, equal spans in the given order', () => {
    expect(tornadoOrder(input.rows).map((r) => r.name)).toEqual(['Antal år', 'Årlig samhällskostnad', 'Diskonteringsränta', 'Dödvikt']);
  });

  it('draws every name and every end label, none dropped, names in the sorted order', async () => {
    const drawn = texts((await tornado(input)).svg).map((t) => t.text);
    const names = drawn.filter((t) => input.rows.some((r) => r.name === t));
    expect(names).toEqual(['Antal år', 'Årlig samhällskostnad', 'Diskonteringsränta', 'Dödvikt']);
    for (const row of input.rows) expect(drawn).toEqual(expect.arrayContaining([row.low.label, row.high.label]));
    expect(drawn).toContain('Centralt: 3,1 mnkr');
    expect(drawn).toEqual(expect.arrayContaining(['Lågt värde på antagandet', 'Högt värde på antagandet']));
  });

  it('keeps every end label inside the chart and off the names: left labels end right of the names, right ones before the edge', async () => {
    const { svg } = await tornado(input);
    const width = svgWidth(svg);
    const ends = texts(svg).filter((t) => /: /.test(t.text) && t.anchor !== 'middle');
    expect(ends).toHaveLength(8);
    for (const t of ends) {
      const w = textWidth(t.text, 12);
      if (t.anchor === 'end') expect(t.x - w, t.text).toBeGreaterThanOrEqual(0);
      else expect(t.left + t.x + w, t.text).toBeLessThanOrEqual(width);
    }
  });

  it("colours the low and high ends apart in greyscale, with the caller's alt text as the one image description", async () => {
    const { svg, alt } = await tornado(input);
    expect(Math.abs(lightness(SENSITIVITY_COLOURS.low) - lightness(SENSITIVITY_COLOURS.high))).toBeGreaterThanOrEqual(MIN_LIGHTNESS_STEP);
    expect(svg).toContain(`fill="${SENSITIVITY_COLOURS.low}"`);
    expect(svg).toContain(`fill="${SENSITIVITY_COLOURS.high}"`);
    expect(alt).toBe(input.alt);
    expect(svg.match(/role="img"/g)).toHaveLength(1);
    expect(svg).toContain('aria-label="Känslighet. Antal år: 3 år ger −1,2 mnkr, 10 år ger 5,0 mnkr."');
  });

  it('is deterministic and escapes names', async () => {
    const hostile = { ...input, rows: [{ ...input.rows[0]!, name: '<script>x</script>' }] };
    const a = await tornado(hostile);
    expect(a.svg).not.toContain('<script>');
    expect((await tornado(structuredClone(hostile))).svg).toBe(a.svg);
  });
});
