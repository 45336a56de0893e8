import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entryText, validEntry } from '../unit/fixtures.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';

/** Builds the site from a folder of entries into a temporary folder. */
function build(entries: Record<string, string>) {
  const content = mkdtempSync(path.join(tmpdir(), 'fixture-content-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'fixture-dist-'));
  mkdirSync(path.join(content, 'agents'));
  for (const [name, text] of Object.entries(entries)) writeFileSync(path.join(content, 'agents', name), text);
  const result = buildSite({ contentDir: content, outDir });
  const cleanup = () => [content, outDir].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  return { ...result, content, outDir, cleanup };
}

test('the build refuses an invalid entry and names every problem', () => {
  const bad = validEntry();
  (bad.factors as Record<string, unknown>)['self-modification'] = 'sometimes';
  bad.homepage = 'ftp://example.org/';
  const run = build({ 'good.md': entryText(validEntry()), 'bad.md': entryText(bad) });
  try {
    assert.notEqual(run.status, 0);
    const output = run.output;
    assert.doesNotMatch(output, /^\s+at /m, 'no stack trace');
    assert.match(output, /bad\.md: factors\.self-modification: expected a number from 0 to 1, got the text "sometimes"/);
    assert.match(output, /bad\.md: homepage: the text "ftp:\/\/example\.org\/" is not an http\(s\) URL/);
  } finally {
    run.cleanup();
  }
});

test('every hostile fixture the validator accepts reaches its pages as inert text', () => {
  const corpus = 'tests/fixtures/hostile';
  const expected: Record<string, string> = JSON.parse(readFileSync(path.join(corpus, 'expected.json'), 'utf8'));
  const inert = Object.keys(expected).filter((name) => expected[name] === 'inert');
  const run = build(Object.fromEntries(inert.map((name) => [name, readFileSync(path.join(corpus, name), 'utf8')])));
  try {
    assert.equal(run.status, 0, run.output);
    const pages = ['', 'layers/agent-frameworks', 'factors/dynamic-tool-use', ...inert.map((n) => `agents/${n.replace(/\.md$/, '')}`)];
    for (const page of pages) {
      const html = readFileSync(path.join(run.outDir, page, 'index.html'), 'utf8');
      // Markup inside a quoted attribute value (the meta description) is inert: look at the rest.
      const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
      for (const live of [
        /<script>alert/,
        /<img/,
        /<iframe/,
        /<svg onload/,
        /<object/,
        /<form action="https:\/\/evil/,
        /<style>body/,
        /<[^>]+\son(error|click|load|mouseover)=/i,
        /href="(javascript|vbscript|data):/i,
        /tracker\.example/,
      ]) {
        assert.doesNotMatch(outsideAttributes, live, `${page}: ${live}`);
      }
    }
    const evil = readFileSync(path.join(run.outDir, 'agents/script-in-every-text-field/index.html'), 'utf8');
    assert.match(evil, /<h1[^>]*>Evil &lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
    const unicode = readFileSync(path.join(run.outDir, 'agents/odd-but-fine-unicode/index.html'), 'utf8');
    assert.match(unicode, /<h1[^>]*>Ägent 🦜 ネコ Ünïcode<\/h1>/);
  } finally {
    run.cleanup();
  }
});
