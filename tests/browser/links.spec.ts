import { test, expect } from '@playwright/test';

// Every internal link and #fragment of the built site is checked by `npm run check:links`.

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
