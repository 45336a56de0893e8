import { test, expect } from '@playwright/test';

const results = '#search-results > li';

test('searching by name finds the agent', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Name or text').fill('smolagents');
  await expect(page.locator(results).first()).toContainText('Smolagents');
  await expect(page).toHaveURL(/\?q=smolagents/);
});

test('the header search box leads to results', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search agents' }).fill('AutoGen');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=AutoGen/);
  await expect(page.locator(results).first()).toContainText('AutoGen');
});

test('picking a factor level lists exactly the agents at that level, highest risk first, without typing', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  const expected = agents.filter((a: { factors: Record<string, number> }) => a.factors['dynamic-tool-use'] >= 0.7).map((a: { name: string }) => a.name);
  await page.goto('/search/');
  await page.getByLabel('Dynamic Tool Use').selectOption('high');
  await expect(page.locator('#search-status')).toHaveText(`${expected.length} agents match.`);
  await expect(page).toHaveURL(/dynamic-tool-use=high/);
  const more = page.getByRole('button', { name: 'Show more results' });
  for (let shown = await page.locator(results).count(); shown < expected.length; shown = await page.locator(results).count()) {
    await more.click();
    await expect(page.locator(results)).toHaveCount(Math.min(expected.length, shown + 20));
  }
  await expect(more).toBeHidden();
  const names = await page.locator(`${results} a`).allTextContents();
  expect(names.sort()).toEqual([...expected].sort());
  const risks = (await page.locator(results).allTextContents()).map((t) => Number(/Agentic risk (\d+\.\d)/.exec(t)![1]));
  expect(risks).toEqual([...risks].sort((a, b) => b - a));
});

test('a filtered search is a link that restores the filters', async ({ page }) => {
  await page.goto('/search/?multi-agent-interactions=high&tier=High');
  await expect(page.getByLabel('Multi-Agent Interactions')).toHaveValue('high');
  await expect(page.getByRole('checkbox', { name: 'High' })).toBeChecked();
  await expect(page.locator(results).filter({ hasText: 'AutoGen' })).toHaveCount(1);
  await expect(page.locator(results).filter({ hasText: 'Smolagents' })).toHaveCount(0);
});

test('filtering by pinned layers keeps only agents whose sources pin them', async ({ page }) => {
  await page.goto('/search/?pinned=deployment-infrastructure&pinned=foundation-models');
  await expect(page.locator(results).filter({ hasText: 'Smolagents' })).toHaveCount(1);
  await expect(page.locator(results).filter({ hasText: 'AutoGen' })).toHaveCount(0);
});

test('results can be sorted by agentic risk, lowest first', async ({ page }) => {
  await page.goto('/search/?sort=risk-asc');
  await expect(page.locator(results).first()).toBeVisible();
  const risks = (await page.locator(results).allTextContents()).map((t) => Number(/Agentic risk (\d+\.\d)/.exec(t)![1]));
  expect(risks.length).toBeGreaterThan(2);
  expect(risks).toEqual([...risks].sort((a, b) => a - b));
});

test('the page paints before the search index starts downloading', async ({ page }) => {
  await page.goto('/search/?q=memory');
  await expect(page.locator(results).first()).toBeVisible();
  const { paint, index } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    index: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/pagefind/pagefind.js'))?.startTime,
  }));
  expect(paint).toBeDefined();
  expect(index).toBeGreaterThanOrEqual(paint!);
});

test('filters by ASI id, defence status and published advisories list exactly the agents that match', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  type A = { name: string; advisories: unknown[]; defences: { control: string; status: string }[]; layers: Record<string, { threats: { asi: string[] }[] }> };
  const expected = (agents as A[])
    .filter((a) => a.advisories.length > 0)
    .filter((a) => a.defences.some((d) => d.control === 'code-sandbox' && d.status === 'opt-in'))
    .filter((a) => Object.values(a.layers).some((l) => l.threats.some((t) => t.asi.includes('ASI05'))))
    .map((a) => a.name);
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/search/');
  await page.getByLabel('Has published advisories').check();
  await page.getByLabel('Code sandbox').selectOption('opt-in');
  await page.getByLabel(/ASI05 Unexpected Code Execution/).check();
  await expect(page).toHaveURL(/asi=ASI05/);
  await expect(page).toHaveURL(/defence-code-sandbox=opt-in/);
  await expect(page.locator('#search-status')).toHaveText(`${expected.length} agent${expected.length === 1 ? '' : 's'} match.`);
  expect((await page.locator(`${results} a`).allTextContents()).sort()).toEqual(expected.sort());
  await page.getByLabel('Code sandbox').selectOption('default');
  await expect(page.locator('#search-status')).toHaveText('No agents match.');
});
