import * as pagefind from 'pagefind';

/**
 * The search index, built while Astro renders. Pagefind's indexer is a process of its own, so
 * indexing each agent page as soon as it is rendered puts that work on the second core instead
 * of after the last page (at 10,000 agents the index took 14 s after a 40 s render; see README,
 * "Performance at scale"). The integration opens the index when the build starts and writes it
 * when the build is done; the middleware (src/middleware.ts) hands it each agent page.
 *
 * Pagefind numbers pages in the order it receives them, and that numbering is written into the
 * index, while Astro renders several pages at once and finishes them in no fixed order. So pages
 * are handed over one at a time, in the catalog's order: a page that finishes early waits for the
 * ones before it. Two builds of the same content then write the same index, byte for byte.
 *
 * The integration and the middleware run in one process but in two module graphs (Astro loads the
 * integration itself, Vite bundles the middleware), which share no module instance: they meet
 * through one process-wide key. Outside a build (the dev server) nothing opens the index and the
 * middleware does nothing.
 */
const KEY = Symbol.for('agent-threat-directory.search-index');

interface OpenIndex {
  index: Promise<pagefind.PagefindIndex>;
  /** Every page to index, in the order Pagefind receives them; set by the first page rendered. */
  order?: readonly string[];
  /** How many pages of `order` have been handed to Pagefind. */
  handed: number;
  /** Pages rendered but not yet handed over, waiting for a page before them in `order`. */
  waiting: Map<string, string>;
  /** The last page handed over, resolving to Pagefind's errors for every page so far. */
  errors: Promise<string[]>;
}
type Registry = { [KEY]?: OpenIndex };
const registry = globalThis as Registry;

export function openSearchIndex(): void {
  const index = pagefind.createIndex({}).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  registry[KEY] = { index, handed: 0, waiting: new Map(), errors: index.then(() => []) };
}

/** Whether a build has opened the index (never in the dev server). */
export const isIndexing = (): boolean => registry[KEY] !== undefined;

/**
 * Indexes one rendered page; `url` is its path below the base, as the search page asks for it,
 * and `order` lists every page the build will index, each once, in the order to index them.
 */
export function indexPage(url: string, html: string, order: readonly string[]): void {
  const open = registry[KEY];
  if (!open) return;
  open.order ??= order;
  open.waiting.set(url, html);
  while (open.handed < open.order.length && open.waiting.has(open.order[open.handed])) {
    handOver(open, open.order[open.handed++]);
  }
}

function handOver(open: OpenIndex, url: string) {
  const content = open.waiting.get(url) ?? '';
  open.waiting.delete(url);
  // One page at a time: Pagefind may finish two pages sent together in either order.
  open.errors = open.errors.then(async (earlier) => {
    const { errors } = await (await open.index).addHTMLFile({ url, content });
    return [...earlier, ...errors];
  });
}

/** Writes the index into `outputPath` and closes Pagefind; resolves to the number of pages indexed. */
export async function writeSearchIndex(outputPath: string): Promise<number> {
  const open = registry[KEY];
  if (!open) throw new Error('the search index was never opened');
  delete registry[KEY];
  try {
    const errors = await open.errors;
    const neverRendered = (open.order ?? []).slice(open.handed).filter((url) => !open.waiting.has(url));
    if (neverRendered.length > 0) throw new Error(`these agent pages were never rendered: ${neverRendered.slice(0, 5).join(', ')}`);
    if (errors.length > 0) throw new Error(`Pagefind could not index the agent pages: ${errors.slice(0, 5).join('; ')}`);
    const written = await (await open.index).writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return open.handed;
  } finally {
    await pagefind.close();
  }
}
