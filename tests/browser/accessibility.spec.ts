import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const pages = {
  home: '/',
  agent: '/agents/autogen/',
  layers: '/layers/',
  layer: '/layers/agent-frameworks/',
  factors: '/factors/',
  factor: '/factors/dynamic-tool-use/',
  methodology: '/methodology/',
  calibration: '/methodology/calibration/',
  revision: '/agents/autogen/2026-11-20/',
  data: '/data/',
  notFound: '/no-such-page/',
};

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
}
