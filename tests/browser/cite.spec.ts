import { test, expect } from '@playwright/test';

test('citing an assessment takes one click and names the revision, its date and permanent URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/agents/autogen/');
  const permanent = 'https://agent-threat-directory.example/agents/autogen/2026-11-20/';
  await expect(page.locator('#cite-text')).toContainText(`revision of 2026-11-20`);
  await expect(page.locator('#cite-text')).toContainText(permanent);
  await expect(page.locator('#cite-markdown')).toContainText(`](${permanent})`);
  await expect(page.locator('#cite-bibtex')).toContainText('@misc{atd-autogen-2026-11-20,');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`\\url{${permanent}}`);
});

test('a preview build (no SITE, as the tests build) says so beside the citation and the revision address', async ({ page }) => {
  await page.goto('/agents/autogen/');
  await expect(page.locator('#cite ~ [data-preview-notice]')).toContainText('Preview build');
  await expect(page.locator('#revisions + p')).toContainText('a placeholder of this preview build');
  await page.goto('/agents/crewai/2026-11-21/');
  await expect(page.locator('[data-preview-notice]')).toContainText('built without its address');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the citation text is there to select and no dead copy button shows', async ({ page }) => {
    await page.goto('/agents/autogen/');
    await expect(page.locator('#cite-bibtex')).toBeVisible();
    await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  });
});

test('the current revision has a permanent address that shows it, and each section a visible link to itself', async ({ page }) => {
  await page.goto('/agents/autogen/');
  await expect(page.locator('#revisions + p')).toContainText('https://agent-threat-directory.example/agents/autogen/2026-11-20/');
  // The address shows the assessment itself (the site's layout and policy), canonical to the agent page.
  await page.locator('#revisions + p').getByRole('link').click();
  await expect(page).toHaveURL(/\/agents\/autogen\/2026-11-20\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AutoGen');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://agent-threat-directory.example/agents/autogen/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  await page.getByRole('link', { name: 'Link to Dynamic Tool Use for AutoGen' }).click();
  await expect(page).toHaveURL(/2026-11-20\/#factor-dynamic-tool-use$/);
  await page.getByRole('link', { name: 'Link to 7. Agent Ecosystem' }).click();
  await expect(page).toHaveURL(/#layer-agent-ecosystem$/);
});
