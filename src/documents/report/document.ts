// The report's document model: numbered chapters and sections made of blocks (prose, tables,
// charts, quotes, key figures). Building the document in code keeps numbering — headings (1, 1.1),
// tables and figures — and the table of contents consistent; the templates only lay it out.
import type { TrustedHtml } from '../../html/handlebars.js';
import type { TocEntry } from '../../html/render.js';

export interface Heading {
  id: string;
  number: string;
  title: string;
  level: number;
}

export interface TableRow {
  /** 'missing': a unit without the figures; its one cell ("uppgift saknas") spans the columns. */
  kind: 'data' | 'group' | 'total' | 'share' | 'missing';
  label: string;
  /** Pre-formatted cells (Swedish style), one per numeric column. */
  cells: string[];
  indent: boolean;
}

export interface TableView {
  number: number;
  caption: string;
  /** The header of the label column ("" for none). */
  stub: string;
  columns: string[];
  /** Per numeric column: 'num' (right-aligned figures) or 'text'. */
  align: Array<'num' | 'text'>;
  rows: TableRow[];
  /** The rows split at group headings: each group is a <tbody> kept on one page. */
  bodies: Array<{ rows: TableRow[] }>;
  source: string;
  notes: string[];
  /** Short tables are kept on one page. */
  keep: boolean;
  /** Columns including the label column, for group rows. */
  colspan: number;
}

export interface KeyFigure {
  value: string;
  label: string;
  detail: string;
}

export type Block =
  | { kind: 'markdown'; text: string }
  | { kind: 'question'; text: string }
  | { kind: 'missing'; text: string }
  | { kind: 'paragraph'; text: string; muted: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'facts'; items: Array<{ label: string; value: string }> }
  | { kind: 'table'; table: TableView }
  /** `note`: what the chart leaves out (categories whose every value is hidden), said under it. */
  | { kind: 'chart'; number: number; caption: string; svg: TrustedHtml; alt: string; source: string; note?: string }
  /** The same small chart for several units side by side (one Figure, one caption, one source). */
  | {
      kind: 'multiples';
      number: number;
      caption: string;
      alt: string;
      panels: Array<{ title: string; svg: TrustedHtml; alt: string }>;
      source: string;
    }
  | { kind: 'quote'; text: string; role: string }
  | { kind: 'keyFigures'; items: KeyFigure[] }
  | { kind: 'definitions'; items: Array<{ title: string; text: string }> }
  | { kind: 'note'; text: string }
  /** A list of references, each item its whole text ("[1] Author (2010): Title"). */
  | { kind: 'sources'; items: string[] };

export interface Section {
  heading: Heading;
  blocks: Block[];
  /** Keep the whole section on one page (short sections such as a region's key figures). */
  keep: boolean;
  /**
   * A rule above the heading, so a unit of its own (each municipality of the regional report) is
   * found at a glance. It does not start a new page: hard breaks left pages two-thirds empty.
   */
  separated: boolean;
}

export interface Chapter {
  heading: Heading;
  blocks: Block[];
  sections: Section[];
  /**
   * Start on a new page (the appendix). Chapters otherwise flow on from the previous one: a hard
   * break before each left their last pages nearly empty (issue 13).
   */
  newPage: boolean;
}

/** Hands out heading numbers, ids and table/figure numbers in document order. */
export class DocumentBuilder {
  readonly chapters: Chapter[] = [];
  private tableCount = 0;
  private figureCount = 0;
  private readonly ids = new Set<string>();

  /** A numbered chapter ("3 Resultat"); `number` overrides the running number (e.g. "Bilaga"). */
  chapter(title: string, number?: string): Chapter {
    const n = number ?? String(this.chapters.filter((c) => /^\d+$/.test(c.heading.number)).length + 1);
    const chapter: Chapter = { heading: { id: this.id(`kap-${n}`), number: n, title, level: 1 }, blocks: [], sections: [], newPage: false };
    this.chapters.push(chapter);
    return chapter;
  }

  /** A numbered section of a chapter ("3.2 Deltagare"). */
  section(chapter: Chapter, title: string): Section {
    // Appendix sections are "B.1", "B.2"; chapters "3.1", "3.2".
    const prefix = /^\d+$/.test(chapter.heading.number) ? chapter.heading.number : chapter.heading.number.charAt(0).toUpperCase();
    const n = `${prefix}.${chapter.sections.length + 1}`;
    const section: Section = {
      heading: { id: this.id(`avsnitt-${n}`), number: n, title, level: 2 },
      blocks: [],
      keep: false,
      separated: false,
    };
    chapter.sections.push(section);
    return section;
  }

  nextTableNumber(): number {
    return ++this.tableCount;
  }

  nextFigureNumber(): number {
    return ++this.figureCount;
  }

  /**
   * Renumbers tables and figures in document order. View code may build a block before an earlier
   * one (e.g. a comparison table prepared ahead of the section it ends up in); call this last.
   */
  renumber(): void {
    let table = 0;
    let figure = 0;
    const visit = (blocks: Block[]) => {
      for (const block of blocks) {
        if (block.kind === 'table') block.table.number = ++table;
        else if (block.kind === 'chart' || block.kind === 'multiples') block.number = ++figure;
      }
    };
    for (const c of this.chapters) {
      visit(c.blocks);
      for (const s of c.sections) visit(s.blocks);
    }
  }

  toc(): TocEntry[] {
    const entries: TocEntry[] = [];
    for (const c of this.chapters) {
      entries.push(c.heading);
      for (const s of c.sections) entries.push(s.heading);
    }
    return entries;
  }

  private id(base: string): string {
    let id = base.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
    while (this.ids.has(id)) id += '-x';
    this.ids.add(id);
    return id;
  }
}
