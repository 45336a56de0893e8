import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { parseHtml } from '../../scripts/lib/site.ts';
import { agentAnchor, type Manifest } from '../../src/catalog/permanent.ts';
import type { AgentJson } from '../../src/catalog/agent-json.ts';
import { entryText, validEntry } from '../unit/fixtures.ts';

const FIXTURE = 'tests/fixtures/content';
const PORT = 4399;

/** Site paths of every file a build writes, but Vite's bundles and Pagefind's index (build-only). */
function builtPaths(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `/${path.relative(outDir, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`)
    .filter((p) => !p.startsWith('/_astro/') && !p.startsWith('/pagefind/'))
    .map((p) => p.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

/** One build of the fixture folder (five agents, a rename, a revision, a tombstone) for every test here. */
const outDir = mkdtempSync(path.join(tmpdir(), 'fixture-dist-'));
let paths: string[] = [];
let buildOutput = '';
before(() => {
  const site = buildSite({ contentDir: FIXTURE, outDir, env: { SITE: '' } });
  assert.ok(site.ok, site.output);
  paths = builtPaths(outDir);
  buildOutput = site.output;
});
after(() => rmSync(outDir, { recursive: true, force: true }));

const html = (sitePath: string) => readFileSync(path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath), 'utf8');
const idsOf = (sitePath: string) => parseHtml(html(sitePath)).ids;
const mapsThreats = (id: string) => {
  const [agent] = (JSON.parse(html(`/api/agents/${id}.json`)) as { agents: AgentJson[] }).agents;
  return Object.values(agent.layers).some((l) => l.threats.length > 0);
};

test('the pages carry every anchor permanent.ts declares, and the manifest lists every page built', () => {
  const manifest: Manifest = JSON.parse(html('/api/permanent.json'));
  const missing: string[] = [];
  const implied = new Set<string>();
  for (const [id, dates] of Object.entries(manifest.agents)) {
    implied.add(`/agents/${id}/`).add(`/api/agents/${id}.json`);
    for (const anchor of manifest.agentPage) if (!idsOf(`/agents/${id}/`).has(anchor)) missing.push(`/agents/${id}/#${anchor}`);
    const current = manifest.retired.includes(id) ? undefined : Object.keys(dates).sort().at(-1);
    // Downloads of a current assessment that maps threats, derived from it (permanent.ts, Manifest).
    if (current && mapsThreats(id)) implied.add(`/agents/${id}/checklist.md`).add(`/agents/${id}/checklist.csv`);
    for (const date of Object.keys(dates)) {
      implied.add(`/agents/${id}/${date}/`);
      // The current revision's address shows the agent page, so it carries them already.
      for (const anchor of manifest.revisionPage) if (!idsOf(`/agents/${id}/${date}/`).has(anchor)) missing.push(`/agents/${id}/${date}/#${anchor}`);
      // A threat or advisory a revision published keeps its anchor on the agent page.
      for (const anchor of idsOf(`/agents/${id}/${date}/`)) {
        if (current && /^(threat|advisory)-/.test(anchor) && !idsOf(`/agents/${id}/`).has(anchor)) missing.push(`/agents/${id}/#${anchor}`);
      }
    }
  }
  for (const [former, id] of Object.entries(manifest.renamed)) {
    implied.add(`/agents/${former}/`).add(`/api/agents/${former}.json`);
    for (const date of Object.keys(manifest.agents[id])) implied.add(`/agents/${former}/${date}/`);
  }
  for (const [page, anchors] of Object.entries(manifest.pages)) {
    if (!paths.includes(page)) missing.push(`${page} (page)`);
    else if (page.endsWith('/')) for (const anchor of anchors) if (!idsOf(page).has(anchor)) missing.push(`${page}#${anchor}`);
  }
  const listed = Object.keys(manifest.agents)
    .filter((id) => !manifest.retired.includes(id))
    .concat(Object.keys(manifest.renamed));
  for (const listing of manifest.listings) {
    const pages = paths.filter((p) => p === listing || p.replace(/(page\/)?\d+\/$/, '') === listing);
    const ids = new Set(pages.flatMap((p) => [...idsOf(p)]));
    for (const id of listed) if (!ids.has(agentAnchor(id))) missing.push(`${listing}#${agentAnchor(id)}`);
  }
  assert.deepEqual(missing, []);
  assert.deepEqual(
    paths.filter((p) => !(p in manifest.pages) && !implied.has(p)),
    [],
    'every page built is declared, so none can vanish unnoticed',
  );
});

