import { beforeEach, describe, expect, it, vi } from 'vitest';

// Pagefind stands in as a recorder: which pages it received, in which order, and whether a page
// arrived while the one before it was still being indexed.
const received: string[] = [];
let busy = false;
let overlapped = false;
vi.mock('pagefind', () => ({
  createIndex: async () => ({
    errors: [],
    index: {
      addHTMLFile: async ({ url }: { url: string }) => {
        if (busy) overlapped = true;
        busy = true;
        await new Promise((resolve) => setTimeout(resolve, 1));
        received.push(url);
        busy = false;
        return { errors: [] };
      },
      writeFiles: async () => ({ errors: [] }),
    },
  }),
  close: async () => undefined,
}));

const { indexPage, openSearchIndex, writeSearchIndex } = await import('../../src/integrations/search-index.ts');

describe('the search index', () => {
  beforeEach(() => {
    received.length = 0;
    overlapped = false;
  });

  const order = ['/agents/a/', '/agents/b/', '/agents/c/', '/agents/d/'];

  it('receives pages in the catalog order, one at a time, whatever order they render in', async () => {
    openSearchIndex();
    for (const url of ['/agents/c/', '/agents/a/', '/agents/d/', '/agents/b/']) indexPage(url, '<html></html>', order);
    expect(await writeSearchIndex('/nowhere')).toBe(4);
    expect(received).toEqual(order);
    expect(overlapped).toBe(false);
  });

  it('refuses to write an index that lacks a page the catalog lists, naming it', async () => {
    openSearchIndex();
    for (const url of ['/agents/a/', '/agents/c/', '/agents/d/']) indexPage(url, '<html></html>', order);
    await expect(writeSearchIndex('/nowhere')).rejects.toThrow('these agent pages were never rendered: /agents/b/');
    expect(received).toEqual(['/agents/a/']);
  });
});
