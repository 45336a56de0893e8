import { test } from 'vitest';
import assert from 'node:assert/strict';
import { validEntry } from './fixtures.ts';
import { anchorAgent, assessAgent, type Agent } from '../../src/catalog/assess.ts';
import { FACTOR_IDS } from '../../src/core/factors.ts';
import { LAYER_IDS } from '../../src/core/maestro.ts';
import { agenticRisk, aivss } from '../../src/core/scoring.ts';
import { cvssBaseTenths } from '../../src/core/cvss-score.ts';
import { calculatorQuery, readCalculatorState, stateForAgent } from '../../src/core/calculator-state.ts';
import type { AgentEntry } from '../../src/core/schema.ts';
import { COLUMNS, heatmapPages, heatmapPath } from '../../src/catalog/heatmap.ts';
import { PAGE_SIZE, pageWindow } from '../../src/catalog/pagination.ts';
import { compareQuery, readAgentIds } from '../../src/scripts/compare.ts';

function* lcg(seed: number) {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

/** `n` agents with repeatable pseudo-random factors and layer certainty. */
function agents(n: number): Agent[] {
  const random = lcg(n);
  const next = () => random.next().value as number;
  return Array.from({ length: n }, (_, i) => {
    const entry = validEntry() as unknown as AgentEntry;
    entry.name = `Agent ${String(i).padStart(4, '0')}`;
    entry.factors = Object.fromEntries(FACTOR_IDS.map((id) => [id, Math.round(next() * 20) / 20])) as AgentEntry['factors'];
    entry.layers = Object.fromEntries(LAYER_IDS.map((id) => [id, { certain: next() < 0.5, analysis: 'x' }])) as AgentEntry['layers'];
    return assessAgent(`agent-${i}`, entry, '');
  });
}

test('an agent’s calculator link carries every input of its AIVSS figure', () => {
  const entry = validEntry() as unknown as AgentEntry;
  entry.reference = { title: 'x', cvss: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', threat: 'attacked', mitigation: 'partial' };
  const agent = assessAgent('example', entry, '');
  const published = agent.aivss!;
  const query = calculatorQuery(
    stateForAgent(agent.id, agent.factorValues, { cvss: published.cvssVector, threat: published.threat, mitigation: published.mitigation }),
  );
  const { state, problems } = readCalculatorState(query);
  assert.deepEqual(problems, []);
  // What the calculator page computes from the link, with the same core functions.
  const risk = agenticRisk(state.factors);
  const result = aivss({ cvssBaseTenths: cvssBaseTenths(state.cvss), aarsHundredths: risk.sumHundredths, threat: state.threat, mitigation: state.mitigation });
  assert.deepEqual([risk.display, risk.tier], [agent.risk.display, agent.risk.tier]);
  assert.deepEqual(
    [result.score, result.severity, result.cvssBase, result.uplift, result.raw],
    [published.score, published.severity, published.cvssBase, published.uplift, published.raw],
  );
});

test('the heatmap pages through every agent in its paged orders, and shows the first page of every other column', () => {
  const all = agents(2 * PAGE_SIZE + 50);
  const pages = heatmapPages(all);
  const paths = pages.map((p) => p.path);
  assert.equal(new Set(paths).size, paths.length, 'every page has its own address');
  const columns = [...COLUMNS.factors, ...COLUMNS.layers];
  const paged = columns.filter((c) => c.paged).length;
  assert.equal(paged, 4, 'each view’s default order and its A–Z order page through every agent');
  assert.equal(pages.length, paged * 3 + (columns.length - paged));
  assert.ok(paths.includes('heatmap/') && paths.includes('heatmap/layers/'));
  assert.ok(paths.includes('heatmap/2/') && paths.includes('heatmap/layers/3/') && paths.includes('heatmap/layers/agent-ecosystem/'));
  assert.ok(!paths.includes('heatmap/factors/risk/'), 'the default order’s first page has only the short address');

  for (const view of ['factors', 'layers'] as const) {
    for (const column of COLUMNS[view]) {
      const mine = pages.filter((p) => p.page.view === view && p.page.column === column);
      if (!column.paged) {
        assert.deepEqual(
          mine.map((p) => [p.page.agents.length, p.page.pages]),
          [[PAGE_SIZE, 1]],
          column.key,
        );
        assert.ok(column.fullRanking || column.key === 'aivss', `${column.key}: says where every agent is ranked`);
        continue;
      }
      assert.deepEqual(
        mine.map((p) => p.page.agents.length),
        [PAGE_SIZE, PAGE_SIZE, 50],
      );
      assert.deepEqual(
        mine.map((p) => p.page.from),
        [1, PAGE_SIZE + 1, 2 * PAGE_SIZE + 1],
      );
      const ids = mine.flatMap((p) => p.page.agents.map((a) => a.id));
      assert.equal(new Set(ids).size, all.length, `${column.key}: every agent exactly once`);
    }
  }
  const order = (key: string) => pages.filter((p) => p.page.view === 'factors' && p.page.column.key === key).flatMap((p) => p.page.agents);
  const aa = order('autonomy-of-action').map((a) => a.factorValues['autonomy-of-action']);
  assert.deepEqual(
    aa,
    [...aa].sort((a, b) => b - a),
  );
  const names = order('name').map((a) => a.entry.name);
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, 'en')),
  );
  const pinned = pages.filter((p) => p.page.view === 'layers' && p.page.column.key === 'foundation-models').flatMap((p) => p.page.agents);
  const flags = pinned.map((a) => a.entry.layers['foundation-models'].certain);
  assert.deepEqual(
    flags,
    [...flags].sort((a, b) => Number(b) - Number(a)),
    'pinned agents first',
  );
});

