import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';

test('the site builds under a sub-path and every link and anchor in it resolves there', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'subpath-dist-'));
  // As the README's deploy recipe builds it: the origin, the sub-path and the repository set.
  const deploy = { SITE: 'https://owner.github.io', BASE_PATH: '/agent-threats/', REPOSITORY_URL: 'https://github.com/owner/agent-threats' };
  const env = { ...process.env, ...deploy };
  try {
    const build = buildSite({ contentDir: 'tests/fixtures/content', outDir, env: deploy });
    assert.ok(build.ok, build.output);
    assert.doesNotMatch(build.output, /PREVIEW BUILD/);
    const permanent = 'https://owner.github.io/agent-threats/agents/autogen/2026-11-20/';
    const agent = readFileSync(path.join(outDir, 'agents/autogen/index.html'), 'utf8');
    assert.doesNotMatch(agent, /data-preview-notice|agent-threat-directory\.example/);
    assert.ok(agent.includes(`\\url{${permanent}}`), 'the BibTeX citation names the deployed permanent address');
    assert.match(agent, /<link rel="canonical" href="https:\/\/owner\.github\.io\/agent-threats\/agents\/autogen\/">/);
    const json = JSON.parse(readFileSync(path.join(outDir, 'api/agents.json'), 'utf8')) as { agents: { id: string; url: string }[] };
    assert.ok(
      json.agents.every((a) => a.url.startsWith('https://owner.github.io/agent-threats/agents/')),
      'JSON urls',
    );
    assert.match(readFileSync(path.join(outDir, 'feed.xml'), 'utf8'), /<id>https:\/\/owner\.github\.io\/agent-threats\/agents\/autogen\/2026-11-20\/<\/id>/);
    const about = readFileSync(path.join(outDir, 'about/index.html'), 'utf8');
    assert.match(about, /href="https:\/\/github\.com\/owner\/agent-threats\/issues\/new"/);
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
