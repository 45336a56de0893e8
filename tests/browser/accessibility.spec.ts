import { test, expect, type Page } from '@playwright/test';
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
  // An earlier assessment, with its table of changes since.
  revision: '/agents/smolagents/2026-11-20/',
  about: '/about/',
  data: '/data/',
  heatmap: '/heatmap/',
  heatmapLayers: '/heatmap/layers/',
  notFound: '/no-such-page/',
};

// axe's time grows with the page: a full assessment (threats, defences, advisories) takes it
// 20–30 s on a 2-core machine running two browsers.
test.describe.configure({ timeout: 90_000 });

/** A wide screen, a phone and the narrowest phone WCAG reflow asks for (1.4.10: 320 CSS px). */
const viewports = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
  { width: 320, height: 640 },
];

/**
 * Checks a loaded page at every width in turn, resizing rather than reloading: it must not scroll
 * sideways, a full-page screenshot is kept for review (test-results/screenshots/, not committed),
 * and axe finds nothing. axe leaves target-size (WCAG 2.2, 2.5.8) off by default, so it is
 * switched on. Every rule runs at 320 px, where targets crowd and tables scroll; the two wider
 * widths rerun only the rules whose outcome depends on the layout, as a full run at each width
 * would add minutes to the suite for colours and names that do not change with it.
 */
async function audit(page: Page, kind: string, scheme: string) {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    const at = `${kind} page at ${viewport.width} px (${scheme})`;
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect.soft(scrollWidth, `the ${at} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: `test-results/screenshots/${kind}-${viewport.width}-${scheme}.png`, fullPage: true });
    const axe = new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } });
    if (viewport.width !== 320) axe.withRules(['target-size', 'scrollable-region-focusable']);
    const { violations } = await axe.analyze();
    expect
      .soft(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
        `axe on the ${at}`,
      )
      .toEqual([]);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`the ${kind} page fits every width and axe finds no violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await audit(page, kind, scheme);
    });
  }
  test(`the search page with results showing fits every width and axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=agent');
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    await audit(page, 'search', scheme);
  });
  test(`the calculator with a result and a link problem showing fits every width and axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(
      '/calculator/?factors=AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:2&cvss=CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N&agent=autogen',
    );
    await expect(page.locator('#origin')).toBeVisible();
    await expect(page.locator('#aivss-figures')).toBeVisible();
    await page.getByText('Or pick the eleven base metrics one by one').click();
    await page.getByLabel('Self-Modification (SM), exact value').fill('2');
    await audit(page, 'calculator', scheme);
  });
  test(`the compare page with agents showing fits every width and axe finds no violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/compare/?agents=autogen,smolagents,no-such-agent');
    await expect(page.locator('#compare-layers-table tbody tr')).toHaveCount(7);
    await expect(page.locator('#compare-problems')).toBeVisible();
    await audit(page, 'compare', scheme);
  });
}
