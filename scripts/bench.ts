/**
 * `npm run bench [-- 1000 5000 10000]` (default: all three): adds N generated agents to a copy of
 * the real content folder (its ledger included, never into content/ itself), runs the command
 * users run (`npm run build`: `astro build`, which renders, indexes and checks the ledger) cold,
 * measures output and a real search in Chromium, builds a bare Astro site of the same entries
 * as a baseline (three times each, alternating, compared by median), records the ledger to state
 * its size, and exits 1 if a budget is missed. A single build varies by up to 40 % from one run
 * to the next on these machines.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './lib/serve.ts';
import { cpSync } from 'node:fs';
import { FACTOR_IDS } from '../src/core/factors.ts';
import { LAYER_IDS } from '../src/core/maestro.ts';

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const sizes = counts.length > 0 ? counts : [1000, 5000, 10000];
const TIME = '/usr/bin/time';
const RUNS = 3;
const KiB = 1024;
const BUDGETS = {
  secondsAt10000: 60,
  peakMiB: 4096,
  growth10000Over5000: 2.2,
  agentPageGzip: 30 * KiB,
  listingPageGzipAt5000: 200 * KiB,
  queryBytes: 250 * KiB,
  queryMs: 300,
};

interface Step {
  seconds: number;
  peakMiB: number | null;
  output: string;
}

/** Runs a command, timing it; peak memory comes from GNU time where it is installed. */
function run(command: string[], options: { env?: Record<string, string>; cwd?: string } = {}): Step {
  const started = performance.now();
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, '-f', '%M', ...command] : command;
  const result = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...options.env }, cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${command.join(' ')} failed with exit code ${result.status}`);
  }
  const kib = useTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMiB: Number.isFinite(kib) ? kib / 1024 : null, output: `${result.stdout}${result.stderr}` };
}

function* lcg(seed: number) {
  let state = seed;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

function generate(root: string, n: number) {
  // Added to the real content and its ledger: growth must never make a published anchor vanish.
  cpSync('content', root, { recursive: true });
  const dir = path.join(root, 'agents');
  mkdirSync(dir, { recursive: true });
  const random = lcg(n);
  const next = () => random.next().value as number;
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-agent-${String(i).padStart(5, '0')}`;
    const factors = FACTOR_IDS.map((f) => `  ${f}: ${Math.round(next() * 20) / 20}`).join('\n');
    const rationale = FACTOR_IDS.map((f) => `  ${f}: Synthetic rationale for ${f} of agent ${i}, one sentence long enough to be realistic.`).join('\n');
    const layers = LAYER_IDS.map(
      (l) =>
        `  ${l}:\n    certain: ${next() < 0.5}\n    analysis: Synthetic analysis of ${l} for agent ${i}, naming Data Poisoning and Agent Tool Misuse as the threats of concern here.`,
    ).join('\n');
    writeFileSync(
      path.join(dir, `${id}.md`),
      `---\nname: Synthetic Agent ${i}\nsummary: A generated entry used only to measure build speed; its figures mean nothing. Agent number ${i}.\nassessed: 2026-11-20\nbasis: [documentation]\nsources:\n  - { title: Generated, url: "https://example.org/${id}" }\nfactors:\n${factors}\nrationale:\n${rationale}\nlayers:\n${layers}\n---\nGenerated notes for agent ${i}.\n`,
    );
  }
}

/** The same entries as a bare Astro site: one glob-loaded collection, one plain page per entry. */
function bareSite(root: string, contentDir: string) {
  mkdirSync(path.join(root, 'src/pages/agents'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(root, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    path.join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { agents: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(path.join(contentDir, 'agents'))} }) }) };\n`,
  );
  writeFileSync(
    path.join(root, 'src/pages/agents/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('agents')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><p>{entry.data.summary}</p><ul>{Object.entries(entry.data.factors).map(([k, v]) => <li>{k}: {String(v)}</li>)}</ul><Content /></body></html>\n`,
  );
  writeFileSync(
    path.join(root, 'src/pages/index.astro'),
    `---\nimport { getCollection } from 'astro:content';\nconst agents = await getCollection('agents');\n---\n<html lang="en"><head><title>Agents</title></head><body><ul>{agents.map((a) => <li><a href={\`/agents/\${a.id}/\`}>{a.data.name}</a></li>)}</ul></body></html>\n`,
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath, d.name));
}

/** Bytes of the files below `dir`; a hard-linked file (a current revision's address) counts once. */
function dirSize(dir: string): number {
  const seen = new Set<number>();
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => statSync(path.join(d.parentPath, d.name)))
    .filter((stat) => !seen.has(stat.ino) && seen.add(stat.ino))
    .reduce((sum, stat) => sum + stat.size, 0);
}

/** HTML + linked CSS gzipped, and the bytes of JavaScript the page loads. */
function pageWeight(outDir: string, file: string) {
  const html = readFileSync(file, 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(path.join(outDir, m[1])));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  const js = assets(/<script[^>]+src="\/([^"]+)"/g);
  return { gzip: gzipSync(html).length + css.reduce((s, b) => s + gzipSync(b).length, 0), js: js.reduce((s, b) => s + b.length, 0) };
}

