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
    await expect(page.locator(results)).toHaveCount(Math.min(expected.length, shown + 10));
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
  // A status that would leave no agent is not offered, rather than leading to "No agents match."
  const sandboxDefault = page.locator('#d-code-sandbox option[value="default"]');
  await expect(sandboxDefault).toBeDisabled();
  await expect(sandboxDefault).toHaveJSProperty('hidden', true);
});

test('each choice says how many agents it would match, and a choice that matches nothing is not offered', async ({ page, request }) => {
  type A = { name: string; agenticTier: string; factors: Record<string, number> };
  const { agents } = (await (await request.get('/api/agents.json')).json()) as { agents: A[] };
  const tierCounts = (list: A[]) =>
    Object.fromEntries(['None', 'Low', 'Medium', 'High', 'Critical'].map((t) => [t, list.filter((a) => a.agenticTier === t).length]));
  const expectTiers = async (counts: Record<string, number>) => {
    for (const [tier, count] of Object.entries(counts)) {
      const box = page.locator('#search-filters label').filter({ has: page.locator(`input[name="tier"][value="${tier}"]`) });
      if (count === 0) await expect(box).toBeHidden();
      else await expect(box).toHaveText(`${tier} (${count})`);
    }
  };
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/search/');
  await expect(page.locator('#search-status')).toHaveText(`${agents.length} agents match.`);
  await expectTiers(tierCounts(agents));
  expect(Object.values(tierCounts(agents))).toContain(0);

  // Choosing a factor level recounts the tiers among the agents at that level; the level's own
  // choices keep counting every agent, since choosing another level replaces this one.
  const low = agents.filter((a) => a.factors['dynamic-tool-use'] < 0.4);
  const high = agents.filter((a) => a.factors['dynamic-tool-use'] >= 0.7);
  await page.getByLabel('Dynamic Tool Use').selectOption('high');
  await expect(page.locator('#search-status')).toHaveText(`${high.length} agent${high.length === 1 ? '' : 's'} match.`);
  await expectTiers(tierCounts(high));
  const option = (value: string) => page.locator(`#f-dynamic-tool-use option[value="${value}"]`);
  await expect(option('high')).toHaveText(`high (${high.length})`);
  if (low.length === 0) {
    await expect(option('low')).toBeDisabled();
    await expect(option('low')).toHaveJSProperty('hidden', true);
  } else await expect(option('low')).toHaveText(`low (${low.length})`);
  await expect(page.locator('#search-filters-chosen')).toHaveText('(1 chosen)');
});

test('a link with a value search does not offer says so, names what is allowed, and searches without it', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  await page.goto('/search/?dynamic-tool-use=extreme&tier=Huge&colour=blue');
  const problems = page.locator('#search-problems');
  await expect(problems).toBeVisible();
  await expect(problems).toContainText('Part of this link could not be used');
  await expect(problems).toContainText('Dynamic Tool Use: “extreme” is not one of low, moderate, high; it was ignored.');
  await expect(problems).toContainText('Agentic risk tier: “Huge” is not one of None, Low, Medium, High, Critical; it was ignored.');
  await expect(problems).toContainText('“colour” is not something search filters on; it was ignored.');
  await expect(page.locator('#search-status')).toHaveText(`${agents.length} agents match.`);

  await page.goto('/search/?dynamic-tool-use=high');
  await expect(page.locator(results).first()).toBeVisible();
  await expect(problems).toBeHidden();
});

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 320, height: 640 },
]) {
  test(`on a ${width}×${height} phone the filters fold away, so the count and the first result show without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/search/?q=agent');
    await expect(page.locator(results).first()).toBeVisible();
    await expect(page.locator('#search-filters')).not.toHaveAttribute('open');
    await expect(page.locator('#search-status')).toBeInViewport({ ratio: 1 });
    await expect(page.locator(`${results} a`).first()).toBeInViewport({ ratio: 1 });
    await page.getByText('Order and filters').click();
    await expect(page.getByLabel('Dynamic Tool Use')).toBeVisible();
  });
}

test('on a wide screen the filters are unfolded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/search/');
  await expect(page.locator('#search-filters')).toHaveAttribute('open');
  await expect(page.getByLabel('Dynamic Tool Use')).toBeVisible();
});

test('the index holds what a reader sees, and an exact name or a threat ranks the right agent first', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  await page.goto('/search/');
  for (const { name } of agents as { name: string }[]) {
    await page.getByLabel('Name or text').fill(name);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(name).replace(/%20/g, '\\+')}`));
    await expect(page.locator(`${results} a`).first()).toHaveText(name);
  }
  // The factor table's permalinks ("Link to Persistent Memory for …") are not indexed.
  await page.getByLabel('Name or text').fill('persistent memory');
  await expect(page.locator(results).first()).toBeVisible();
  await expect(page.locator(results).filter({ hasText: 'Link to' })).toHaveCount(0);
  // CrewAI keeps memories and faces data poisoning through them; DSPy mentions both words but ships no memory.
  await page.getByLabel('Name or text').fill('memory poisoning');
  await expect(page.locator(`${results} a`).first()).toHaveText('CrewAI');
});
