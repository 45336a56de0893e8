import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readContent, CONTENT_DIR } from '../catalog/content-files.ts';
import { assessAgent, type Agent } from '../catalog/assess.ts';
import { agentToJson, SCHEMA_VERSION } from '../catalog/agent-json.ts';
import { forwardingPage } from '../catalog/redirect-html.ts';
import { joinBase } from '../catalog/links.ts';
import { SECURITY_HEADERS } from '../security-policy.ts';

/**
 * Runs in a worker thread started by the static-files integration, so that reading the content,
 * assessing it and writing thousands of small files use the second core while the main thread
 * bundles and renders the pages. It prepares every file at once, then writes them
 * when told that Astro has emptied the output folder. Plain Node loads it (type stripping).
 */
export interface StaticFilesJob {
  outDir: string;
  site: string;
  base: string;
}

/** Site path (a folder's ends in /) → text, for every file. */
async function planStaticFiles({ site, base }: StaticFilesJob): Promise<Map<string, string>> {
  const url = (sitePath: string) => new URL(joinBase(base, sitePath), site).href;
  const files = new Map<string, string>();
  const add = (sitePath: string, text: string) => files.set(sitePath, text);
  const json = (agent: Agent, extra: object = {}) =>
    `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, agents: [{ ...agentToJson(agent, url(agent.path)), ...extra }] })}\n`;
  const forward = (from: string, to: string, title: string, reason: string) =>
    add(from, forwardingPage({ to: joinBase(base, to), canonical: url(to), title, reason }));

  // Read again here: a worker shares no memory with the content collections.
  const content = await readContent(CONTENT_DIR);
  const datesOf = new Map<string, string[]>();
  for (const r of content.revisions) datesOf.set(r.id, [...(datesOf.get(r.id) ?? []), r.date]);
  for (const entry of content.entries) {
    const agent = assessAgent(entry.id, entry.data, entry.body);
    const { name, assessed } = entry.data;
    add(`api/agents/${agent.id}.json`, json(agent));
    // The current revision's permanent address shows the current page until it is superseded;
    // then revise-agent keeps its text and it becomes a page of its own.
    forward(agent.revisionPath, agent.path, `${name}: revision of ${assessed}`, `The ${assessed} revision is the current assessment of ${name}.`);
    const dates = [assessed, ...(datesOf.get(entry.id) ?? [])];
    for (const former of entry.data.formerIds ?? []) {
      add(`api/agents/${former}.json`, json(agent));
      forward(`agents/${former}/`, agent.path, `${name} has a new address`, `${name} was renamed from “${former}”.`);
      for (const date of dates) {
        forward(`agents/${former}/${date}/`, `agents/${agent.id}/${date}/`, `${name}, revision of ${date}, has a new address`, `${name} was renamed from “${former}”.`);
      }
    }
  }
  for (const retired of content.retired) {
    const last = content.revisions.filter((r) => r.id === retired.id).sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!last) continue;
    add(`api/agents/${retired.id}.json`, json(assessAgent(last.id, last.data, last.body), { retired }));
  }
  const headers = [`${base}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  add('_headers', `${headers.join('\n')}\n`);
  return files;
}

/**
 * Synchronous on purpose: this thread has nothing else to do, and asynchronous writes would queue
 * thousands of jobs on libuv's shared thread pool, starving Vite's own file reads.
 */
function writeStaticFiles(outDir: string, files: Map<string, string>): number {
  const folders = new Set<string>();
  for (const [sitePath, text] of files) {
    const file = path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    const folder = path.dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, text);
  }
  return files.size;
}

const job = workerData as StaticFilesJob;
const planned = planStaticFiles(job);
parentPort?.once('message', async () => parentPort?.postMessage(writeStaticFiles(job.outDir, await planned)));
