import { test, expect } from '@playwright/test';

/**
 * Keyboard only: tabbing through a page reaches every control, in order, and each one shows a
 * visible focus indicator.
 */
for (const path of ['/', '/agents/autogen/', '/search/?q=agent', '/layers/agent-frameworks/', '/factors/dynamic-tool-use/', '/methodology/']) {
  test(`every control on ${path} is reachable by Tab and visibly focused`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    // Number every control a keyboard user should reach, then tab until focus leaves the page.
    const expected = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(
        (e) => !e.closest('[hidden]') && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0,
      );
      controls.forEach((e, i) => (e.dataset.control = String(i)));
      return controls.length;
    });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport();
    const seen = new Set<string>();
    for (let i = 0; i < expected + 5; i++) {
      const focus = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const style = getComputedStyle(e);
        return {
          key: e.dataset.control ?? e.outerHTML,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          label: e.outerHTML.slice(0, 120),
        };
      });
      if (!focus) break;
      expect(focus.outline, `no visible focus on ${focus.label}`).toBe(true);
      seen.add(focus.key);
      await page.keyboard.press('Tab');
    }
    expect(seen.size).toBe(expected);
  });
}