test('the dev server serves every URL the build writes, data files and forwarding pages with the same text, and shows an edit at once', async () => {
  // A copy, so that the edit at the end leaves the fixture alone.
  const content = mkdtempSync(path.join(tmpdir(), 'fixture-dev-'));
  cpSync(FIXTURE, content, { recursive: true });
  const dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    env: { ...process.env, CONTENT_DIR: content },
    stdio: 'ignore',
    detached: true,
  });
  try {
    assert.ok(paths.includes('/api/agents/camel-ai.json') && paths.includes('/agents/crewai/2026-11-21/') && paths.includes('/_headers'), paths.join(' '));
    await waitFor(`http://127.0.0.1:${PORT}/`, 60_000);
    const differing: string[] = [];
    for (const sitePath of paths) {
      const response = await fetch(`http://127.0.0.1:${PORT}${sitePath}`);
      const body = await response.text();
      // The 404 page is served, as hosts do, with its status.
      if (response.status !== (sitePath === '/404.html' ? 404 : 200)) differing.push(`${sitePath}: ${response.status}`);
      else if (!/(\.html|\/)$/.test(sitePath) || /http-equiv="refresh"/.test(body)) {
        const built = html(sitePath);
        // Dev pages carry Vite's client scripts; data files and forwarding pages must match exactly.
        if (body !== built) differing.push(`${sitePath}: differs from the build`);
      }
    }
    // The build links each agent page to its current revision's address; the dev server renders it there.
    for (const sitePath of ['/agents/autogen/2026-11-20/', '/agents/crewai/2026-11-28/']) {
      const [address, page] = await Promise.all(
        [sitePath, sitePath.replace(/\d{4}-\d{2}-\d{2}\/$/, '')].map(async (p) => (await fetch(`http://127.0.0.1:${PORT}${p}`)).text()),
      );
      if (address !== page) differing.push(`${sitePath}: differs from the agent page`);
    }
    assert.deepEqual(differing, [], `of ${paths.length} URLs`);

    // An agent added while the server runs gets its page and its place in the listings, with no restart.
    writeFileSync(path.join(content, 'agents', 'added-agent.md'), entryText({ ...validEntry(), name: 'Added While Serving' }));
    await waitFor(`http://127.0.0.1:${PORT}/agents/added-agent/`, 15_000);
    assert.match(await (await fetch(`http://127.0.0.1:${PORT}/agents/added-agent/`)).text(), /Added While Serving/);
    assert.match(await (await fetch(`http://127.0.0.1:${PORT}/`)).text(), /Added While Serving/);
  } finally {
    if (dev.pid) process.kill(-dev.pid);
    rmSync(content, { recursive: true, force: true });
  }
});

test('a build without SITE is a preview: it says so loudly and beside every permanent link it offers', () => {
  assert.match(buildOutput, /PREVIEW BUILD: SITE is not set\./);
  assert.match(buildOutput, /\| To publish, set SITE .* and BASE_PATH/);
  for (const page of ['/agents/autogen/', '/agents/crewai/2026-11-21/', '/agents/autogen/2026-11-20/', '/data/', '/about/']) {
    assert.match(html(page), /data-preview-notice><strong>Preview build:<\/strong>/, page);
  }
  assert.doesNotMatch(html('/'), /data-preview-notice/, 'pages without a permanent link carry no notice');
});

test("the current revision's address shows the agent page itself: layout, policy, canonical to the agent page, every anchor", () => {
  const page = html('/agents/autogen/2026-11-20/');
  assert.equal(page, html('/agents/autogen/'));
  assert.match(page, /<meta http-equiv="content-security-policy" content="default-src 'self'/);
  assert.match(page, /<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/);
  assert.match(page, /<link rel="canonical" href="https:\/\/agent-threat-directory\.example\/agents\/autogen\/">/);
  assert.doesNotMatch(page, /http-equiv="refresh"/);
  assert.match(page, /id="factors"/);
});
