import { test, expect } from '@playwright/test';

interface ApiAgent {
  id: string;
  name: string;
  factors: Record<string, number>;
  agenticRisk: number;
  agenticTier: string;
  layers: Record<string, { certain: boolean }>;
}

async function apiAgents(request: import('@playwright/test').APIRequestContext): Promise<ApiAgent[]> {
  return ((await (await request.get('/api/agents.json')).json()) as { agents: ApiAgent[] }).agents;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every cell of agents × factors carries the agent’s value as text', async ({ page, request }) => {
    const agents = await apiAgents(request);
    await page.goto('/heatmap/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heatmap: agents × factors');
    await expect(page.locator('tbody tr')).toHaveCount(agents.length);
    const factorIds = Object.keys(agents[0].factors);
    for (const agent of agents) {
      const row = page.locator(`#agent-${agent.id}`);
      await expect(row.getByRole('rowheader')).toHaveText(agent.name);
      // The last ten cells of a row are the factors, in the order of the API's factors.
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(-10)).toEqual(factorIds.map((f) => agent.factors[f].toFixed(2)));
      await expect(row).toContainText(`${agent.agenticRisk.toFixed(1)} ${agent.agenticTier}`);
    }
    // Default order: agentic risk, highest first.
    const names = await page.locator('tbody th').allTextContents();
    expect(names).toEqual(agents.map((a) => a.name));
  });

  test('every cell of agents × layers says pinned or not certain, as the JSON API does', async ({ page, request }) => {
    const agents = await apiAgents(request);
    await page.goto('/heatmap/layers/');
    const layerIds = Object.keys(agents[0].layers);
    for (const agent of agents) {
      const row = page.locator(`#agent-${agent.id}`);
      const cells = await row.locator('td').allTextContents();
      expect(cells.slice(-7)).toEqual(layerIds.map((l) => (agent.layers[l].certain ? 'Pinned' : 'Not certain')));
      const pinned = layerIds.filter((l) => agent.layers[l].certain).length;
      await expect(row).toContainText(`${pinned} of 7`);
      await expect(row.getByRole('link', { name: /^(Pinned|Not certain)$/ }).first()).toHaveAttribute('href', `/agents/${agent.id}/#layer-${layerIds[0]}`);
    }
  });

  test('a column heading sorts by that column with a plain link', async ({ page }) => {
    await page.goto('/heatmap/');
    /** The texts of the column whose heading starts with `label`, top to bottom. */
    const column = async (label: string) => {
      const index = (await page.getByRole('columnheader').allTextContents()).findIndex((h) => h.trim().startsWith(label));
      return page.locator('tbody tr').evaluateAll((rows, i) => rows.map((r) => r.children[i].textContent!.trim()), index);
    };
    await page.getByRole('link', { name: /^MAI Multi-Agent Interactions, sort highest first/ }).click();
    await expect(page).toHaveURL(/\/heatmap\/factors\/multi-agent-interactions\/$/);
    await expect(page.getByRole('columnheader', { name: /MAI/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('caption')).toContainText('sorted by Multi-Agent Interactions, highest first');
    const values = (await column('MAI')).map(Number);
    expect(values.length).toBeGreaterThan(2);
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await page.getByRole('link', { name: /^Agent\b.*sort A to Z/ }).click();
    await expect(page).toHaveURL(/\/heatmap\/factors\/name\/$/);
    await expect(page.getByRole('columnheader', { name: /^Agent\b.*A to Z/ })).toHaveAttribute('aria-sort', 'ascending');
    const names = await page.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await expect(page.getByRole('caption')).toContainText('sorted by Agent name, A to Z');
  });

  test('the layers view sorts by a layer, pinned agents first', async ({ page, request }) => {
    const agents = await apiAgents(request);
    await page.goto('/heatmap/layers/');
    await page.getByRole('link', { name: /^4\. Deployment and Infrastructure\b.*sort pinned first/ }).click();
    await expect(page).toHaveURL(/\/heatmap\/layers\/deployment-infrastructure\/$/);
    // Columns: tick box, agent, pinned count, then layers 1 to 7.
    const cells = await page.locator('tbody tr').locator('td:nth-of-type(6)').allTextContents();
    const pinned = agents.filter((a) => a.layers['deployment-infrastructure'].certain).length;
    expect(cells.map((c) => c.trim())).toEqual([...Array(pinned).fill('Pinned'), ...Array(agents.length - pinned).fill('Not certain')]);
  });

  test('each agent page draws its factor profile at build time, labelled for what it is', async ({ page }) => {
    await page.goto('/agents/autogen/');
    const chart = page.getByRole('img', { name: 'Factor profile of AutoGen' });
    await expect(chart).toBeVisible();
    await expect(chart.locator('text')).toContainText([
      'AA 0.80',
      'GDP 0.90',
      'SM 0.70',
      'TU 0.90',
      'MU 0.50',
      'CA 0.80',
      'DI 0.40',
      'MAI 1.00',
      'ND 0.80',
      'OR 0.70',
    ]);
    await expect(page.locator('figure figcaption')).toContainText('The table gives the same values');
  });
});

test('on a phone the heatmaps and the factor profile fit: wide tables scroll inside themselves', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/heatmap/', '/heatmap/layers/', '/agents/autogen/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBeLessThanOrEqual(0);
  }
});

test('printing keeps scores, factors and layers and drops navigation and controls', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto('/agents/autogen/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Rescore in calculator' })).toBeHidden();
  await expect(page.locator('#agentic-risk + p')).toBeVisible();
  await expect(page.locator('tr[id^="factor-"]').first()).toBeVisible();
  await expect(page.locator('#layer-agent-ecosystem')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Factor profile of AutoGen' })).toBeVisible();
  // A dark screen still prints dark text on white paper.
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');

  await page.goto('/heatmap/');
  await expect(page.getByRole('button', { name: 'Compare ticked agents' })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.getByRole('cell', { name: '0.90' }).first()).toBeVisible();
});