/** Bytes a first query downloads, and milliseconds from the last keystroke to results on a warm page. */
async function measureSearch(outDir: string, term: string, warmTerm: string) {
  const { server, origin } = await serve(outDir);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
    await page.locator('#search-status').filter({ hasText: /match/ }).waitFor();
    // Each body is read as it arrives; all are awaited before the sum is taken.
    const bodies: Promise<number>[] = [];
    let inFlight = 0;
    let lastActivity = Date.now();
    page.on('request', () => {
      inFlight++;
      lastActivity = Date.now();
    });
    const settled = () => {
      inFlight--;
      lastActivity = Date.now();
    };
    page.on('requestfinished', settled);
    page.on('requestfailed', settled);
    page.on('response', (response) => {
      bodies.push(
        response.body().then(
          (body) => body.length,
          () => 0,
        ),
      );
    });
    const timeQuery = (q: string) =>
      page.evaluate(async (query) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        const status = document.querySelector('#search-status')!;
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (/match/.test(status.textContent ?? '') && status.textContent !== 'Searching…') {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        return performance.now() - started;
      }, q);
    await timeQuery(term);
    // The first results show before the query has loaded all it needs (the other fragments, the
    // choice counts), and waitForLoadState('networkidle') returns at once on a page that was idle
    // before: count until nothing has been asked for 500 ms.
    while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise((resolve) => setTimeout(resolve, 50));
    const firstQueryBytes = (await Promise.all(bodies)).reduce((sum, n) => sum + n, 0);
    const warmMs = await timeQuery(warmTerm);
    return { bytes: firstQueryBytes, ms: warmMs };
  } finally {
    await browser.close();
    server.close();
  }
}

