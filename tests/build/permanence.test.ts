import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { entryText, validEntry } from '../unit/fixtures.ts';
import { serve } from '../../scripts/lib/serve.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';

/**
 * One content folder taken through a life cycle with the real commands and real builds: publish
 * and record; rename, retire and revise; then a mistake the build must refuse. The ledger's rules
 * themselves are unit-tested (tests/unit/ledger.test.ts), the commands' refusals too
 * (tests/unit/commands.test.ts); this checks that the pieces meet in `astro build`.
 */
const content = mkdtempSync(path.join(tmpdir(), 'permanence-content-'));
mkdirSync(path.join(content, 'agents'));

function write(id: string, change: (d: Record<string, any>) => void = () => {}) {
  const data = validEntry();
  data.name = id[0].toUpperCase() + id.slice(1);
  change(data);
  writeFileSync(path.join(content, 'agents', `${id}.md`), entryText(data));
}

function command(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  assert.equal(run.status, 0, `${script} ${args.join(' ')}\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

let step = 0;
function build() {
  const outDir = path.join(content, `dist-${++step}`);
  const site = buildSite({ contentDir: content, outDir });
  return { ...site, outDir, page: (p: string) => readFileSync(path.join(outDir, p, 'index.html'), 'utf8') };
}

test.after(() => rmSync(content, { recursive: true, force: true }));

test('the build checks the ledger without writing it; record-published records what is new', () => {
  write('alpha', (d) => (d.factors['dynamic-tool-use'] = 0.9));
  write('beta');
  const site = build();
  assert.ok(site.ok, site.output);
  assert.match(site.output, /2 new agent\(s\) to record with npm run record-published/);
  assert.throws(() => readFileSync(path.join(content, 'published.json')), 'the build never writes the ledger');
  command('scripts/record-published.ts');
  const ledger = JSON.parse(readFileSync(path.join(content, 'published.json'), 'utf8'));
  assert.ok(ledger.agentPage.includes('factor-dynamic-tool-use'));
  assert.ok(ledger.agents.alpha['2026-11-20'].startsWith('sha256-'));
  assert.ok(!JSON.stringify(ledger).includes('badge-'), 'script hooks are not recorded');
});

test('renamed, retired and revised agents keep every published address', async () => {
  command('scripts/rename-agent.ts', 'alpha', 'gamma');
  command('scripts/retire-agent.ts', 'beta', '--reason', 'The project was archived by its maintainers.', '--successor', 'gamma', '--date', '2026-12-01');
  command('scripts/revise-agent.ts', 'gamma', '--date', '2026-12-05');
  const file = path.join(content, 'agents', 'gamma.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('dynamic-tool-use: 0.9', 'dynamic-tool-use: 0.6')
      .replace('changes: ""', 'changes: Tool use re-rated after code execution was removed.'),
  );
  const site = build();
  assert.ok(site.ok, site.output);

  assert.match(site.page('agents/alpha'), /<meta http-equiv="refresh" content="0; url=\/agents\/gamma\/"/);
  assert.match(site.page('agents/alpha/2026-11-20'), /url=\/agents\/gamma\/2026-11-20\//);
  assert.match(site.page('layers/agent-frameworks'), /id="agent-alpha"/);
  assert.match(readFileSync(path.join(site.outDir, 'api/agents/alpha.json'), 'utf8'), /"id": "gamma"/);

  const tombstone = site.page('agents/beta');
  assert.match(tombstone, /retired on <time datetime="2026-12-01">2026-12-01<\/time>: The project was archived by its maintainers\./);
  assert.match(tombstone, /href="\/agents\/gamma\/"/);
  assert.match(site.page('agents/beta/2026-11-20'), /Revision of 2026-11-20/);

  const old = site.page('agents/gamma/2026-11-20');
  assert.match(old, /This revision has been superseded/);
  assert.match(old, /<th scope="row"[^>]*>Dynamic Tool Use<\/th><td[^>]*>0\.90<\/td><td[^>]*>0\.60<\/td><td[^>]*>−0\.30<\/td>/);
  const current = site.page('agents/gamma');
  assert.match(current, /Tool use re-rated after code execution was removed\./);
  assert.match(current, /https:\/\/agent-threat-directory\.example\/agents\/gamma\/2026-12-05\//);
  command('scripts/record-published.ts');

  const { server, origin } = await serve(site.outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const [pagePath, heading] of [
      ['/agents/gamma/2026-11-20/', 'Revision of 2026-11-20'],
      ['/agents/beta/', 'Beta'],
      ['/agents/alpha/', 'Alpha'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}${pagePath}`);
      await page.waitForLoadState('load');
      assert.match((await page.locator('h1').first().textContent()) ?? '', new RegExp(heading));
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(
        violations.map((v) => `${pagePath} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        [],
      );
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test('changing a published revision in place fails the build, naming the file, without a stack trace', () => {
  const snapshot = path.join(content, 'revisions', 'gamma', '2026-11-20.md');
  const before = readFileSync(snapshot, 'utf8');
  const ledger = readFileSync(path.join(content, 'published.json'), 'utf8');
  writeFileSync(snapshot, before.replace('dynamic-tool-use: 0.9', 'dynamic-tool-use: 0.8'));
  const site = build();
  assert.equal(site.ok, false);
  assert.match(site.output, /revisions\/gamma\/2026-11-20\.md: the 2026-11-20 revision of gamma was published with different text/);
  assert.match(site.output, /1 published item\(s\) would be lost/);
  assert.doesNotMatch(site.output, /^\s+at /m);
  assert.equal(readFileSync(path.join(content, 'published.json'), 'utf8'), ledger, 'the ledger is unchanged');
  writeFileSync(snapshot, before);
});
