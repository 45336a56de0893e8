import { test } from 'vitest';
import assert from 'node:assert/strict';
import { validEntry } from './fixtures.ts';
import { assessAgent, byAdvisory, byFactor, byLayerCertainty, byName, byRisk, type Agent } from '../../src/catalog/assess.ts';
import { COLUMNS } from '../../src/catalog/heatmap.ts';
import type { AgentEntry } from '../../src/core/schema.ts';

/**
 * Agents that tie on every figure must come out in one order on every page: by name, then by
 * id. Ids are given in an order that is neither, so a sort that fell back on input order fails.
 */
const tied = (id: string, name: string) => {
  const entry = validEntry();
  entry.name = name;
  return assessAgent(id, entry as unknown as AgentEntry, '');
};
const agents = [tied('zeta', 'Beta'), tied('b-two', 'Alpha'), tied('a-one', 'Alpha'), tied('c', 'Gamma')];
const expected = ['a-one', 'b-two', 'zeta', 'c'];
const ids = (list: Agent[]) => list.map((a) => a.id);

test('byName orders by name, then by id when two agents share a name', () => {
  assert.deepEqual(ids([...agents].sort(byName)), expected);
  assert.deepEqual(ids([...agents].reverse().sort(byName)), expected);
});

test('every agent order breaks ties the way byName does', () => {
  const orders: [string, (a: Agent, b: Agent) => number][] = [
    ['byRisk', byRisk],
    ['byFactor', byFactor('dynamic-tool-use')],
    ['byLayerCertainty', byLayerCertainty('foundation-models')],
    ...Object.values(COLUMNS)
      .flat()
      .map((c): [string, (a: Agent, b: Agent) => number] => [`heatmap column ${c.key}`, c.compare]),
  ];
  for (const [name, compare] of orders) {
    assert.deepEqual(ids([...agents].sort(compare)), expected, name);
    assert.deepEqual(ids([...agents].reverse().sort(compare)), expected, name);
  }
});

test('byAdvisory lists newest first, then by advisory id, then by agent as byName does', () => {
  const row = (agent: Agent, id: string, published: string) => ({ agent, advisory: { id, published } as Agent['advisories'][number] });
  const [zeta, bTwo, aOne] = agents;
  const rows = [
    row(zeta, 'GHSA-1', '2026-01-01'),
    row(bTwo, 'GHSA-1', '2026-01-01'),
    row(aOne, 'GHSA-1', '2026-01-01'),
    row(zeta, 'GHSA-0', '2026-01-01'),
    row(zeta, 'GHSA-9', '2026-02-01'),
  ];
  assert.deepEqual(
    [...rows].sort(byAdvisory).map((r) => `${r.advisory.id} ${r.agent.id}`),
    ['GHSA-9 zeta', 'GHSA-0 zeta', 'GHSA-1 a-one', 'GHSA-1 b-two', 'GHSA-1 zeta'],
  );
});
