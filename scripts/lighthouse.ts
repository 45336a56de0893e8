/**
 * `npm run lighthouse` (after `npm run build`): Lighthouse in Debian's Chromium against the built
 * site, served on loopback with the production security headers, on the home, an agent, a layer
 * and the search page. Prints the scores; exits 1 below 100 for accessibility, best practices and
 * SEO, or below 95 for performance.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serve } from './lib/serve.ts';
import { SECURITY_HEADERS } from '../src/security-policy.ts';

const PAGES = { home: '/', agent: '/agents/autogen/', layer: '/layers/agent-frameworks/', search: '/search/?q=memory' };
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const outDir = process.argv[2] ?? 'dist';
// No upgrade-insecure-requests on plain-http loopback: it would rewrite every request to https.
const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': SECURITY_HEADERS['Content-Security-Policy'].replace('; upgrade-insecure-requests', '') };
const { server, origin } = await serve(outDir, headers);
const chrome = await launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const misses: string[] = [];
try {
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, desktop preset, ${origin}`);
  console.log(`${'page'.padEnd(8)} ${Object.keys(TARGETS).map((c) => c.padStart(15)).join('')}`);
  for (const [name, path] of Object.entries(PAGES)) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) }, { extends: 'lighthouse:default', settings: { formFactor: 'desktop', screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }, throttlingMethod: 'simulate' } });
    const categories = result!.lhr.categories;
    const scores = Object.keys(TARGETS).map((c) => Math.round((categories[c].score ?? 0) * 100));
    console.log(`${name.padEnd(8)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
    Object.keys(TARGETS).forEach((c, i) => {
      if (scores[i] < TARGETS[c]) {
        const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0));
        misses.push(`${name} ${c} ${scores[i]} < ${TARGETS[c]}: ${failing.map((a) => a.id).join(', ')}`);
      }
    });
  }
} finally {
  await chrome.kill();
  server.close();
}
if (misses.length > 0) {
  console.error(misses.join('\n'));
  process.exitCode = 1;
}
