import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const pages = {
  home: '/',
  agent: '/agents/autogen/',
  // An assessment at the current standard: threats, defences, advisories and checklist.
  assessedAgent: '/agents/smolagents/',
  asi: '/asi/',
  asiItem: '/asi/asi05/',
  defences: '/defences/',
  defence: '/defences/code-sandbox/',
  advisories: '/advisories/',
  layers: '/layers/',
  layer: '/layers/agent-frameworks/',
  factors: '/factors/',
  factor: '/factors/dynamic-tool-use/',
  methodology: '/methodology/',
  calibration: '/methodology/calibration/',
  data: '/data/',
  heatmap: '/heatmap/',
  heatmapLayers: '/heatmap/layers/',
  notFound: '/no-such-page/',
};

// axe's time grows with the page: a full assessment (threats, defences, advisories) takes it
// 20–30 s on a 2-core machine running two browsers.
test.describe.configure({ timeout: 90_000 });

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violations on the ${kind} page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    });
  }
  test(`axe finds no violations on the search page with results showing (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=agent');
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
  test(`axe finds no violations on the calculator with a result and a link problem showing (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(
      '/calculator/?factors=AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:2&cvss=CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N&agent=autogen',
    );
    await expect(page.locator('#origin')).toBeVisible();
    await expect(page.locator('#aivss-figures')).toBeVisible();
    await page.getByText('Or pick the eleven base metrics one by one').click();
    await page.getByLabel('Self-Modification (SM), exact value').fill('2');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
  test(`axe finds no violations on the compare page with agents showing (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/compare/?agents=autogen,smolagents,no-such-agent');
    await expect(page.locator('#compare-layers-table tbody tr')).toHaveCount(7);
    await expect(page.locator('#compare-problems')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}
