import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Fails the test on any request to another origin and on any Content-Security-Policy violation. */
function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { foreign, violations };
}

async function browseAndSearch(page: Page) {
  for (const path of [
    '/',
    '/agents/autogen/',
    '/layers/',
    '/layers/agent-ecosystem/',
    '/factors/dynamic-tool-use/',
    '/methodology/',
    '/methodology/calibration/',
    '/data/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/search/');
  await page.getByLabel('Name or text').fill('memory');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.getByLabel('Dynamic Tool Use').selectOption('high');
  await expect(page.locator('#search-status')).toHaveText(/\d+ agents? match/);
}

test('browsing and searching make no request to any other origin and break no CSP rule', async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await browseAndSearch(page);
  expect(seen.foreign).toEqual([]);
  expect(seen.violations).toEqual([]);
});

test('every page carries a Content-Security-Policy without unsafe-inline scripts', async ({ page }) => {
  for (const path of [
    '/',
    '/agents/autogen/',
    '/agents/autogen/2026-11-20/',
    '/agents/crewai/2026-11-21/',
    '/about/',
    '/search/',
    '/methodology/',
    '/no-such-page/',
  ]) {
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy, path).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').count(), path).toBe(0);
  }
});

test('the site, search included, works under the header policy written to dist/_headers', async ({ page, baseURL }) => {
  const headers = Object.fromEntries(
    readFileSync('dist/_headers', 'utf8')
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) =>
        line
          .trim()
          .split(/:\s(.*)/)
          .slice(0, 2),
      ),
  );
  expect(headers['Content-Security-Policy']).toContain("worker-src 'self' blob:");
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const seen = watch(page, new URL(baseURL!).origin);
  await browseAndSearch(page);
  expect(seen.violations).toEqual([]);
});
