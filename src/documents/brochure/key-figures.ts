// The cover's key figures (issue 13): three to five, chosen by rules, never a hidden or small
// figure, never the dropout rate (a negative rate is no headline; it is told in the body).
//
// 1. The indicators' own: participants, share in studies or work, raised or kept merit value,
//    KAA reached — in that order, those that are shown (headlineWorthy).
// 2. Fewer than three: the figures the municipality reported itself (municipality.yaml baseline).
// 3. Still fewer than three: descriptive figures that count no one — workshops, target groups,
//    the year the work started.
import type { MunicipalityConfig } from '../../schema/config.js';
import { MISSING, formatInteger } from '../../html/format.js';
import { copy } from '../../html/copy.js';
import type { IndicatorPart, KeyFigure } from './sections.js';

const MIN_FIGURES = 3;
const MAX_FIGURES = 5;

/** The indicators' figures in the order the cover sets them. */
const COVER_ORDER: ReadonlyArray<KeyFigure['id']> = ['participants', 'education-or-work', 'grades', 'kaa-contact'];

/**
 * Whether a key figure may be set large on the cover: every count it prints or rests on is shown
 * (a hidden one would print a huge "..", or its gender split would) and none is from 1 to N−1,
 * which the cover would single out even where the tables, with disclosure control off, show it.
 */
export function headlineWorthy(kf: KeyFigure, minCount: number): boolean {
  return kf.value !== MISSING && kf.counts.every((c) => c !== null && (c < 1 || c >= minCount));
}

export function coverKeyFigures(parts: IndicatorPart[], m: MunicipalityConfig, minCount: number): KeyFigure[] {
  const worthy = (kf: KeyFigure) => headlineWorthy(kf, minCount);
  const offered = parts.flatMap((p) => p.keyFigures);
  const shown = COVER_ORDER.flatMap((id) => offered.filter((kf) => kf.id === id)).filter(worthy);
  for (const spare of [...baselineFigures(m), ...descriptiveFigures(m)]) {
    if (shown.length >= MIN_FIGURES) break;
    if (worthy(spare)) shown.push(spare);
  }
  return shown.slice(0, MAX_FIGURES);
}

/** A figure that is no count of persons in the CSV files: no gender split, no base. */
function plainFigure(id: KeyFigure['id'], value: string, caption: string, extra: Partial<KeyFigure> = {}): KeyFigure {
  return { id, value, qualifier: null, caption, base: null, women: null, men: null, note: null, counts: [], ...extra };
}

/** "cirka 1 000 elever nåddes av aktiviteterna", as the municipality reported it. */
function baselineFigures(m: MunicipalityConfig): KeyFigure[] {
  return (m.baseline ?? []).map((b) =>
    plainFigure(
      'baseline',
      formatInteger(b.value),
      b.period ? copy('brochure.keyFigure.baselineWithPeriod', { label: b.label, period: b.period }) : b.label,
      {
        qualifier: b.approximate ? copy('common.approximately') : null,
        note: copy('brochure.keyFigure.baselineNote'),
        // A reported figure counts persons too: a small one is no headline either.
        counts: [b.value],
      },
    ),
  );
}

/** Workshops, target groups, the year the work started: what the municipality did, not whom. */
function descriptiveFigures(m: MunicipalityConfig): KeyFigure[] {
  const workshops = m.workshops.length;
  const groups = new Set(m.workshops.flatMap((w) => w.target_groups)).size;
  const figures = [
    plainFigure(
      'workshops',
      formatInteger(workshops),
      copy(workshops === 1 ? 'brochure.keyFigure.workshop' : 'brochure.keyFigure.workshops'),
    ),
    plainFigure(
      'target-groups',
      formatInteger(groups),
      copy(groups === 1 ? 'brochure.keyFigure.targetGroup' : 'brochure.keyFigure.targetGroups'),
    ),
  ];
  if (m.started) figures.push(plainFigure('started', m.started.slice(0, 4), copy('brochure.keyFigure.started')));
  return figures;
}
