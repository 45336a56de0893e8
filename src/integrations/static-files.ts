import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StaticFilesJob } from './static-files-worker.ts';

/**
 * Files of which the site has one per agent but which need no page template: each agent's JSON,
 * the forwarding pages of current revisions and renamed ids, and the host's header file. Through
 * Astro's page pipeline they would cost about a millisecond each. Instead a worker thread writes
 * them on the second core while Astro bundles and renders the pages on the first; a 5,000-agent
 * build is about 5 s faster than with the same work on the main thread. The build ends only once
 * they are all written, and fails if the worker does.
 */
export function staticFiles(): AstroIntegration {
  let job: StaticFilesJob | undefined;
  let writing: Promise<number> | undefined;
  return {
    name: 'agent-threat-directory:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        job = { site: config.site ?? '', base: config.base, outDir: fileURLToPath(config.outDir) };
      },
      // Runs once the output folder has been emptied and the content synced.
      'astro:build:setup': () => {
        writing ??= startWorker(job!);
      },
      'astro:build:done': async ({ logger }) => {
        const files = await (writing ?? startWorker(job!));
        logger.info(`${files} files written: agent JSON, forwarding pages and _headers`);
      },
    },
  };
}

function startWorker(job: StaticFilesJob): Promise<number> {
  const worker = new Worker(new URL('./static-files-worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The static-files worker stopped (exit code ${code}) before writing its files.`)));
  });
}
