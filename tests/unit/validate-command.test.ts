import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { entryText, validEntry } from './fixtures.ts';

function validate(dir: string) {
  return spawnSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8' });
}

test('npm run validate lists every problem in every file and exits non-zero', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'content-'));
  const dir = path.join(root, 'agents');
  mkdirSync(dir);
  try {
    writeFileSync(path.join(dir, 'good.md'), entryText(validEntry()));
    const bad = validEntry();
    (bad.factors as Record<string, number>)['dynamic-tool-use'] = 7;
    bad.assessed = '2026-02-30';
    writeFileSync(path.join(dir, 'bad-one.md'), entryText(bad));
    writeFileSync(path.join(dir, 'bad-two.md'), 'no frontmatter here\n');
    const run = validate(root);
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.slice(0, 3).sort(), [
      `${dir}/bad-one.md: assessed: the text "2026-02-30" is not a real date; expected YYYY-MM-DD`,
      `${dir}/bad-one.md: factors.dynamic-tool-use: 7 is out of range; expected a number from 0 to 1`,
      `${dir}/bad-two.md: (frontmatter): missing; expected the file to start with a "---" line, then YAML, then a closing "---" line`,
    ]);
    assert.match(lines[3], /1 current entry and 0 revisions valid in .*; 2 files with problems \(3 in all\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('npm run validate passes the published content', () => {
  const run = validate('content');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /0 files with problems/);
});

test('npm run validate explains a missing folder instead of crashing', () => {
  const run = validate('no/such/folder');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^cannot read content from no\/such\/folder: no folder no\/such\/folder\/agents/);
});
