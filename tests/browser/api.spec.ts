import { test, expect } from '@playwright/test';

test('the JSON API lists every agent with its scores, and each agent has its own file', async ({ request }) => {
  const index = await (await request.get('/api/agents.json')).json();
  expect(index.schemaVersion).toBe(1);
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
  expect(single.schemaVersion).toBe(1);
  expect(single.agents).toHaveLength(1);
  expect(single.agents[0]).toMatchObject({ id: 'smolagents', agenticRisk: 4, agenticTier: 'Medium' });
});
