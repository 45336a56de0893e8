import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { entryFiles } from './content-files.ts';
import { entryBody } from '../core/entry-file.ts';
import { renderMarkdown } from '../core/markdown.ts';
import type { RenderedNotes } from './notes.ts';

/**
 * Renders the notes of every entry file, in a worker thread started by the content loader, so
 * that Markdown renders on the second core while the loader parses the frontmatter on the first.
 * Reads synchronously: this thread has nothing else to do, and the loader's own reads need
 * libuv's shared pool. Plain Node loads it (type stripping), outside Vite.
 */
const { agents, revisions } = await entryFiles((workerData as { root: string }).root);
const notes: RenderedNotes = new Map();
for (const file of [...agents, ...revisions.map((r) => r.file)]) {
  // Trimmed, as the pages show the notes (see notesHtml).
  const body = entryBody(readFileSync(file, 'utf8'))?.trim();
  if (body) notes.set(file, { body, html: renderMarkdown(body) });
}
parentPort?.postMessage(notes);
