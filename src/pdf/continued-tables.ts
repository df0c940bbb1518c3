// "(forts.)" on a table continued onto the next page (issue 13). Chromium repeats a table's header
// row on each page but not its caption, and CSS cannot caption a continuation. So the tables are
// split after layout: print, read back from the tagged PDF the first table whose rows break across
// pages (post/table-breaks.ts), split that table in the loaded page into two tables at the row that
// began the new page, and print again, until no table breaks.
//
// Why this way: the PDF says exactly where Chromium broke the table, with every keep-together rule
// applied; measuring rows in the page would mean redoing Chromium's pagination in our own code.
// One table per pass, in document order: a split only moves what comes after it, so every table
// before it keeps its pages and each pass settles one more table.
//
// The continuation starts on a new page (it begins where the break was), repeats the header row,
// and is captioned "Tabell N. … (forts.)": the template prints that word only inside a
// `.table-block.continued` (data-table.hbs), so this code needs no copy. Its number is not a new
// table's: numbers are set when the document is built, and the copy keeps the caption's number.
// The source and notes stay below the last part only. The page is changed through the DevTools DOM
// domain, as the table of contents is filled (engine.ts): no script runs in the page.
import type { CDPSession, Page } from 'puppeteer-core';
import { type TableBreak, firstBreak, readTableLayout } from './post/table-breaks.js';

/** The split tables' blocks (data-table.hbs): the first part, and every part after it. */
const BLOCK = '.table-block';
const CONTINUES = 'continues';
const CONTINUED = 'continued';
/** A table moved whole to the next page. */
const STARTS_PAGE = 'starts-page';
/** Fewest rows a part of a split table has: one or two rows alone above or below a break read badly. */
const MIN_ROWS = 3;
/** At most this many changes per document (each costs a print); a safeguard, not a limit met. */
const MAX_PASSES = 40;

/**
 * Splits every table that breaks across pages, printing again after each change; returns the last
 * print (the first one when no table breaks) and the number of prints made here.
 */
export async function continueBrokenTables(
  page: Page,
  pdf: Uint8Array,
  print: () => Promise<Uint8Array>,
): Promise<{ pdf: Uint8Array; prints: number }> {
  let prints = 0;
  // Tables before `from` are settled: a change only moves what comes after it.
  let from = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const broken = firstBreak(await readTableLayout(pdf), from);
    if (!broken) break;
    const change = await fixBreak(page, broken);
    if (change === 'none') {
      from = broken.table + 1;
      continue;
    }
    // A table moved to the next page is looked at again there (it may still break); a split one
    // is settled, and its continuation is the next table.
    from = change === 'moved' ? broken.table : broken.table + 1;
    pdf = await print();
    prints++;
  }
  return { pdf, prints };
}

/**
 * Mends one bad break through the DevTools DOM domain. A table with its header alone above the
 * break, or fewer than MIN_ROWS rows there, moves whole to the next page (once); otherwise it is
 * split, at the break or earlier so that the continuation has MIN_ROWS rows too.
 */
async function fixBreak(page: Page, broken: TableBreak): Promise<'moved' | 'split' | 'none'> {
  const client = await page.createCDPSession();
  try {
    const dom = domOf(client);
    const { root } = await client.send('DOM.getDocument', { depth: -1 });
    const block = (await dom.all(root.nodeId, BLOCK))[broken.table];
    if (block === undefined) return 'none';
    const classes = await dom.classes(block);
    const startsPage = classes.includes(STARTS_PAGE) || classes.includes(CONTINUED);
    if (broken.row < MIN_ROWS && !startsPage) {
      await dom.setClasses(block, [...classes, STARTS_PAGE]);
      return 'moved';
    }
    const row = broken.rows - broken.row < MIN_ROWS ? Math.max(broken.row === 0 ? 0 : 1, broken.rows - MIN_ROWS) : broken.row;
    if (row <= 0) return 'none';
    return (await splitTable(client, root, block, row)) ? 'split' : 'none';
  } finally {
    await client.detach().catch(() => undefined);
  }
}

/** Splits a table block before its body row `row` into two blocks; false when it cannot. */
async function splitTable(client: CDPSession, root: DomNode, block: number, row: number): Promise<boolean> {
  const dom = domOf(client);
  const parent = findParent(root, block);
  if (!parent) return false;
  const rows = await dom.all(block, 'tbody > tr');
  if (row <= 0 || row >= rows.length) return false;

  const siblings = parent.children ?? [];
  const next = siblings[siblings.findIndex((n) => n.nodeId === block) + 1];
  const { nodeId: rest } = await client.send('DOM.copyTo', {
    nodeId: block,
    targetNodeId: parent.nodeId,
    ...(next ? { insertBeforeNodeId: next.nodeId } : {}),
  });
  // The first part: its rows up to the break, no source or notes (they follow the last part).
  for (const node of rows.slice(row)) await dom.remove(node);
  for (const node of await dom.all(block, ':scope > p')) await dom.remove(node);
  // The continuation: the rows from the break on, under the same header and caption.
  for (const node of (await dom.all(rest, 'tbody > tr')).slice(0, row)) await dom.remove(node);
  for (const id of [block, rest]) for (const node of await dom.all(id, 'tbody:not(:has(tr))')) await dom.remove(node);
  const classes = (await dom.classes(block)).filter((c) => c !== 'keep');
  await dom.setClasses(block, [...classes, CONTINUES]);
  await dom.setClasses(rest, [...classes.filter((c) => c !== STARTS_PAGE), CONTINUED]);
  return true;
}

interface DomNode {
  nodeId: number;
  children?: DomNode[];
}

function findParent(node: DomNode, child: number): DomNode | undefined {
  for (const c of node.children ?? []) {
    if (c.nodeId === child) return node;
    const found = findParent(c, child);
    if (found) return found;
  }
  return undefined;
}

function domOf(client: CDPSession) {
  return {
    all: async (nodeId: number, selector: string) => (await client.send('DOM.querySelectorAll', { nodeId, selector })).nodeIds,
    remove: async (nodeId: number) => {
      await client.send('DOM.removeNode', { nodeId });
    },
    classes: async (nodeId: number) => {
      const { attributes } = await client.send('DOM.getAttributes', { nodeId });
      const at = attributes.indexOf('class');
      return at >= 0 ? (attributes[at + 1] ?? '').split(/\s+/).filter(Boolean) : [];
    },
    setClasses: async (nodeId: number, classes: string[]) => {
      await client.send('DOM.setAttributeValue', { nodeId, name: 'class', value: [...new Set(classes)].join(' ') });
    },
  };
}
