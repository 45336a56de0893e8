import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StaticFilesJob } from './static-files-worker.ts';
import { firstMessage } from '../catalog/first-message.ts';

/**
 * Files of which the site has one per agent but which need no page template: each agent's JSON,
 * the forwarding pages of current revisions and renamed ids, and the host's header file. Through
 * Astro's page pipeline they would cost about a millisecond each. Instead a worker thread
 * prepares them while Astro syncs the content and writes them while it bundles and renders the
 * pages, on the second core. The build ends only once they are all written, and fails if the
 * worker does.
 */
export function staticFiles(): AstroIntegration {
  let building = false;
  let worker: StaticFilesWorker | undefined;
  return {
    name: 'agent-threat-directory:static-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (building) worker = startWorker({ site: config.site ?? '', base: config.base, outDir: fileURLToPath(config.outDir) });
      },
      // Runs once the output folder has been emptied.
      'astro:build:setup': () => {
        worker?.write();
      },
      'astro:build:done': async ({ logger }) => {
        const files = await worker!.write();
        logger.info(`${files} files written: agent JSON, forwarding pages and _headers`);
      },
    },
  };
}

interface StaticFilesWorker {
  /** Tells the worker to write (once), and resolves to the number of files written. */
  write(): Promise<number>;
}

function startWorker(job: StaticFilesJob): StaticFilesWorker {
  const worker = new Worker(new URL('./static-files-worker.ts', import.meta.url), { workerData: job });
  // Until it is told to write, the worker must not keep a failed build's process alive.
  worker.unref();
  const written = firstMessage<number>(worker, 'static-files');
  // A failure is reported where the build awaits the files, not as an unhandled rejection first.
  written.catch(() => {});
  let writing: Promise<number> | undefined;
  return {
    write() {
      if (!writing) {
        worker.ref();
        worker.postMessage('write');
        writing = written;
      }
      return writing;
    },
  };
}
