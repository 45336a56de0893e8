import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** The pages search covers, below the site folder. Pagefind skips those without `data-pagefind-body`, which only a current agent's page has. */
export const SEARCHED_PAGES = 'agents/*/index.html';

/**
 * Writes the search index of the agent pages into `<siteDir>/pagefind/` once the site is written.
 * Pagefind reads the pages from disk itself, on every core, and orders them itself, so two builds
 * of the same content write the same index. Handing it each page while the site rendered, through
 * its message service, cost more in all: that took half as much CPU again, on the core the render
 * needed (see README, "Performance at scale"). `meanwhile` runs in this process once Pagefind has
 * read the pages, while it writes the index in its own on one core. Resolves to the number of
 * pages indexed, and refuses an index that lacks, or has more than, the `expected` current agents.
 */
export async function writeSearchIndex(siteDir: string, expected: number, meanwhile: () => void = () => undefined): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHED_PAGES });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the agent pages: ${added.errors.slice(0, 5).join('; ')}`);
    const outputPath = path.join(siteDir, 'pagefind');
    // Reading and indexing takes every core; writing the index, only one: `meanwhile` gets the other.
    const writing = index.writeFiles({ outputPath });
    // Should `meanwhile` throw, closing Pagefind rejects `writing`, which nobody awaits then.
    writing.catch(() => undefined);
    meanwhile();
    const written = await writing;
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // What the index holds, as the search page reads it (addDirectory counts every file the glob matched).
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    if (pages !== expected) throw new Error(`the search index holds ${pages} agent pages, but the catalog has ${expected} current agents`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
