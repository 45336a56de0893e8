import { test } from 'vitest';
import assert from 'node:assert/strict';
import { buildCatalog, type Assessment } from '../../src/catalog/directory.ts';
import { checkLedger, EMPTY_LEDGER, formatLedger, parseLedger, recordManifest } from '../../src/catalog/ledger.ts';
import { agentAnchor, currentRevisionAddresses, permanentManifest } from '../../src/catalog/permanent.ts';
import type { AgentEntry, RetiredAgent } from '../../src/core/schema.ts';
import { validEntry } from './fixtures.ts';

function assessment(id: string, change: (d: Record<string, any>) => void = () => {}): Assessment {
  const data = validEntry();
  data.name = id;
  change(data);
  return { id, data: data as unknown as AgentEntry, body: 'Notes.' };
}
const agents = (n: number) => Array.from({ length: n }, (_, i) => assessment(`agent-${String(i).padStart(4, '0')}`));
const manifestOf = (current: Assessment[], earlier: Assessment[] = [], retired: RetiredAgent[] = []) =>
  permanentManifest(buildCatalog(current, earlier, retired));
const recorded = (current: Assessment[], earlier: Assessment[] = []) => recordManifest(EMPTY_LEDGER, manifestOf(current, earlier));

test('growth never makes a recorded address or anchor disappear, however many agents are added', () => {
  const ledger = recorded(agents(26));
  for (const n of [251, 1000]) assert.deepEqual(checkLedger(ledger, manifestOf(agents(n))), [], `${n} agents`);
  const grown = manifestOf(agents(1000));
  assert.ok(grown.pages['/page/4/'] && grown.pages['/factors/dynamic-tool-use/4/'], 'listings are paginated 250 agents a page');
  assert.ok(!('/page/5/' in grown.pages));
});

test('the manifest declares contract anchors only: sections, factors, layers, threats and listing rows', () => {
  const manifest = manifestOf(agents(3));
  assert.ok(
    manifest.agentPage.includes('factor-dynamic-tool-use') && manifest.agentPage.includes('layer-agent-ecosystem') && manifest.agentPage.includes('cite'),
  );
  assert.ok(manifest.agentPage.includes('revisions') && !manifest.revisionPage.includes('revisions'));
  assert.ok(manifest.pages['/layers/data-operations/'].includes('threat-data-poisoning'));
  assert.ok(manifest.listings.includes('/heatmap/') && manifest.listings.includes('/factors/self-modification/'));
  assert.ok(!manifest.listings.includes('/heatmap/factors/aivss/'), 'a sorted column shows its first page only: no row anchors');
  assert.deepEqual(manifest.pages['/calculator/'], [], 'script hooks and form ids are not published anchors');
  assert.equal(agentAnchor('autogen'), 'agent-autogen');
});

test('deleting an agent, its revision or an anchor fails, naming what would vanish', () => {
  const ledger = recorded([assessment('alpha'), assessment('beta')], [assessment('beta', (d) => (d.assessed = '2026-01-01'))]);
  assert.deepEqual(checkLedger(ledger, manifestOf([assessment('beta')])), [
    '/agents/alpha/ was published and would disappear: rename the agent (npm run rename-agent) or retire it (npm run retire-agent) instead of deleting it',
    'content/revisions/beta/2026-01-01.md: the 2026-01-01 revision of beta was published and its text is gone: restore the file',
  ]);
  const edited = manifestOf(
    [assessment('alpha', (d) => (d.summary = 'Quietly changed.')), assessment('beta')],
    [assessment('beta', (d) => (d.assessed = '2026-01-01'))],
  );
  assert.deepEqual(checkLedger(ledger, edited), [
    'content/agents/alpha.md: the 2026-11-20 revision of alpha was published with different text: publish the change as a new revision (npm run revise-agent -- alpha) or restore the published text',
  ]);
  const lessAnchors = { ...recordManifest(ledger, edited), agentPage: [...ledger.agentPage, 'threat-model'] };
  assert.match(
    checkLedger(lessAnchors, manifestOf([assessment('alpha'), assessment('beta')], [assessment('beta', (d) => (d.assessed = '2026-01-01'))])).join('\n'),
    /#threat-model was published on every agent page/,
  );
});

test('a renamed agent keeps its old id through forwarding, a retired one through its tombstone', () => {
  const ledger = recorded([assessment('alpha'), assessment('beta')]);
  const renamed = assessment('gamma', (d) => ((d.name = 'alpha'), (d.formerIds = ['alpha'])));
  const retiredBeta = { ...assessment('beta'), id: 'beta' };
  const tombstone: RetiredAgent = { id: 'beta', name: 'beta', retired: '2026-12-01', reason: 'Discontinued.' };
  assert.deepEqual(checkLedger(ledger, manifestOf([renamed], [retiredBeta], [tombstone])), []);
});

test('a malformed ledger is named with what is wrong, not a stack trace', () => {
  const conflicted = '{\n<<<<<<< HEAD\n "format": 2,\n=======\n "format": 2,\n>>>>>>> other\n}\n';
  const parsed = parseLedger('content/published.json', conflicted);
  assert.equal(parsed.ok, false);
  assert.match(!parsed.ok ? parsed.problem : '', /^content\/published\.json: not valid JSON .*merge-conflict markers/);
  const old = parseLedger('content/published.json', JSON.stringify({ pages: {}, revisions: {} }));
  assert.match(!old.ok ? old.problem : '', /^content\/published\.json: format: .*format 2/);
  const fine = parseLedger('content/published.json', formatLedger(recorded(agents(2))));
  assert.ok(fine.ok);
});

test("each current agent's page is copied to its newest revision's address; a retired agent's is not", () => {
  const alpha = assessment('alpha', (d) => (d.assessed = '2026-11-20'));
  const alphaEarlier = assessment('alpha', (d) => (d.assessed = '2026-01-01'));
  const retiredBeta = assessment('beta', (d) => (d.assessed = '2026-02-01'));
  const tombstone: RetiredAgent = { id: 'beta', name: 'beta', retired: '2026-12-01', reason: 'Discontinued.' };
  assert.deepEqual(currentRevisionAddresses(manifestOf([alpha], [alphaEarlier, retiredBeta], [tombstone])), [
    { page: 'agents/alpha/', address: 'agents/alpha/2026-11-20/' },
  ]);
});
