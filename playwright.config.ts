import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

// Playwright cannot download its own browsers on these machines: the tests use Debian's
// Chromium (`apt-get install chromium`), or the one CHROMIUM_PATH names.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(`No Chromium at ${chromium}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`);
}
const port = Number(process.env.TEST_PORT ?? 4322);
const site = 'test-results/site';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // A built site (Pagefind's index exists only there) of a small fixture folder, so the suite's
    // cost does not grow with the directory: five agents, a rename, a revision and a tombstone.
    // --ignore-lock: run beside a preview the reader may already have open (`npm start`).
    command: `npx astro build --outDir ${site} && npx astro preview --outDir ${site} --host 127.0.0.1 --port ${port} --ignore-lock`,
    env: { CONTENT_DIR: 'tests/fixtures/content' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
