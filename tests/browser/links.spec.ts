import { test, expect } from '@playwright/test';

/** Follows every internal link from the home page and checks that each page and #fragment exists. */
test('every internal link and anchor on the site resolves', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const ids = new Map<string, Set<string>>();
  const links: { from: string; to: string }[] = [];
  const queue = ['/'];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (ids.has(path)) continue;
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers 200`).toBe(200);
    if (!response?.headers()['content-type']?.includes('text/html')) {
      ids.set(path, new Set());
      continue;
    }
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      links.push({ from: path, to: url.pathname + url.hash });
      if (!ids.has(url.pathname)) queue.push(url.pathname);
    }
  }
  expect(ids.size).toBeGreaterThan(40);
  const broken = links.filter(({ to }) => {
    const [path, fragment] = to.split('#');
    return !ids.has(path) || (fragment !== undefined && fragment !== '' && !ids.get(path)!.has(decodeURIComponent(fragment)));
  });
  expect(broken, JSON.stringify(broken.slice(0, 10))).toEqual([]);
});

test('every agent page has an anchor for each factor and each layer', async ({ page, request }) => {
  const { agents } = await (await request.get('/api/agents.json')).json();
  const factors = Object.keys(agents[0].factors);
  const layers = Object.keys(agents[0].layers);
  expect(factors).toHaveLength(10);
  expect(layers).toHaveLength(7);
  for (const agent of agents) {
    await page.goto(new URL(agent.url).pathname);
    for (const id of factors) await expect(page.locator(`#factor-${id}`)).toHaveCount(1);
    for (const id of layers) await expect(page.locator(`#layer-${id}`)).toHaveCount(1);
  }
});