const failures: string[] = [];
function budget(ok: boolean, what: string) {
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${what}`);
  if (!ok) failures.push(what);
}
/** The median build by time, with the highest peak memory of all of them. */
function median<T extends Step>(steps: T[]): T {
  const sorted = [...steps].sort((a, b) => a.seconds - b.seconds);
  const peaks = steps.map((s) => s.peakMiB).filter((p): p is number => p !== null);
  return { ...sorted[Math.floor(sorted.length / 2)], peakMiB: peaks.length > 0 ? Math.max(...peaks) : null };
}
const spread = (steps: Step[]) => (steps.length > 1 ? ` (median of ${steps.map((s) => s.seconds.toFixed(1)).join(', ')})` : '');
const kb = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const mib = (step: Step) => (step.peakMiB === null ? 'n/a' : `${step.peakMiB.toFixed(0)} MiB`);

/**
 * Folders deleted only once everything is measured: on these machines deleting thousands of files
 * makes creating files slower for minutes afterwards (10,000 created in 0.8 s, then 2.0, 2.8 and
 * 3.8 s with each batch deleted in between), which would charge one build for the last one's
 * clean-up, and charge most the build that writes most files.
 */
const leftovers: string[] = [];
const scratch = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  leftovers.push(dir);
  return dir;
};

/** Seconds the build spent on the search index after its last page, as the integration logs it. */
const indexTail = (output: string) => Number(/written \((\d+(?:\.\d+)?) s after the last page\)/.exec(output)?.[1] ?? NaN);

const totals = new Map<number, number>();

async function measure(label: string, contentDir: string, n: number | null) {
  const bare = scratch('bench-bare-');
  let outDir = '';
  // Our build and the bare one alternate, RUNS times each, every one cold (no content-layer
  // cache; the bare site shares our node_modules) into a new, empty output folder with the disk
  // flushed; the medians are compared, because here one build can take 40 % longer than the next.
  const builds: (Step & { tail: number })[] = [];
  const baselines: Step[] = [];
  if (n !== null) bareSite(bare, contentDir);
  const fresh = (prefix: string) => {
    const dir = scratch(prefix);
    rmSync('node_modules/.astro', { recursive: true, force: true });
    spawnSync('sync');
    return dir;
  };
  for (let i = 0; i < (n === null ? 1 : RUNS); i++) {
    outDir = fresh('bench-dist-');
    const step = run(['npx', 'astro', 'build', '--outDir', outDir], { env: { CONTENT_DIR: contentDir } });
    builds.push({ ...step, tail: indexTail(step.output) });
    if (n === null) continue;
    baselines.push(run(['npx', 'astro', 'build', '--outDir', fresh('bench-bare-dist-')], { cwd: bare }));
  }
  const build = median(builds);
  const tail = builds.find((b) => b.seconds === build.seconds)!.tail;
  const baseline = baselines.length > 0 ? median(baselines) : null;
  const files = htmlFiles(outDir);
  const kind = (file: string) => {
    const rel = path.relative(outDir, file);
    if (/^agents\/[^/]+\/index\.html$/.test(rel)) return 'agent';
    if (/^agents\/[^/]+\/\d{4}-\d{2}-\d{2}\//.test(rel)) return 'revision';
    if (rel === 'index.html' || rel.startsWith('page/')) return 'home';
    return rel.split('/')[0].replace(/\.html$/, '');
  };
  const weights = new Map<string, { maxGzip: number; maxFile: string; js: number; pages: number }>();
  for (const file of files) {
    const w = pageWeight(outDir, file);
    const k = kind(file);
    const current = weights.get(k) ?? { maxGzip: 0, maxFile: '', js: 0, pages: 0 };
    weights.set(k, {
      maxGzip: Math.max(current.maxGzip, w.gzip),
      maxFile: w.gzip > current.maxGzip ? path.relative(outDir, file) : current.maxFile,
      js: Math.max(current.js, w.js),
      pages: current.pages + 1,
    });
  }
  const search = await measureSearch(outDir, n === null ? 'memory' : 'synthetic agent 42', n === null ? 'sandbox' : 'agent 4242');
  // The ledger, recorded as a contributor would after this build.
  const ledgerFile = path.join(contentDir, 'published.json');
  if (n !== null) run(['npx', 'node', 'scripts/record-published.ts'], { env: { CONTENT_DIR: contentDir } });
  const ledgerBytes = existsSync(ledgerFile) ? statSync(ledgerFile).size : 0;

  console.log(`\n## ${label}`);
  console.log(
    `npm run build: ${build.seconds.toFixed(1)} s${spread(builds)}, highest peak ${mib(build)}, ${files.length} HTML pages; the search index finished ${tail.toFixed(1)} s after the last page`,
  );
  console.log(`output:   ${(dirSize(outDir) / 2 ** 20).toFixed(1)} MiB; ledger ${(ledgerBytes / 2 ** 20).toFixed(2)} MiB`);
  if (baseline) {
    console.log(
      `baseline: bare Astro site of the same entries (one page each, no index) ${baseline.seconds.toFixed(1)} s${spread(baselines)}, highest peak ${mib(baseline)}; ours is ${(build.seconds / baseline.seconds).toFixed(2)} × it (${((build.seconds - tail) / baseline.seconds).toFixed(2)} × before the index's last ${tail.toFixed(1)} s)`,
    );
  }
  console.log('pages (largest of each kind, HTML + CSS gzipped; JavaScript loaded):');
  for (const [k, w] of [...weights].sort())
    console.log(`  ${k.padEnd(12)} ${String(w.pages).padStart(6)} pages, largest ${kb(w.maxGzip).padStart(10)} (${w.maxFile}), JS ${w.js} bytes`);
  console.log(
    `search:   first query ${kb(search.bytes)} downloaded; warm query ${search.ms.toFixed(0)} ms from last keystroke to results (150 ms of it is the input debounce)`,
  );

  console.log('budgets:');
  const agent = weights.get('agent')!;
  // "No JavaScript needed" is proven by the browser tests, which read agent pages with it off;
  // the only script there is the optional copy button of the citation block.
  budget(
    agent.maxGzip < BUDGETS.agentPageGzip,
    `agent pages under ${kb(BUDGETS.agentPageGzip)} gzipped (largest ${kb(agent.maxGzip)}; optional JavaScript ${agent.js} bytes)`,
  );
  budget(search.bytes < BUDGETS.queryBytes, `a search query under ${kb(BUDGETS.queryBytes)} (${kb(search.bytes)})`);
  budget(search.ms < BUDGETS.queryMs, `results within ${BUDGETS.queryMs} ms of the last keystroke on a warm page (${search.ms.toFixed(0)} ms)`);
  if (build.peakMiB !== null) budget(build.peakMiB < BUDGETS.peakMiB, `peak memory under ${BUDGETS.peakMiB} MiB (${mib(build)})`);
  if (n !== null && n >= 5000) {
    const listings = [...weights].filter(([k]) => !['agent', 'revision'].includes(k));
    const largest = listings.reduce((a, b) => (b[1].maxGzip > a[1].maxGzip ? b : a));
    budget(
      largest[1].maxGzip < BUDGETS.listingPageGzipAt5000,
      `no listing page over ${kb(BUDGETS.listingPageGzipAt5000)} gzipped (largest ${kb(largest[1].maxGzip)}, ${largest[1].maxFile})`,
    );
  }
  if (n !== null) totals.set(n, build.seconds);
  if (n === 10000) {
    budget(build.seconds < BUDGETS.secondsAt10000, `10,000 agents: npm run build in under ${BUDGETS.secondsAt10000} s (${build.seconds.toFixed(1)} s)`);
    const at5000 = totals.get(5000);
    if (at5000)
      budget(
        build.seconds <= BUDGETS.growth10000Over5000 * at5000,
        `10,000 agents cost at most ${BUDGETS.growth10000Over5000} × 5,000 (${(build.seconds / at5000).toFixed(2)} ×)`,
      );
  }
}

console.log(`Benchmark on Node ${process.version}: the real content, then ${sizes.join(', ')} generated agents added to it; cold builds.`);
try {
  await measure('real content (content/)', 'content', null);
  for (const n of sizes) {
    const dir = scratch('bench-content-');
    generate(dir, n);
    await measure(`${n} generated agents`, dir, n);
  }
} finally {
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\n${failures.length} budget(s) missed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll budgets met.');
}
