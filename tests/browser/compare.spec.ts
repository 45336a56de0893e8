import { test, expect } from '@playwright/test';

interface ApiAgent {
  id: string;
  name: string;
  url: string;
  factors: Record<string, number>;
  agenticRisk: number;
  agenticTier: string;
  aivss: { score: number; severity: string } | null;
  layers: Record<string, { certain: boolean }>;
}

async function apiAgents(request: import('@playwright/test').APIRequestContext): Promise<ApiAgent[]> {
  return ((await (await request.get('/api/agents.json')).json()) as { agents: ApiAgent[] }).agents;
}

test('agents named in the link are shown side by side with the figures of the JSON API', async ({ page, request }) => {
  const agents = await apiAgents(request);
  const chosen = ['autogen', 'smolagents', 'dspy'].map((id) => agents.find((a) => a.id === id)!);
  await page.goto(`/compare/?agents=${chosen.map((a) => a.id).join(',')}`);
  await expect(page.locator('#compare-status')).toHaveText('Comparing AutoGen, Smolagents and DSPy.');

  const factors = page.locator('#compare-factors-table');
  await expect(factors.getByRole('columnheader')).toHaveText(['Factor', 'AutoGen', 'Smolagents', 'DSPy', 'Spread']);
  for (const [factor] of Object.entries(chosen[0].factors)) {
    const row = factors.locator('tbody tr').filter({ has: page.locator(`[data-factor="${factor}"]`) });
    const values = chosen.map((a) => a.factors[factor]);
    await expect(row.locator(`[data-factor="${factor}"] .font-mono`)).toHaveText(values.map((v) => v.toFixed(2)));
    const spread = Math.round((Math.max(...values) - Math.min(...values)) * 100) / 100;
    await expect(row.locator(`[data-spread="${factor}"]`)).toHaveText(spread.toFixed(2));
    if (spread > 0) {
      const highest = values.map((v, i) => (v === Math.max(...values) ? i : -1)).filter((i) => i >= 0);
      for (const i of highest) await expect(row.locator('td').nth(i)).toContainText('highest');
    }
  }

  const scores = page.locator('#compare-scores-table');
  const risk = scores.getByRole('row', { name: /Agentic risk/ });
  for (const a of chosen) await expect(risk).toContainText(`${a.agenticRisk.toFixed(1)} ${a.agenticTier}`);

  const layers = page.locator('#compare-layers-table');
  for (const [layer] of Object.entries(chosen[0].layers)) {
    const cells = layers.locator(`[data-layer="${layer}"]`);
    await expect(cells).toHaveText(chosen.map((a) => (a.layers[layer].certain ? /^Pinned by the sources/ : /^Not certain/)));
    for (const [i, a] of chosen.entries()) {
      await expect(cells.nth(i).getByRole('link')).toHaveAttribute('href', `${new URL(a.url).pathname}#layer-${layer}`);
    }
  }
});

test('a layer link leads to that agent’s analysis of the layer', async ({ page }) => {
  await page.goto('/compare/?agents=autogen,smolagents');
  await page.getByRole('link', { name: 'analysis of AutoGen at Agent Frameworks' }).click();
  await expect(page).toHaveURL(/\/agents\/autogen\/#layer-agent-frameworks$/);
  await expect(page.locator('#layer-agent-frameworks')).toContainText('Pinned by the sources');
});

test('agents are added by name and removed, and the link follows', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.locator('#compare-status')).toHaveText('Pick two to four agents to compare.');
  const picker = page.getByLabel('Add an agent by name');
  await picker.fill('AutoGen');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/\?agents=autogen$/);
  await expect(page.locator('#compare-status')).toHaveText('Add at least one more agent to compare with AutoGen.');
  await picker.fill('smolagents');
  await picker.press('Enter');
  await expect(page).toHaveURL(/\?agents=autogen,smolagents$/);
  await expect(page.locator('#compare-factors-table').getByRole('columnheader')).toHaveText(['Factor', 'AutoGen', 'Smolagents', 'Spread']);

  await picker.fill('Not An Agent');
  await picker.press('Enter');
  await expect(page.locator('#compare-picker-message')).toHaveText('No agent is named “Not An Agent”; pick a name from the list.');

  await page.getByRole('button', { name: 'Remove AutoGen' }).click();
  await expect(page).toHaveURL(/\?agents=smolagents$/);
  await expect(page.locator('#compare-factors-table').getByRole('columnheader')).toHaveText(['Factor', 'Smolagents', 'Spread']);
  await expect(picker).toBeFocused();
});

