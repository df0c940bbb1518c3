// The national report's view model: every region keeps its row when it lacks an indicator, KAA
// tables carry an "Okänt kön" column when the list has persons of unknown gender, and chapter 5
// compares the regions in one table and one set of small multiples, not a table per region.
import { describe, expect, it } from 'vitest';
import { nationalReport } from './national.js';
import type { Block, Chapter, TableView } from './document.js';
import { c, figures, municipality, project, region, unit } from '../test-helpers/units.js';

async function twoRegions() {
  const withKaa = figures({ persons: c(40, 50), kaa: [{ women: 36, men: 44, unknown: 27, total: 107 }, c(36, 44), c(30, 40)] });
  withKaa.kaa!.contacted = { women: 36, men: 44, unknown: 20, total: 100 };
  withKaa.kaa!.contactRate = { numerator: withKaa.kaa!.contacted, denominator: withKaa.kaa!.listed };
  const withoutKaa = figures({ persons: c(20, 30) });
  const skane = unit('region', 'skane', 'Skåne', withKaa, [unit('municipality', 'bromolla', 'Bromölla', withKaa)]);
  const kalmar = unit('region', 'kalmar', 'Kalmar län', withoutKaa, [unit('municipality', 'kalmar', 'Kalmar', withoutKaa)]);
  const nation = unit('nation', 'nation', 'Hela projektet', withKaa, [skane, kalmar]);
  const view = await nationalReport({
    project: { ...project, regions: ['skane', 'kalmar'] },
    regions: [
      { config: region({ narrative: { summary: 'Skåne arbetade nära skolan.' } }), municipalities: [municipality()] },
      {
        config: region({ id: 'kalmar', name: 'Kalmar län', organisation: 'Regionförbundet i Kalmar län' }),
        municipalities: [municipality({ id: 'kalmar', name: 'Kalmar' }), municipality({ id: 'nybro', name: 'Nybro' })],
      },
    ],
    unit: nation,
    validation: { files: 3, rows: 100, errors: 0, warnings: [] },
    suppress: 0,
  });
  return view.context['chapters'] as Chapter[];
}

const tables = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
const allTables = (chapter: Chapter) => [...tables(chapter.blocks), ...chapter.sections.flatMap((s) => tables(s.blocks))];
const byCaption = (chapters: Chapter[], caption: string): TableView => {
  const found = chapters.flatMap(allTables).find((t) => t.caption === caption);
  expect(found, caption).toBeDefined();
  return found!;
};

describe('nationalReport', () => {
  it('gives a region without KAA data a row saying "uppgift saknas", with a note', async () => {
    const kaa = byCaption(await twoRegions(), 'Kontaktade ungdomar inom KAA per region');
    expect(kaa.rows.map((r) => [r.kind, r.label, r.cells[0]])).toEqual([
      ['share', 'Skåne', expect.stringMatching(/^100\s%/)],
      ['missing', 'Kalmar län', 'uppgift saknas'],
      ['total', 'Hela projektet', expect.stringMatching(/^100\s%/)],
    ]);
    expect(kaa.notes.join(' ')).toContain('Uppgift saknas: ingen kommun i regionen har lämnat uppgifter om detta.');
  });

  it('adds an "Okänt kön" column to the KAA tables so women + men + unknown = total', async () => {
    const chapters = await twoRegions();
    const kaa = byCaption(chapters, 'Det kommunala aktivitetsansvaret, Hela projektet');
    expect(kaa.columns).toEqual(['Kvinnor', 'Män', 'Okänt kön', 'Totalt']);
    expect(kaa.rows[0]!.cells).toEqual(['36', '44', '27', '107']);
    const lead = chapters[2]!.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'paragraph' && b.text.includes('okänt kön'));
    expect(lead && lead.kind === 'paragraph' ? lead.text : '').toMatch(/^Av de unga på listan har 27 okänt kön/);
    // Participants have a known gender: their tables keep three columns.
    expect(byCaption(chapters, 'Deltagare per region').columns).toEqual(['Kvinnor', 'Män', 'Totalt']);
  });

  it('compares the regions in chapter 5 with one table and one set of small multiples, then each region in words', async () => {
    const regions = (await twoRegions()).find((ch) => ch.heading.title === 'Regionerna')!;
    expect(regions.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'multiples']);
    const table = tables(regions.blocks)[0]!;
    expect(table.rows.map((r) => r.label)).toEqual(['Skåne', 'Kalmar län', 'Hela projektet']);
    expect(table.rows[1]!.cells.at(-1)).toBe('saknas');
    expect(regions.sections.map((s) => s.heading.title)).toEqual(['Skåne', 'Kalmar län']);
    expect(regions.sections.flatMap((s) => tables(s.blocks))).toEqual([]);
    expect(regions.sections[0]!.blocks).toEqual([{ kind: 'markdown', text: 'Skåne arbetade nära skolan.' }]);
    // Without a summary of its own, one sentence names the organisation and the municipalities.
    expect(regions.sections[1]!.blocks).toEqual([
      {
        kind: 'paragraph',
        muted: false,
        text: 'Regionförbundet i Kalmar län ansvarade för projektet i Kalmar län, med 2 deltagande kommuner: Kalmar och Nybro.',
      },
    ]);
  });
});
