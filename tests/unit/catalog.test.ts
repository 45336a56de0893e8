import { test, vi } from 'vitest';
import assert from 'node:assert/strict';
import { validEntry } from './fixtures.ts';

/**
 * The catalog and the routes' path logic at unit speed: `astro:content` is replaced by entries
 * made here, as the content loader would store them (src/content.config.ts).
 */
const entry = (id: string, change: (d: Record<string, any>) => void = () => {}) => {
  const data = validEntry();
  data.name = id;
  change(data);
  return { id, data, body: '' };
};
vi.mock('astro:content', () => ({
  getCollection: async (name: string) =>
    name === 'agents'
      ? [
          entry('alpha', (d) => ((d.formerIds = ['old-alpha']), (d.factors['dynamic-tool-use'] = 1))),
          entry('beta'),
          entry('alpha/2026-01-01', (d) => (d.assessed = '2026-01-01')),
          entry('gone/2026-02-01', (d) => (d.assessed = '2026-02-01')),
        ]
      : [{ id: 'retired', data: { agents: [{ id: 'gone', name: 'Gone', retired: '2026-03-01', reason: 'Archived.' }] } }],
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
