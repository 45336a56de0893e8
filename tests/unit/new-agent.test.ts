import { test } from 'vitest';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (script: string, args: string[], dir: string) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });

test('new-agent scaffolds an entry whose every blank the validator then names', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
  mkdirSync(path.join(dir, 'agents'));
  try {
    const made = run('scripts/new-agent.ts', ['example-kit', 'Example Kit'], dir);
    assert.equal(made.status, 0, made.stderr);
    assert.match(readFileSync(path.join(dir, 'agents', 'example-kit.md'), 'utf8'), /^---\nname: "Example Kit"\n/);
    const checked = run('scripts/validate.ts', [dir], dir);
    assert.equal(checked.status, 1);
    for (const field of [
      'summary',
      'version',
      'sources[0].url',
      'factors.dynamic-tool-use',
      'rationale.non-determinism',
      'layers.agent-ecosystem.analysis',
      'defences[0].status',
      'advisoriesChecked.how',
    ]) {
      assert.match(checked.stderr, new RegExp(`example-kit\\.md: ${field.replace(/[[\].]/g, '\\$&')}: `), field);
    }
    const again = run('scripts/new-agent.ts', ['example-kit', 'Example Kit'], dir);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /already exists/);
    assert.match(run('scripts/new-agent.ts', ['Bad Id', 'X'], dir).stderr, /not a valid id/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
