import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entryText, validEntry } from '../unit/fixtures.ts';

/** Builds the site from a folder of entries into a temporary folder. */
function build(entries: Record<string, string>) {
  const content = mkdtempSync(path.join(tmpdir(), 'fixture-content-'));
  const outDir = mkdtempSync(path.join(tmpdir(), 'fixture-dist-'));
  mkdirSync(path.join(content, 'agents'));
  for (const [name, text] of Object.entries(entries)) writeFileSync(path.join(content, 'agents', name), text);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: content },
    encoding: 'utf8',
  });
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
    const output = run.stdout + run.stderr;
    assert.match(output, /bad\.md: factors\.self-modification: expected a number from 0 to 1, got the text "sometimes"/);
    assert.match(output, /bad\.md: homepage: the text "ftp:\/\/example\.org\/" is not an http\(s\) URL/);
  } finally {
    run.cleanup();
  }
});

test('markup in any text field of an entry reaches the page as inert text', () => {
  const hostile = validEntry();
  hostile.name = '<script>alert("name")</script>Hostile';
  hostile.summary = '<img src=x onerror="alert(1)"> summary';
  hostile.rationale = { 'dynamic-tool-use': '<iframe src="https://evil.example/"></iframe>' };
  (hostile.layers as Record<string, { analysis: string }>)['agent-ecosystem'].analysis = '<a href="javascript:alert(1)">x</a>';
  (hostile.sources as { title: string }[])[0].title = '<b onmouseover="alert(1)">docs</b>';
  const body = '\n<script>alert("body")</script>\n\n[click](javascript:alert(1))\n\n<div onclick="alert(1)">div</div>\n';
  const run = build({ 'hostile.md': entryText(hostile, body) });
  try {
    assert.equal(run.status, 0, run.stderr);
    const page = readFileSync(path.join(run.outDir, 'agents/hostile/index.html'), 'utf8');
    // Inside a quoted attribute value (the meta description) markup is inert: look at the rest.
    const html = page.replace(/="[^"]*"/g, '=""');
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<iframe/);
    assert.doesNotMatch(html, /<[^>]+\son(error|click|mouseover)=/i);
    assert.doesNotMatch(html, /href="javascript:/i);
    assert.match(page, /<h1[^>]*>&lt;script&gt;alert\(&quot;name&quot;\)&lt;\/script&gt;Hostile<\/h1>/);
    assert.match(page, /&lt;iframe src=&quot;https:\/\/evil\.example\/&quot;&gt;/);
  } finally {
    run.cleanup();
  }
});
