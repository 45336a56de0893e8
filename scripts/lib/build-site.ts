import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Builds the site as `npm run build` does (`astro build`: render, search index, ledger check)
 * from `contentDir` into `outDir`. The one way tests and the benchmark build a site. Each build
 * gets a cache of its own, removed afterwards: Astro keeps the parsed content there, and builds
 * of different content folders running at once must not read each other's.
 */
export function buildSite({ contentDir, outDir, env = {} }: { contentDir: string; outDir: string; env?: Record<string, string> }) {
  const started = performance.now();
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'astro-cache-'));
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: `${cacheDir}/`, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  return { ok: run.status === 0, status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (performance.now() - started) / 1000 };
}