test('a link with unknown or too many agents says what it left out, and a fifth agent is refused', async ({ page }) => {
  // The first four named are taken; an unknown one among them is then dropped, leaving room for one more.
  await page.goto('/compare/?agents=autogen,no-such-agent,smolagents,dspy,crewai,camel');
  await expect(page.locator('#compare-problems-list li')).toHaveText([
    'At most 4 agents can be compared at once; crewai, camel were left out.',
    '“no-such-agent” is not an agent in the directory.',
  ]);
  await expect(page.locator('#compare-status')).toHaveText('Comparing AutoGen, Smolagents and DSPy.');
  const picker = page.getByLabel('Add an agent by name');
  await picker.fill('CAMEL');
  await picker.press('Enter');
  await expect(page).toHaveURL(/\?agents=autogen,smolagents,dspy,camel$/);
  await picker.fill('CrewAI');
  await picker.press('Enter');
  await expect(page.locator('#compare-picker-message')).toHaveText('At most 4 agents: remove one first.');
  await expect(page).toHaveURL(/\?agents=autogen,smolagents,dspy,camel$/);
});

test('agents ticked in the heatmap open side by side', async ({ page }) => {
  await page.goto('/heatmap/');
  await page.getByRole('checkbox', { name: 'Compare AutoGen' }).check();
  await page.getByRole('checkbox', { name: 'Compare Smolagents' }).check();
  await page.getByRole('button', { name: 'Compare ticked agents' }).click();
  await expect(page).toHaveURL(/\/compare\/\?agents=autogen&agents=smolagents$/);
  await expect(page.locator('#compare-status')).toHaveText('Comparing AutoGen and Smolagents.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the compare page says it needs JavaScript and how to reach each agent', async ({ page }) => {
    await page.goto('/compare/?agents=autogen,smolagents');
    // Playwright's text and role queries skip <noscript>, so these look inside it by CSS.
    await expect(page.locator('noscript p')).toContainText('Comparing runs in your browser and needs JavaScript.');
    await expect(page.locator('noscript p')).toContainText('/agents/<id>/');
    await expect(page.locator('noscript a[href="/"]')).toHaveText('list of agents');
    await expect(page.locator('noscript a[href="/heatmap/"]')).toHaveText('heatmap');
    await expect(page.locator('#compare')).toBeHidden();
  });
});

test('on a phone four agents fit: the tables scroll sideways, the page does not', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/compare/?agents=autogen,smolagents,crewai,dspy');
  await expect(page.locator('#compare-layers-table tbody tr')).toHaveCount(7);
  // No sideways scrolling of the page: content is no wider than the viewport less the scrollbar gutter.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('defences and advisories are compared side by side', async ({ page }) => {
  await page.goto('/compare/?agents=autogen,smolagents');
  const defences = page.locator('#compare-defences-table');
  await expect(defences.getByRole('row', { name: /Code sandbox/ })).toContainText('not reported');
  await expect(defences.getByRole('row', { name: /Code sandbox/ })).toContainText('Opt-in');
  const advisories = page.locator('#compare-advisories-table');
  await expect(advisories.getByRole('row').nth(1)).toContainText('none listed');
  await expect(advisories.getByRole('link', { name: 'GHSA-54fq-v6x8-244g' })).toHaveAttribute('href', '/agents/smolagents/#advisory-ghsa-54fq-v6x8-244g');
  await expect(page.locator('#compare-scores-table').getByRole('row', { name: /Worst published advisory/ })).toContainText('7.6 GHSA-54fq-v6x8-244g');
});
