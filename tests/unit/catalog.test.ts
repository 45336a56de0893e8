import { test, vi } from 'vitest';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validEntry } from './fixtures.ts';

/**
 * The catalog and the routes' path logic at unit speed: the content folder is replaced by entries
 * made here, as readContent (src/catalog/content-files.ts) would return them once checked.
 */
const file = (id: string, change: (d: Record<string, any>) => void = () => {}) => {
  const data = validEntry();
  data.name = id;
  change(data);
  return { id, file: `${id}.md`, text: '', data, body: '' };
};
vi.mock('../../src/catalog/content-files.ts', async (original) => ({
  ...(await original()),
  readContent: async () => ({
    entries: [file('alpha', (d) => ((d.formerIds = ['old-alpha']), (d.factors['dynamic-tool-use'] = 1))), file('beta')],
    revisions: [
      { ...file('alpha', (d) => (d.assessed = '2026-01-01')), date: '2026-01-01' },
      { ...file('gone', (d) => (d.assessed = '2026-02-01')), date: '2026-02-01' },
    ],
    retired: [{ id: 'gone', name: 'Gone', retired: '2026-03-01', reason: 'Archived.' }],
    problems: [],
  }),
}));

test('the catalog splits current assessments from revisions and sorts by risk', async () => {
  const { getCatalog } = await import('../../src/catalog/catalog.ts');
  const { agents, revisions, retired } = await getCatalog();
  assert.deepEqual(
    agents.map((a) => a.id),
    ['alpha', 'beta'],
  );
  assert.deepEqual(
    revisions.get('alpha')?.map((a) => a.entry.assessed),
    ['2026-01-01'],
  );
  assert.equal(revisions.get('gone')?.[0].id, 'gone');
  assert.deepEqual(
    retired.map((r) => r.id),
    ['gone'],
  );
});

test('per-agent JSON exists for current, former and retired ids; revision addresses show, point to the current one, or forward', async () => {
  const json = await import('../../src/pages/api/agents/[id].json.ts');
  assert.deepEqual((await json.getStaticPaths()).map((p) => p.params.id).sort(), ['alpha', 'beta', 'gone', 'old-alpha']);
  const revision = await import('../../src/pages/agents/[id]/[revision].astro');
  const paths = (await revision.getStaticPaths()) as { params: { id: string; revision: string }; props: { kind: string } }[];
  assert.deepEqual(paths.map((p) => `${p.params.id}/${p.params.revision} ${p.props.kind}`).sort(), [
    'alpha/2026-01-01 revision',
    'alpha/2026-11-20 current',
    'beta/2026-11-20 current',
    'gone/2026-02-01 revision',
    'old-alpha/2026-01-01 forward',
    'old-alpha/2026-11-20 forward',
  ]);
});

test('the manifest route publishes what permanent.ts declares for this catalog', async () => {
  const route = await import('../../src/pages/api/permanent.json.ts');
  const manifest = await (await route.GET({} as never)).json();
  assert.deepEqual(Object.keys(manifest.agents), ['alpha', 'beta', 'gone']);
  assert.deepEqual(manifest.renamed, { 'old-alpha': 'alpha' });
  assert.deepEqual(manifest.retired, ['gone']);
});

test('the content fingerprint, which tells the dev server to read again, changes with any file added, written or removed', async () => {
  const { contentFingerprint } = await import('../../src/catalog/content-files.ts');
  const root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'));
  try {
    mkdirSync(path.join(root, 'revisions', 'alpha'), { recursive: true });
    const seen = [contentFingerprint(root)];
    writeFileSync(path.join(root, 'revisions', 'alpha', '2026-01-01.md'), 'one');
    seen.push(contentFingerprint(root));
    assert.equal(contentFingerprint(root), seen[1], 'unchanged while nothing changes');
    writeFileSync(path.join(root, 'revisions', 'alpha', '2026-01-01.md'), 'three');
    seen.push(contentFingerprint(root));
    rmSync(path.join(root, 'revisions', 'alpha', '2026-01-01.md'));
    seen.push(contentFingerprint(root));
    assert.equal(new Set(seen.slice(0, 3)).size, 3);
    assert.equal(seen[3], seen[0]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the catalog is read once while the content folder is unchanged', async () => {
  const { getCatalog } = await import('../../src/catalog/catalog.ts');
  assert.equal(getCatalog(), getCatalog());
});

test("the per-agent JSON a build cuts from the list document is byte for byte the route's", async () => {
  const { splitAgentDocument } = await import('../../src/catalog/agent-json.ts');
  const list = await import('../../src/pages/api/agents.json.ts');
  const one = await import('../../src/pages/api/agents/[id].json.ts');
  const site = new URL('https://example.org/');
  const documents = splitAgentDocument(await (await list.GET({ site } as never)).text());
  assert.deepEqual([...documents.keys()], ['alpha', 'beta']);
  for (const path of await one.getStaticPaths()) {
    if ('retired' in path.props) continue;
    const routed = await (await one.GET({ site, props: path.props } as never)).text();
    assert.equal(documents.get(path.props.agent.id), routed, path.params.id);
  }
});
