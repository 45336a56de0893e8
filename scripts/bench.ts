/**
 * `npm run bench [-- 1000 5000]`: generates N synthetic agents into a temporary folder (never
 * into content/), builds and indexes them cold, and prints wall time, peak memory, output size
 * and page weights. Also measures the real content. Figures vary about ±40 % run to run here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { FACTOR_IDS } from '../src/core/factors.ts';
import { LAYER_IDS } from '../src/core/maestro.ts';

const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const TIME = '/usr/bin/time';

interface Step {
  seconds: number;
  peakMiB: number | null;
}

/** Runs an npx command, timing it; peak memory comes from GNU time where it is installed. */
function run(command: string[], env: Record<string, string>): Step {
  const started = performance.now();
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, '-f', '%M', 'npx', ...command] : ['npx', ...command];
  const result = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`${command.join(' ')} failed with exit code ${result.status}`);
  }
  const kib = useTime ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, peakMiB: Number.isFinite(kib) ? kib / 1024 : null };
}

function* lcg(seed: number) {
  let state = seed;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

function generate(root: string, n: number) {
  const dir = path.join(root, 'agents');
  mkdirSync(dir);
  const random = lcg(n);
  const next = () => random.next().value as number;
  for (let i = 1; i <= n; i++) {
    const id = `synthetic-agent-${String(i).padStart(5, '0')}`;
    const factors = FACTOR_IDS.map((f) => `  ${f}: ${Math.round(next() * 20) / 20}`).join('\n');
    const rationale = FACTOR_IDS.map((f) => `  ${f}: Synthetic rationale for ${f} of agent ${i}, one sentence long enough to be realistic.`).join('\n');
    const layers = LAYER_IDS.map(
      (l) => `  ${l}:\n    certain: ${next() < 0.5}\n    analysis: Synthetic analysis of ${l} for agent ${i}, naming Data Poisoning and Agent Tool Misuse as the threats of concern here.`,
    ).join('\n');
    writeFileSync(
      path.join(dir, `${id}.md`),
      `---\nname: Synthetic Agent ${i}\nsummary: A generated entry used only to measure build speed; its figures mean nothing. Agent number ${i}.\nassessed: 2026-11-20\nbasis: [documentation]\nsources:\n  - { title: Generated, url: "https://example.org/${id}" }\nfactors:\n${factors}\nrationale:\n${rationale}\nlayers:\n${layers}\n---\nGenerated notes for agent ${i}.\n`,
    );
  }
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((sum, d) => sum + statSync(path.join(d.parentPath, d.name)).size, 0);
}

/** HTML + linked CSS gzipped, and the JavaScript a page loads, in bytes. */
function pageWeight(outDir: string, page: string) {
  const html = readFileSync(path.join(outDir, page, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(path.join(outDir, m[1])));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+)"/g);
  const js = assets(/<script[^>]+src="\/([^"]+)"/g);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]));
  return {
    gzip: gzipSync(html).length + css.reduce((s, b) => s + gzipSync(b).length, 0),
    js: [...js, ...inlineJs].reduce((s, b) => s + b.length, 0),
  };
}

function measure(label: string, contentDir: string, samplePage: string) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
  try {
    rmSync('node_modules/.astro', { recursive: true, force: true }); // cold: no content-layer cache
    const build = run(['astro', 'build', '--outDir', outDir], { CONTENT_DIR: contentDir });
    const index = run(['pagefind', '--site', outDir], {});
    const pages = readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const agent = pageWeight(outDir, samplePage);
    const home = pageWeight(outDir, '.');
    const search = pageWeight(outDir, 'search');
    const mib = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(0)} MiB`);
    console.log(`\n## ${label}`);
    console.log(`build:   ${build.seconds.toFixed(1)} s, peak ${mib(build.peakMiB)}, ${pages} pages, ${(pages / build.seconds).toFixed(0)} pages/s`);
    console.log(`index:   ${index.seconds.toFixed(1)} s, peak ${mib(index.peakMiB)}`);
    console.log(`total:   ${(build.seconds + index.seconds).toFixed(1)} s, output ${(dirSize(outDir) / 2 ** 20).toFixed(1)} MiB`);
    console.log(`agent page (${samplePage}): ${(agent.gzip / 1024).toFixed(1)} KiB HTML+CSS gzipped, ${agent.js} bytes JavaScript`);
    console.log(`home page: ${(home.gzip / 1024).toFixed(1)} KiB gzipped, ${home.js} bytes JavaScript`);
    console.log(`search page: ${(search.gzip / 1024).toFixed(1)} KiB gzipped, ${search.js} bytes JavaScript (plus Pagefind's own files on first query)`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

console.log(`Benchmark on Node ${process.version}; cold builds (content cache cleared).`);
measure('real content (content/)', 'content', 'agents/autogen');
for (const n of counts.length > 0 ? counts : [1000]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-content-'));
  try {
    generate(dir, n);
    measure(`${n} generated agents`, dir, 'agents/synthetic-agent-00001');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
