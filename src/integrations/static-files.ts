import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StaticFilesJob } from './static-files-worker.ts';
import { firstMessage } from '../catalog/first-message.ts';

/**
 * Files of which the site has one per agent but which need no page template: each agent's JSON,
 * the forwarding pages of current revisions and renamed ids, and the host's header file. Through
 * Astro's page pipeline they would cost about a millisecond each. Instead a worker thread, on
 * the second core, prepares them while Vite bundles and writes them while Astro renders. The
 * build ends only once they are all written, and fails if the worker does.
 */
export function staticFiles(): AstroIntegration {
  let job: StaticFilesJob | undefined;
  let worker: StaticFilesWorker | undefined;
  return {
    name: 'agent-threat-directory:static-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        job = { site: config.site ?? '', base: config.base, outDir: fileURLToPath(config.outDir) };
      },
      // After the content sync (whose parsing already keeps both cores busy), while Vite bundles.
      'astro:build:start': ({ logger }) => {
        worker = startWorker(job!, logger);
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

function startWorker(job: StaticFilesJob, logger: AstroIntegrationLogger): StaticFilesWorker {
  const worker = new Worker(new URL('./static-files-worker.ts', import.meta.url), { workerData: job });
  const written = firstMessage<number>(worker, 'static-files');
  // Until it is told to write, the worker must not keep a failed build's process alive. After the
  // listeners: adding a 'message' listener refs the worker again.
  worker.unref();
  // Said at once, and the build fails where it awaits the files (not as an unhandled rejection).
  written.catch((error: Error) => logger.error(error.message));
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
