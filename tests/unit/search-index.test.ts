import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Pagefind stands in as a recorder: what it was asked to index and write, in which order, and
// whether it was closed; the index it "writes" holds `indexed` pages.
const calls: string[] = [];
let indexed = 0;
let closed = false;
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addDirectory: async ({ path: folder, glob }: { path: string; glob: string }) => {
        calls.push(`add ${path.basename(folder)} ${glob}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        calls.push('added');
        // Pagefind counts every file the glob matched, indexed or not.
        return { errors: [], page_count: indexed + 2 };
      },
      writeFiles: async ({ outputPath }: { outputPath: string }) => {
        calls.push(`write ${path.basename(outputPath)}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (closed) throw new Error('Pagefind was closed');
        calls.push('written');
        mkdirSync(outputPath, { recursive: true });
        writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { page_count: indexed } } }));
        return { errors: [], outputPath };
      },
    },
  }),
  close: async () => {
    closed = true;
  },
}));

const { SEARCHED_PAGES, writeSearchIndex } = await import('../../src/integrations/search-index.ts');

describe('the search index', () => {
  let site: string;
  beforeEach(() => {
    calls.length = 0;
    closed = false;
    site = mkdtempSync(path.join(tmpdir(), 'site-'));
  });

  it('indexes the agent pages of the written site, then runs other work while it writes into pagefind/', async () => {
    indexed = 3;
    expect(await writeSearchIndex(site, 3, () => calls.push('meanwhile'))).toBe(3);
    expect(calls).toEqual([`add ${path.basename(site)} ${SEARCHED_PAGES}`, 'added', 'write pagefind', 'meanwhile', 'written']);
    expect(closed).toBe(true);
  });

  it('refuses an index that does not hold exactly the current agents', async () => {
    indexed = 2;
    await expect(writeSearchIndex(site, 3)).rejects.toThrow('the search index holds 2 agent pages, but the catalog has 3 current agents');
    expect(closed).toBe(true);
  });

  it('passes on what the work meanwhile throws and still closes Pagefind', async () => {
    indexed = 3;
    await expect(
      writeSearchIndex(site, 3, () => {
        throw new Error('1 published item(s) would be lost');
      }),
    ).rejects.toThrow('1 published item(s) would be lost');
    expect(calls).not.toContain('written');
    expect(closed).toBe(true);
  });
});
