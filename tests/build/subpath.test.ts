import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';

test('the site builds under a sub-path and every link and anchor in it resolves there', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'subpath-dist-'));
  const env = { ...process.env, BASE_PATH: '/agent-threats/' };
  try {
    const build = buildSite({ contentDir: 'tests/fixtures/content', outDir, env: { BASE_PATH: '/agent-threats/' } });
    assert.ok(build.ok, build.output);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    assert.match(home, /href="\/agent-threats\/agents\/autogen\/"/);
    assert.match(home, /href="\/agent-threats\/feed\.xml"/);
    assert.doesNotMatch(home, /href="\/agents\//);
    const links = spawnSync(process.execPath, ['scripts/check-links.ts', outDir], { env, encoding: 'utf8' });
    assert.equal(links.status, 0, links.stderr);
    assert.match(links.stdout, /^links: all \d+ links on \d+ files in .* resolve \(base \/agent-threats\/\)/);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
