import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';

function buildInto(outDir: string) {
  const run = buildSite({ contentDir: 'tests/fixtures/content', outDir });
  assert.ok(run.ok, run.output);
  return new Map(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const file = path.join(d.parentPath, d.name);
        return [path.relative(outDir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const;
      }),
  );
}

test('two builds of the same commit are byte-identical, search index included', () => {
  const [a, b] = [mkdtempSync(path.join(tmpdir(), 'repro-a-')), mkdtempSync(path.join(tmpdir(), 'repro-b-'))];
  try {
    const first = buildInto(a);
    const second = buildInto(b);
    assert.ok(first.size > 50 && [...first.keys()].some((f) => f.startsWith('pagefind/')), `${first.size} files`);
    assert.deepEqual([...first.keys()].sort(), [...second.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, []);
  } finally {
    for (const dir of [a, b]) rmSync(dir, { recursive: true, force: true });
  }
});
