import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { contentPaths, readLedger } from '../catalog/content-files.ts';
import { splitAgentDocument } from '../catalog/agent-json.ts';
import { checkLedger } from '../catalog/ledger.ts';
import { currentRevisionAddresses, type Manifest } from '../catalog/permanent.ts';
import { headersFile } from '../security-policy.ts';
import { previewWarning } from '../site.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * What `astro build` does besides rendering, so that one command produces the whole site: the
 * check that nothing published would vanish (read-only: `npm run record-published` records what
 * is new), and the search index of the agent pages, through Pagefind's Node API as Starlight's
 * integrations/pagefind.ts does (search-index.ts).
 */
export function directory(): AstroIntegration {
  return {
    name: 'agent-threat-directory',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const base = server.config.base;
        server.middlewares.use((request, response, next) => {
          if (request.url !== `${base.replace(/\/?$/, '/')}_headers`) return next();
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end(headersFile(base));
        });
        reloadOnContentChange(server);
      },
      'astro:build:start': ({ logger }) => warnIfPreview(logger),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const manifest = JSON.parse(readFileSync(path.join(outDir, 'api/permanent.json'), 'utf8')) as Manifest;
        const current = currentRevisionAddresses(manifest);
        linkCurrentRevisions(outDir, current);
        // Pagefind writes its index, on one core, while this process checks the ledger and writes
        // the per-agent JSON on the other.
        const meanwhile = () => {
          checkPublished(manifest, logger);
          writeAgentDocuments(outDir, manifest);
        };
        const pages = await writeSearchIndex(outDir, current.length, meanwhile).catch((error: Error) => {
          throw error instanceof BuildStop ? error : new BuildStop(error.message);
        });
        logger.info(`search index of ${pages} agent pages written (${((performance.now() - started) / 1000).toFixed(1)} s after the last page)`);
        // Again at the end, where a reader of the log looks: a preview's permanent links are dead.
        warnIfPreview(logger);
      },
    },
  };
}

/**
 * The dev server shows an edit of the content folder at once: the catalog reads the folder again
 * when it changed (catalog/catalog.ts), the routes' cached paths are dropped through the event
 * Astro's own content store sends on a change, and the browser reloads.
 */
function reloadOnContentChange(server: ViteDevServer) {
  const root = path.resolve(contentPaths().root);
  server.watcher.add(root);
  server.watcher.on('all', (_event, file) => {
    if (!path.resolve(file).startsWith(root + path.sep)) return;
    for (const environment of Object.values(server.environments)) {
      if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
    }
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  });
}

/** A build without SITE says so, boxed; it is not an error (tests and local builds are previews). */
function warnIfPreview(logger: AstroIntegrationLogger) {
  const box = previewWarning();
  if (box.length > 0) logger.warn(`\n${box.join('\n')}`);
}

/** A problem the build reports in its own words, without a stack trace. */
class BuildStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStop';
    // Astro prints no "Stack trace" heading for an error without one.
    this.stack = '';
  }
}

/**
 * The current revision's address shows the agent page, byte for byte: a hard link to it, so it is
 * neither rendered nor written twice (at 10,000 agents, 10,000 renders and some 340 MiB of copies
 * fewer); a copy where the disk cannot link. The dev server renders it ([revision].astro).
 */
function linkCurrentRevisions(outDir: string, current: ReturnType<typeof currentRevisionAddresses>) {
  for (const { page, address } of current) {
    const from = path.join(outDir, page, 'index.html');
    const to = path.join(outDir, address, 'index.html');
    if (!existsSync(from)) throw new BuildStop(`${page}index.html was not built, so its current revision's address ${address} cannot show it`);
    mkdirSync(path.dirname(to), { recursive: true });
    linkOrCopy(from, to);
  }
}

/**
 * `/api/agents/<id>.json` of every current agent, cut from `/api/agents.json` (splitAgentDocument),
 * and of each former id, the same file linked; [id].json.ts renders the retired agents' files.
 */
function writeAgentDocuments(outDir: string, manifest: Manifest) {
  const folder = path.join(outDir, 'api', 'agents');
  const documents = splitAgentDocument(readFileSync(path.join(outDir, 'api', 'agents.json'), 'utf8'));
  mkdirSync(folder, { recursive: true });
  for (const [id, document] of documents) writeFileSync(path.join(folder, `${id}.json`), document);
  for (const [former, id] of Object.entries(manifest.renamed)) linkOrCopy(path.join(folder, `${id}.json`), path.join(folder, `${former}.json`));
}

/** A hard link, so that the same bytes are not written twice; a copy where the disk cannot link. */
function linkOrCopy(from: string, to: string) {
  try {
    linkSync(from, to);
  } catch (error) {
    // Two outputs at one address is a bug to report, not a file to overwrite.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new BuildStop(`${to} was built twice: it is also a link to ${from}`);
    copyFileSync(from, to);
  }
}

function checkPublished(manifest: Manifest, logger: AstroIntegrationLogger) {
  const { published: ledgerFile, root } = contentPaths();
  const parsed = readLedger(ledgerFile);
  if (!parsed.ok) throw new BuildStop(parsed.problem);
  const problems = checkLedger(parsed.ledger, manifest, root);
  if (problems.length > 0) {
    for (const problem of problems) logger.error(problem);
    throw new BuildStop(`${problems.length} published item(s) would be lost (listed above); ${ledgerFile} is unchanged`);
  }
  const recorded = Object.keys(parsed.ledger.agents).length;
  const unrecorded = Object.keys(manifest.agents).filter((id) => !(id in parsed.ledger.agents)).length;
  logger.info(
    `every address, anchor and revision recorded in ${ledgerFile} is kept (${recorded} agents)` +
      (unrecorded > 0 ? `; ${unrecorded} new agent(s) to record with npm run record-published` : ''),
  );
}
