import { spawnSync } from 'node:child_process';

/**
 * Builds the site as `npm run build` does (`astro build`: render, search index, ledger check)
 * from `contentDir` into `outDir`. The one way tests and the benchmark build a site. Builds of
 * different content folders may run at once: each reads its folder in its own process
 * (src/catalog/catalog.ts) and keeps nothing of it in Astro's cache.
 */
export function buildSite({ contentDir, outDir, env = {} }: { contentDir: string; outDir: string; env?: Record<string, string> }) {
  const started = performance.now();
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { ok: run.status === 0, status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (performance.now() - started) / 1000 };
}
