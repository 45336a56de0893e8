import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContent, CONTENT_DIR } from '../catalog/content-files.ts';
import { assessAgent, type Agent } from '../catalog/assess.ts';
import { agentToJson, SCHEMA_VERSION } from '../catalog/agent-json.ts';
import { forwardingPage } from '../catalog/redirect-html.ts';
import { joinBase } from '../catalog/links.ts';
import { SECURITY_HEADERS } from '../security-policy.ts';

/**
 * Files of which the site has one per agent but which need no page template: each agent's JSON,
 * the forwarding pages of current revisions and renamed ids, and the host's header file. Through
 * Astro's page pipeline they would cost about a millisecond each; written directly, and while
 * Astro renders the pages (the writes wait on the disk, the rendering on the processor), they
 * keep a 5,000-agent build within budget. The build ends only once they are all written.
 */
export function staticFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  let outDir = '';
  let writing: Promise<number> | undefined;
  return {
    name: 'agent-threat-directory:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      // Runs once the output folder has been emptied and the content synced.
      'astro:build:setup': () => {
        writing ??= writeFiles(outDir, site, base);
      },
      'astro:build:done': async ({ logger }) => {
        const files = await (writing ?? writeFiles(outDir, site, base));
        logger.info(`${files} files written: agent JSON, forwarding pages and _headers`);
      },
    },
  };
}

async function writeFiles(outDir: string, site: string, base: string): Promise<number> {
  const url = (sitePath: string) => new URL(joinBase(base, sitePath), site).href;
  // Thousands of small files: written concurrently, which is several times faster than one by one.
  const pending: Promise<void>[] = [];
  const write = (sitePath: string, text: string) => {
    const file = path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
    pending.push(mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, text)));
  };
  const json = (agent: Agent, extra: object = {}) =>
    `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, agents: [{ ...agentToJson(agent, url(agent.path)), ...extra }] })}\n`;
  const forward = (from: string, to: string, title: string, reason: string) =>
    write(from, forwardingPage({ to: joinBase(base, to), canonical: url(to), title, reason }));

  // Read again here: the integration runs outside the module graph that holds the collections.
  const content = await readContent(CONTENT_DIR);
  const datesOf = new Map<string, string[]>();
  for (const r of content.revisions) datesOf.set(r.id, [...(datesOf.get(r.id) ?? []), r.date]);
  let files = 0;
  for (const entry of content.entries) {
    const agent = assessAgent(entry.id, entry.data, entry.body);
    const { name, assessed } = entry.data;
    write(`api/agents/${agent.id}.json`, json(agent));
    // The current revision's permanent address shows the current page until it is superseded;
    // then revise-agent keeps its text and it becomes a page of its own.
    forward(agent.revisionPath, agent.path, `${name}: revision of ${assessed}`, `The ${assessed} revision is the current assessment of ${name}.`);
    files += 2;
    const dates = [assessed, ...(datesOf.get(entry.id) ?? [])];
    for (const former of entry.data.formerIds ?? []) {
      write(`api/agents/${former}.json`, json(agent));
      forward(`agents/${former}/`, agent.path, `${name} has a new address`, `${name} was renamed from “${former}”.`);
      for (const date of dates) {
        forward(`agents/${former}/${date}/`, `agents/${agent.id}/${date}/`, `${name}, revision of ${date}, has a new address`, `${name} was renamed from “${former}”.`);
      }
      files += 2 + dates.length;
    }
  }
  for (const retired of content.retired) {
    const last = content.revisions.filter((r) => r.id === retired.id).sort((a, b) => b.date.localeCompare(a.date))[0];
    if (!last) continue;
    write(`api/agents/${retired.id}.json`, json(assessAgent(last.id, last.data, last.body), { retired }));
    files++;
  }
  const headers = [`${base}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  write('_headers', `${headers.join('\n')}\n`);
  await Promise.all(pending);
  return files + 1;
}
