import type { Worker } from 'node:worker_threads';

/** The first message a worker thread posts; rejects if it fails or stops without posting one. */
export function firstMessage<T>(worker: Worker, name: string): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The ${name} worker stopped (exit code ${code}) before it was done.`)));
  });
}
