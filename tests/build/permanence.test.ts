import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { entryText, validEntry } from '../unit/fixtures.ts';
import { serve } from '../../scripts/lib/serve.ts';

/**
 * One fixture directory taken through a life cycle: publish, rename, retire, revise, then two
 * mistakes the build must refuse. Each step runs the real build and the ledger check.
 */
const content = mkdtempSync(path.join(tmpdir(), 'permanence-content-'));
const env = { ...process.env, CONTENT_DIR: content };
mkdirSync(path.join(content, 'agents'));

function write(id: string, change: (d: Record<string, any>) => void = () => {}) {
  const data = validEntry();
  data.name = id[0].toUpperCase() + id.slice(1);
  change(data);
  writeFileSync(path.join(content, 'agents', `${id}.md`), entryText(data));
}

function node(script: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, `${script} ${args.join(' ')}\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

let step = 0;
function build() {
  const outDir = path.join(content, `dist-${++step}`);
  const astro = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { env, encoding: 'utf8' });
  assert.equal(astro.status, 0, astro.stdout + astro.stderr);
  const ledger = spawnSync(process.execPath, ['scripts/check-published.ts', outDir], { env, encoding: 'utf8' });
  const page = (p: string) => readFileSync(path.join(outDir, p, 'index.html'), 'utf8');
  return { ok: ledger.status === 0, output: ledger.stdout + ledger.stderr, page, outDir };
}

test.after(() => rmSync(content, { recursive: true, force: true }));

test('first build records what it publishes', () => {
  write('alpha', (d) => (d.factors['dynamic-tool-use'] = 0.9));
  write('beta');
  const site = build();
  assert.ok(site.ok, site.output);
  const ledger = JSON.parse(readFileSync(path.join(content, 'published.json'), 'utf8'));
  assert.ok(ledger.pages['/agents/alpha/'].includes('factor-dynamic-tool-use'));
  assert.ok(ledger.revisions.alpha['2026-11-20'].startsWith('sha256-'));
});

test('renaming an entry keeps its old URLs working', () => {
  node('scripts/rename-agent.ts', 'alpha', 'gamma');
  assert.match(readFileSync(path.join(content, 'agents', 'gamma.md'), 'utf8'), /formerIds:\n\s+- alpha/);
  const site = build();
  assert.ok(site.ok, site.output);
  assert.match(site.page('agents/alpha'), /<meta http-equiv="refresh" content="0; url=\/agents\/gamma\/"/);
  assert.match(site.page('agents/alpha/2026-11-20'), /url=\/agents\/gamma\/2026-11-20\//);
  assert.match(site.page('layers/agent-frameworks'), /id="agent-alpha"/);
  assert.match(site.page('agents/gamma'), /<h1[^>]*>Alpha/);
});

test('retiring an entry leaves a tombstone that says when, why and what replaces it', () => {
  node('scripts/retire-agent.ts', 'beta', '--reason', 'The project was archived by its maintainers.', '--successor', 'gamma', '--date', '2026-12-01');
  const site = build();
  assert.ok(site.ok, site.output);
  const tombstone = site.page('agents/beta');
  assert.match(tombstone, /retired on <time datetime="2026-12-01">2026-12-01<\/time>: The project was archived by its maintainers\./);
  assert.match(tombstone, /href="\/agents\/gamma\/"/);
  assert.match(site.page('agents/beta/2026-11-20'), /Revision of 2026-11-20/);
});

test('a revision keeps the old text at its own URL and shows what changed', () => {
  node('scripts/revise-agent.ts', 'gamma', '--date', '2026-12-05');
  const file = path.join(content, 'agents', 'gamma.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('dynamic-tool-use: 0.9', 'dynamic-tool-use: 0.6').replace('changes: ""', 'changes: Tool use re-rated after code execution was removed.'));
  const site = build();
  assert.ok(site.ok, site.output);
  const old = site.page('agents/gamma/2026-11-20');
  assert.match(old, /This revision has been superseded/);
  assert.match(old, /<th scope="row"[^>]*>Dynamic Tool Use<\/th><td[^>]*>0\.90<\/td><td[^>]*>0\.60<\/td><td[^>]*>−0\.30<\/td>/);
  assert.match(old, /<th scope="row"[^>]*>Agentic risk<\/th><td[^>]*>5\.4 \(Medium\)<\/td><td[^>]*>5\.1 \(Medium\)<\/td>/);
  const current = site.page('agents/gamma');
  assert.match(current, /Tool use re-rated after code execution was removed\./);
  assert.match(current, /href="\/agents\/gamma\/2026-11-20\/"/);
  assert.match(current, /https:\/\/agent-threat-directory\.example\/agents\/gamma\/2026-12-05\//);
});

test('revision pages, tombstones and forwarding pages have no accessibility violations', async () => {
  const { server, origin } = await serve(path.join(content, `dist-${step}`));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const [pagePath, heading] of [['/agents/gamma/2026-11-20/', 'Revision of 2026-11-20'], ['/agents/beta/', 'Beta'], ['/agents/alpha/', 'Alpha']] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}${pagePath}`);
      await page.waitForLoadState('load');
      assert.match((await page.locator('h1').first().textContent()) ?? '', new RegExp(heading));
      const { violations } = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(violations.map((v) => `${pagePath} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test('changing a published revision in place fails the build and names it', () => {
  const snapshot = path.join(content, 'revisions', 'gamma', '2026-11-20.md');
  const before = readFileSync(snapshot, 'utf8');
  writeFileSync(snapshot, before.replace('dynamic-tool-use: 0.9', 'dynamic-tool-use: 0.8'));
  const site = build();
  assert.equal(site.ok, false);
  assert.match(site.output, /revisions\/gamma\/2026-11-20\.md: the 2026-11-20 revision of gamma was published with different text/);
  writeFileSync(snapshot, before);
});

test('dropping a published URL fails the build with a message naming it', () => {
  const file = path.join(content, 'agents', 'gamma.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/formerIds:\n\s+- alpha\n/, ''));
  const site = build();
  assert.equal(site.ok, false);
  assert.match(site.output, /^\/agents\/alpha\/ was published and would disappear: rename the agent/m);
  assert.match(site.output, /^\/agents\/alpha\/2026-11-20\/ was published and would disappear/m);
  assert.ok(existsSync(path.join(content, 'published.json')));
  unlinkSync(file);
});
