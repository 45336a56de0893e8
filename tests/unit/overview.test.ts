import { expect, test } from 'vitest';
import { agentSchema, type AgentEntry } from '../../src/core/schema.ts';
import { buildCatalog } from '../../src/catalog/directory.ts';
import { overview } from '../../src/catalog/overview.ts';
import { validEntry } from './fixtures.ts';

const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
const V31 = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H';

function entry(name: string, change: (d: Record<string, any>) => void = () => {}): AgentEntry {
  const data = validEntry() as Record<string, any>;
  data.name = name;
  change(data);
  return agentSchema.parse(data);
}
const advisory = (id: string, cvss: string) => ({
  id,
  title: 'Escape',
  url: `https://github.com/advisories/${id}`,
  published: '2026-01-02',
  affected: '< 2.0',
  cvss,
  cvssBy: 'GitHub',
  threat: 'proof-of-concept',
  asi: ['ASI05'],
  layer: 'agent-frameworks',
});
const high = (d: Record<string, any>) => Object.keys(d.factors).forEach((k) => (d.factors[k] = 0.8));

const catalog = buildCatalog(
  [
    { id: 'zeta', data: entry('Zeta', high), body: '' },
    { id: 'alpha', data: entry('Alpha', (d) => (high(d), (d.assessed = '2026-11-30'))), body: '' },
    { id: 'mid', data: entry('Mid', (d) => (d.advisories = [advisory('GHSA-2c3f-4g5h-6j7m', V4), advisory('GHSA-9p8q-7r6v-5w4x', V31)])), body: '' },
    { id: 'twin', data: entry('Twin', (d) => (d.advisories = [advisory('GHSA-2c3f-4g5h-6j7m', V4)])), body: '' },
  ],
  [{ id: 'zeta', data: entry('Zeta', (d) => (d.assessed = '2026-01-01')), body: '' }],
  [],
);

test('counts every tier, naming those no agent is in', () => {
  expect(overview(catalog).tiers).toEqual([
    { tier: 'None', count: 0 },
    { tier: 'Low', count: 0 },
    { tier: 'Medium', count: 2 },
    { tier: 'High', count: 2 },
    { tier: 'Critical', count: 0 },
  ]);
});

test('ties sort as the listing does: by name after the figure', () => {
  const { highest, worstAdvisories } = overview(catalog, 3);
  expect(highest.map((a) => a.id)).toEqual(['alpha', 'zeta', 'mid']);
  // The same advisory on two agents at the same AIVSS: listing order, never file order.
  expect(worstAdvisories.map((w) => `${w.agent.id} ${w.advisory.id}`)).toEqual(['mid GHSA-2c3f-4g5h-6j7m', 'twin GHSA-2c3f-4g5h-6j7m']);
});

test('lists the newest assessments first, telling first ones from revisions', () => {
  // Same day: listing order (zeta's risk is higher than mid's and twin's).
  expect(overview(catalog).recent.map((r) => `${r.agent.id} ${r.kind}`)).toEqual(['alpha new', 'zeta revised', 'mid new', 'twin new']);
});

test('counts an advisory two agents list once, and those with a CVSS v4.0 vector', () => {
  const { advisoryCount, advisoriesWithV4 } = overview(catalog);
  expect([advisoryCount, advisoriesWithV4]).toEqual([2, 1]);
});
