// Chapter 5 of the national report, "Regionerna": one table that sets the regions' key figures
// side by side, small multiples of the same chart for every region, then a short section per
// region in its own words (the region's own summary). Eight identical key-figure tables in a row
// (issue 13) made the reader do the comparing.
import { formatInteger, formatList, formatPercent, percentValue } from '../../html/format.js';
import type { Ratio } from '../../indicators/types.js';
import { groupedBars } from '../../charts/draw.js';
import { trusted } from '../../html/handlebars.js';
import type { SUnit } from './common.js';
import type { Block, DocumentBuilder, TableRow } from './document.js';
import { label } from './labels.js';
import { makeTable, type Cell } from './tables.js';
import type { LoadedRegion } from '../../validate/dataset.js';

/** The shares compared across regions, each with its figures or null when the region has none. */
function keyShares(r: SUnit): Array<{ key: string; ratio: Ratio<Cell> | null }> {
  const f = r.figures;
  return [
    { key: 'educationOrWork', ratio: f.outcomes.exited.total !== 0 ? f.outcomes.educationOrWork : null },
    { key: 'dropoutRate', ratio: f.dropouts?.rate ?? null },
    { key: 'raisedOrKept', ratio: f.grades && f.grades.measurable.total !== 0 ? f.grades.raisedOrKept : null },
    { key: 'kaaContactRate', ratio: f.kaa && f.kaa.listed.total !== 0 ? f.kaa.contactRate : null },
  ];
}

const shareOrMissing = (ratio: Ratio<Cell> | null) =>
  ratio ? formatPercent(ratio.numerator.total, ratio.denominator.total) : label('national.regions.missingCell');

function comparisonTable(doc: DocumentBuilder, regions: SUnit[], nation: SUnit, source: string): Block {
  const rowOf = (u: SUnit, kind: TableRow['kind'], name: string): TableRow => ({
    kind,
    label: name,
    cells: [formatInteger(u.figures.participants.persons.total), ...keyShares(u).map((s) => shareOrMissing(s.ratio))],
    indent: false,
  });
  const rows = regions.map((r) => rowOf(r, 'data', r.name));
  rows.push(rowOf(nation, 'total', label('common.nationTotal')));
  const notes = [label('national.regions.basesNote')];
  if (regions.some((r) => keyShares(r).some((s) => !s.ratio))) notes.push(label('national.regions.missingNote'));
  return {
    kind: 'table',
    table: makeTable(doc, {
      caption: label('national.regions.tableCaption'),
      stub: label('common.region'),
      columns: [
        label('national.regions.columns.participants'),
        ...keyShares(nation).map((s) => label(`national.regions.columns.${s.key}`)),
      ],
      rows,
      source,
      notes,
    }),
  };
}

/** The same small chart for every region: its key shares for women, men and in total. */
async function smallMultiples(doc: DocumentBuilder, regions: SUnit[], source: string): Promise<Block | null> {
  const panels = [];
  for (const r of regions) {
    const groups = keyShares(r)
      .filter((s) => s.ratio)
      .map((s) => {
        const p = (g: 'women' | 'men' | 'total') => percentValue(s.ratio!.numerator[g], s.ratio!.denominator[g]);
        return { label: label(`national.regions.short.${s.key}`), women: p('women'), men: p('men'), total: p('total') };
      });
    if (groups.length === 0) continue;
    const chart = await groupedBars({ title: r.name, groups, series: 'gender+total', format: 'percent', width: 320 });
    panels.push({ title: r.name, svg: trusted(chart.svg), alt: chart.alt });
  }
  if (panels.length === 0) return null;
  return {
    kind: 'multiples',
    number: doc.nextFigureNumber(),
    caption: label('national.regions.chartCaption'),
    alt: label('national.regions.chartAlt', { regions: formatList(panels.map((p) => p.title)) }),
    panels,
    source,
  };
}

/** `loaded`: the regions in project.yaml order with their configs; `nation`: the figures shown. */
export async function regionsChapter(doc: DocumentBuilder, loadedRegions: LoadedRegion[], nation: SUnit, source: string): Promise<void> {
  const chapter = doc.chapter(label('national.chapters.regions'));
  const regions = nation.children;
  chapter.blocks.push({ kind: 'paragraph', muted: false, text: label('national.regions.lead') });
  chapter.blocks.push(comparisonTable(doc, regions, nation, source));
  const multiples = await smallMultiples(doc, regions, source);
  if (multiples) chapter.blocks.push(multiples);

  for (const loaded of loadedRegions) {
    const r = regions.find((u) => u.id === loaded.config.id);
    if (!r) continue;
    const section = doc.section(chapter, r.name);
    if (loaded.config.synthetic) section.blocks.push({ kind: 'paragraph', muted: true, text: label('national.regionSynthetic') });
    // The region's own summary says what its figures cannot: how it worked and what it learnt. It
    // names its organisation and municipalities itself; only without one does a sentence say so.
    const summary = loaded.config.narrative?.summary;
    if (summary && summary.trim() !== '') section.blocks.push({ kind: 'markdown', text: summary });
    else {
      const names = loaded.municipalities.map((m) => m.name);
      section.blocks.push({
        kind: 'paragraph',
        muted: false,
        text: label('national.regionLead', {
          organisation: loaded.config.organisation,
          place: r.name,
          n: formatInteger(names.length),
          municipalities: formatList(names),
        }),
      });
    }
  }
}
