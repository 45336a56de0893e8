import { test, expect } from '@playwright/test';

test('the JSON API lists every agent with its scores, and each agent has its own file', async ({ request }) => {
  const index = await (await request.get('/api/agents.json')).json();
  expect(index.schemaVersion).toBe(2);
  expect(index.agents.length).toBeGreaterThanOrEqual(2);
  const autogen = index.agents.find((a: { id: string }) => a.id === 'autogen');
  expect(autogen).toMatchObject({
    name: 'AutoGen',
    assessed: '2026-11-20',
    agenticRisk: 7.5,
    agenticTier: 'High',
    vector: 'AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7',
    aivss: null,
  });
  expect(autogen.factors['multi-agent-interactions']).toBe(1);
  expect(autogen.layers['agent-frameworks'].certain).toBe(true);
  expect(autogen.layers['foundation-models'].certain).toBe(false);
  expect(new URL(autogen.url).pathname).toBe('/agents/autogen/');
  const single = await (await request.get('/api/agents/smolagents.json')).json();
  expect(single.schemaVersion).toBe(2);
  expect(single.agents).toHaveLength(1);
  expect(single.agents[0]).toMatchObject({
    id: 'smolagents',
    agenticRisk: 5,
    agenticTier: 'Medium',
    version: expect.stringContaining('1.26.0'),
    worstAdvisory: { id: 'GHSA-54fq-v6x8-244g', aivss: 7.6 },
  });
  const [v4, noVector, v3] = single.agents[0].advisories;
  expect(v4).toMatchObject({ cvssVersion: '4.0', cvssBase: 5.3, aivss: { score: 7.6, severity: 'High', formula: 'AIVSS v0.8 formula' }, aivssReason: null });
  expect(noVector).toMatchObject({ cvss: null, cvssVersion: null, cvssBase: null, aivss: null });
  expect(v3).toMatchObject({ cvssVersion: '3.0', cvssBase: 10, aivss: null, aivssReason: expect.stringContaining('never converts') });
  expect(single.agents[0].layers['agent-frameworks'].threats[0]).toMatchObject({ id: 'framework-evasion', asi: ['ASI05'] });
  expect(single.agents[0].defences.find((d: { control: string }) => d.control === 'code-sandbox')).toMatchObject({ status: 'opt-in' });
});

test('the data files parse and carry what the Data and API page promises', async ({ request }) => {
  const factors = await (await request.get('/api/factors.json')).json();
  expect(factors.factors.map((f: { code: string }) => f.code)).toEqual(['AA', 'GDP', 'SM', 'TU', 'MU', 'CA', 'DI', 'MAI', 'ND', 'OR']);
  expect(factors.factors[3]).toMatchObject({ id: 'dynamic-tool-use', name: 'Dynamic Tool Use', v08Name: 'External Tool Control Surface' });
  const maestro = await (await request.get('/api/maestro.json')).json();
  expect(maestro.layers).toHaveLength(7);
  expect(maestro.layers[2].threats).toContainEqual({ id: 'input-validation-attacks', name: 'Input Validation Attacks' });
  expect(maestro.source).toMatchObject({ published: '2025-02-06', publisher: 'Cloud Security Alliance' });
  expect(maestro.crossLayerThreats.map((t: { id: string }) => t.id)).toContain('goal-misalignment-cascades');
  const schema = await (await request.get('/schema/agent.schema.json')).json();
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual(expect.arrayContaining(['name', 'summary', 'assessed', 'factors', 'layers']));
  const csv = await (await request.get('/api/agents.csv')).text();
  const [header, ...rows] = csv.trim().split('\n');
  const { agents } = await (await request.get('/api/agents.json')).json();
  expect(rows).toHaveLength(agents.length);
  expect(header.split(',').slice(0, 6)).toEqual(['id', 'name', 'url', 'assessed', 'agentic_risk', 'agentic_tier']);
  expect(rows.find((r) => r.startsWith('autogen,'))).toContain(',7.5,High,');
});

test('the Atom feed is valid Atom: one entry per revision, each with id, title, link and RFC 3339 date', async ({ request, page }) => {
  const { XMLParser } = await import('fast-xml-parser');
  const xml = await (await request.get('/feed.xml')).text();
  const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeTruthy();
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  expect(feed.updated).toMatch(rfc3339);
  const entries = [feed.entry].flat();
  const { agents } = await (await request.get('/api/agents.json')).json();
  expect(entries.length).toBeGreaterThanOrEqual(agents.length);
  expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(entries.length);
  for (const entry of entries) {
    expect(entry.title).toBeTruthy();
    expect(entry.updated).toMatch(rfc3339);
    expect(entry.link['@_href']).toBe(entry.id);
  }
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml');
});
