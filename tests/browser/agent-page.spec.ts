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

test('a page under the assessment standard shows threats, defences, advisories and its checklist without JavaScript', async ({ page, request }) => {
  await page.goto('/agents/smolagents/');
  await expect(page.getByText('Worst published advisory: AIVSS 7.6 High GHSA-54fq-v6x8-244g')).toBeVisible();
  await expect(page.locator('#threat-agent-frameworks-framework-evasion')).toContainText('ASI05');
  await expect(page.locator('#defence-code-sandbox')).toContainText('Opt-in');
  await expect(page.locator('tr[id^="advisory-"]')).toHaveCount(6);
  await expect(page.locator('#advisory-ghsa-6v92-r5mx-h5fx')).toContainText('v3.1 9.9 Critical');
  await expect(page.locator('#advisory-ghsa-6v92-r5mx-h5fx')).toContainText('never converts a v3 vector');
  await expect(page.getByText('predates the directory')).toHaveCount(0);
  const markdown = page.locator('#checklist').locator('..').getByRole('link', { name: 'Markdown' });
  await expect(markdown).toHaveAttribute('href', '/agents/smolagents/checklist.md');
  expect(await (await request.get('/agents/smolagents/checklist.md')).text()).toContain('- [ ] **Framework Evasion** (ASI05)');
});

test('a page that predates the standard says what it lacks', async ({ page }) => {
  await page.goto('/agents/autogen/');
  await expect(page.getByText('This assessment predates the directory’s assessment standard of December 2026. It lacks the version assessed')).toBeVisible();
  await expect(page.getByText('Worst published advisory: none with a CVSS v4.0 vector')).toBeVisible();
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('the assessment date shows its age', async ({ page }) => {
    await page.goto('/agents/smolagents/');
    await expect(page.locator('[data-age-of="2026-12-01"]')).toHaveText(/^ \((today|\d+ days? ago|\d+ months ago|\d+ years ago)\)$/);
  });
});
