import { test, expect } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('an agent page shows its whole assessment without JavaScript', async ({ page }) => {
  await page.goto('/agents/autogen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AutoGen');
  await expect(page.getByText('Agentic risk (AARS)')).toBeVisible();
  await expect(page.locator('#agentic-risk + p')).toContainText('7.5');
  await expect(page.getByText('0.80 + 0.90 + 0.70 + 0.90 + 0.50 + 0.80 + 0.40 + 1.00 + 0.80 + 0.70 = 7.5')).toBeVisible();
  await expect(page.getByText('No AIVSS figure')).toBeVisible();
  await expect(page.locator('#vector')).toHaveText('AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7');
  await expect(page.locator('tr[id^="factor-"]')).toHaveCount(10);
  await expect(page.locator('li[id^="layer-"]')).toHaveCount(7);
  // Layers 1, 2, 4, 5 and 6 are not certain in the AutoGen seed; 3 and 7 are pinned.
  for (const id of ['foundation-models', 'data-operations', 'deployment-infrastructure', 'evaluation-observability', 'security-compliance']) {
    await expect(page.locator(`#layer-${id}`)).toContainText('Not certain');
  }
  for (const id of ['agent-frameworks', 'agent-ecosystem']) {
    await expect(page.locator(`#layer-${id}`)).toContainText('Pinned by the sources');
  }
  await expect(page.locator('article time[datetime="2026-11-20"]')).toBeVisible();
  await expect(page.getByText("the agent's public listing", { exact: true })).toBeVisible();
});

test('a researched agent page lists its sources and rationale', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  const researched = agents.find((a: { basis: string[] }) => !a.basis.includes('listing'));
  await page.goto(new URL(researched.url).pathname);
  const sources = page.locator('#sources + ul a');
  expect(await sources.count()).toBeGreaterThanOrEqual(2);
  for (const link of await sources.all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('#factor-dynamic-tool-use')).toContainText(researched.rationale['dynamic-tool-use'].slice(0, 40));
});