test('heatmap addresses and page links', () => {
  assert.equal(heatmapPath('factors', 'risk'), 'heatmap/');
  assert.equal(heatmapPath('layers', 'pinned'), 'heatmap/layers/');
  assert.equal(heatmapPath('factors', 'risk', 2), 'heatmap/2/');
  assert.equal(heatmapPath('factors', 'name'), 'heatmap/factors/name/');
  assert.equal(heatmapPath('layers', 'agent-ecosystem', 3), 'heatmap/layers/agent-ecosystem/3/');
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(1, 50), [1, 2, 3, null, 50]);
  assert.deepEqual(pageWindow(25, 50), [1, null, 23, 24, 25, 26, 27, null, 50]);
  assert.deepEqual(pageWindow(4, 6), [1, 2, 3, 4, 5, 6]);
});

test('the compare link names agents once each, at most four, and says what it left out', () => {
  assert.deepEqual(readAgentIds(new URLSearchParams('agents=autogen,smolagents')), { ids: ['autogen', 'smolagents'], problems: [] });
  assert.deepEqual(readAgentIds(new URLSearchParams('agents=autogen&agents=smolagents&agents=autogen')), { ids: ['autogen', 'smolagents'], problems: [] });
  assert.deepEqual(readAgentIds(new URLSearchParams('agents= a ,,b')), { ids: ['a', 'b'], problems: [] });
  assert.deepEqual(readAgentIds(new URLSearchParams('')), { ids: [], problems: [] });
  assert.deepEqual(readAgentIds(new URLSearchParams('agents=a,b,c,d,e')), {
    ids: ['a', 'b', 'c', 'd'],
    problems: ['At most 4 agents can be compared at once; e was left out.'],
  });
  assert.equal(compareQuery(['autogen', 'smolagents']), '?agents=autogen,smolagents');
  assert.equal(compareQuery([]), '');
  assert.deepEqual(readAgentIds(new URLSearchParams(compareQuery(['a', 'b', 'c']))).ids, ['a', 'b', 'c']);
});

test('a calibration level is anchored by an agent rated exactly at it, standard-meeting and explained first, then in risk order', () => {
  const TU = 'dynamic-tool-use';
  const make = (id: string, value: number, explained: boolean, others = 0.5) => {
    const data = validEntry();
    data.name = id;
    data.factors = Object.fromEntries(FACTOR_IDS.map((f) => [f, f === TU ? value : others]));
    if (explained) data.rationale = { [TU]: 'Because.' };
    return assessAgent(id, data as unknown as AgentEntry, '');
  };
  const exactButUnexplained = make('exact', 0.5, false);
  const near = make('near', 0.6, true);
  assert.equal(anchorAgent([exactButUnexplained, near], TU, 0.5)?.id, 'exact', 'only an agent at the level anchors it');
  assert.equal(anchorAgent([near], TU, 0.5), undefined, 'no agent at the level: no anchor');
  const explained = make('explained', 0.5, true);
  assert.equal(anchorAgent([exactButUnexplained, explained], TU, 0.5)?.id, 'explained', 'an explained value first');
  const higher = make('higher-risk', 0.5, true, 0.7);
  assert.equal(anchorAgent([explained, higher], TU, 0.5)?.id, 'higher-risk', 'then the risk order');
  assert.equal(anchorAgent([], TU, 0.5), undefined);
});
