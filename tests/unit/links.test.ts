import { test } from 'vitest';
import assert from 'node:assert/strict';
import { brokenLinks } from '../../scripts/lib/links.ts';
import { parseHtml, type SiteFile } from '../../scripts/lib/site.ts';

function site(pages: Record<string, string>): Map<string, SiteFile> {
  return new Map(Object.entries(pages).map(([path, html]) => [path, { path, html: true, ...parseHtml(html) }]));
}

test('the link checker finds missing pages, missing anchors and links that leave the base path', () => {
  const pages = site({
    '/': '<a href="/x/agents/a/#factor-aa">ok</a><a href="/x/agents/a/#nope">bad anchor</a><a href="/x/agents/b/">missing</a><a href="/agents/a/">no base</a><a href="https://other.example/">external</a><a href="#top">self</a><h1 id="top">t</h1>',
    '/agents/a/': '<tr id="factor-aa"></tr><a href="../../#top">up</a><a href="https://site.example/x/agents/a/#factor-aa">absolute</a>',
  });
  assert.deepEqual(brokenLinks(pages, 'https://site.example', '/x/'), [
    '/ → /x/agents/a/#nope: no id "nope" on /agents/a/',
    '/ → /x/agents/b/: no such page (/agents/b/)',
    '/ → /agents/a/: outside the base path /x/',
  ]);
});
