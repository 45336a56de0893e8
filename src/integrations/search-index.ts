import * as pagefind from 'pagefind';

/**
 * The search index, built while Astro renders. Pagefind's indexer is a process of its own, so
 * indexing each agent page as soon as it is rendered puts that work on the second core instead
 * of after the last page (at 10,000 agents the index took 14 s after a 40 s render; see README,
 * "Performance at scale"). The integration opens the index when the build starts and writes it
 * when the build is done; the middleware (src/middleware.ts) hands it each agent page.
 *
 * Those two run in one process but in two module graphs (Astro loads the integration itself, Vite
 * bundles the middleware), which share no module instance: they meet through one process-wide
 * key. Outside a build (the dev server) nothing opens the index and the middleware does nothing.
 */
const KEY = Symbol.for('agent-threat-directory.search-index');

interface OpenIndex {
  /** The pages handed over so far, each resolving to Pagefind's errors for it. */
  added: Promise<string[]>[];
  index: Promise<pagefind.PagefindIndex>;
}
type Registry = { [KEY]?: OpenIndex };
const registry = globalThis as Registry;

export function openSearchIndex(): void {
  registry[KEY] = {
    added: [],
    index: pagefind.createIndex({}).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      return index;
    }),
  };
}

/** Whether a build has opened the index (never in the dev server). */
export const isIndexing = (): boolean => registry[KEY] !== undefined;

/** Indexes one rendered page; `url` is its path below the base, as the search page asks for it. */
export function indexPage(url: string, html: string): void {
  const open = registry[KEY];
  if (!open) return;
  open.added.push(open.index.then((index) => index.addHTMLFile({ url, content: html })).then((result) => result.errors));
}

/** Writes the index into `outputPath` and closes Pagefind; resolves to the number of pages indexed. */
export async function writeSearchIndex(outputPath: string): Promise<number> {
  const open = registry[KEY];
  if (!open) throw new Error('the search index was never opened');
  delete registry[KEY];
  try {
    const errors = (await Promise.all(open.added)).flat();
    if (errors.length > 0) throw new Error(`Pagefind could not index the agent pages: ${errors.slice(0, 5).join('; ')}`);
    const index = await open.index;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return open.added.length;
  } finally {
    await pagefind.close();
  }
}
