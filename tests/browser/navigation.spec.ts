import { test, expect } from '@playwright/test';

test('a reader goes from the directory to an agent, one of its layers and one of its factors', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agent Threat Directory');
  const table = page.getByRole('table');
  await expect(table.getByRole('rowheader', { name: 'AutoGen' })).toBeVisible();

  await table.getByRole('link', { name: 'AutoGen', exact: true }).click();
  await expect(page).toHaveURL(/\/agents\/autogen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AutoGen');

  await page.getByRole('link', { name: '3. Agent Frameworks', exact: true }).click();
  await expect(page).toHaveURL(/\/layers\/agent-frameworks\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Layer 3: Agent Frameworks');
  await expect(page.locator('#threat-input-validation-attacks')).toHaveText('Input Validation Attacks');

  await page.getByRole('link', { name: 'AutoGen', exact: true }).click();
  await expect(page).toHaveURL(/\/agents\/autogen\/#layer-agent-frameworks$/);
  await page.getByRole('link', { name: 'Dynamic Tool Use', exact: true }).click();
  await expect(page).toHaveURL(/\/factors\/dynamic-tool-use\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Dynamic Tool Use');
  await expect(page.locator('#agent-autogen')).toContainText('0.90');
});

test('the directory is sorted by agentic risk and shows every factor value', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  await page.goto('/');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(agents.length + 1);
  const risks = await page.locator('tbody tr td:nth-of-type(1) .font-mono').allTextContents();
  const numbers = risks.map(Number);
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  const autogen = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'AutoGen' }) });
  await expect(autogen).toContainText('7.5');
  await expect(autogen).toContainText('High');
  for (const value of ['0.80', '0.90', '0.70', '0.50', '0.40', '1.00']) await expect(autogen).toContainText(value);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/agents/no-such-agent/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('the About page says who maintains the directory, how to report an error, the licences and how to cite', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the directory');
  await expect(page.locator('link[rel="stylesheet"]')).not.toHaveCount(0);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  for (const heading of ['Who maintains it', 'Report an error in an assessment', 'Licences', 'How to cite']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('#maintainers ~ p')).toContainText(['Agent Threat Directory maintainers', 'REPOSITORY_URL']);
  await expect(page.locator('#report ~ ul')).toContainText('revision');
  await expect(page.getByRole('link', { name: /CC BY 4\.0/ })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  await expect(page.locator('#licences ~ ul')).toContainText('MIT');
  await page.getByRole('link', { name: 'Permanent addresses' }).click();
  await expect(page).toHaveURL(/\/data\/#permanence$/);
});

test("the current revision's address shows the assessment itself, not a redirect, and its anchors work", async ({ page }) => {
  await page.goto('/agents/autogen/2026-11-20/#factor-autonomy-of-action');
  await expect(page).toHaveURL(/\/agents\/autogen\/2026-11-20\/#factor-autonomy-of-action$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AutoGen');
  await expect(page.locator('#factor-autonomy-of-action')).toBeInViewport();
  await expect(page.locator('#revisions + p')).toContainText('https://agent-threat-directory.example/agents/autogen/2026-11-20/');
});

test('the header keeps to one row on desktops and puts the sections behind a Menu below them, without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const width of [1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Methodology' })).toBeVisible();
    const tops = await nav.getByRole('listitem').evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().top)));
    expect(new Set(tops).size, `${width} px: ${tops.join(', ')}`).toBe(1);
    const searchTop = await page
      .getByRole('search')
      .first()
      .evaluate((form) => Math.round(form.getBoundingClientRect().top));
    expect(searchTop, `${width} px`).toBeLessThan(tops[0] + 12);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByText('Menu', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Heatmap' }).click();
  await expect(page).toHaveURL(/\/heatmap\/$/);
  await context.close();
});

test('a pasted link previews the agent with its tier', async ({ page }) => {
  await page.goto('/agents/smolagents/');
  const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute('content');
  expect(await meta('og:title')).toBe('Smolagents threat model');
  expect(await meta('og:description')).toMatch(/^Agentic risk \d\.\d \((Low|Medium|High|Critical)\)/);
  expect(await meta('og:url')).toMatch(/\/agents\/smolagents\/$/);
  expect(await meta('og:image')).toMatch(/\/og\.png$/);
  expect(await meta('twitter:card')).toBe('summary_large_image');
});
