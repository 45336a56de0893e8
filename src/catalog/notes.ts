import { Worker } from 'node:worker_threads';
import { renderMarkdown } from '../core/markdown.ts';
import { firstMessage } from './first-message.ts';

/** Entry file → its notes (trimmed) and their HTML. */
export type RenderedNotes = Map<string, { body: string; html: string }>;

/** Renders every entry's notes in a worker thread (see notes-worker.ts). */
export function renderNotesInWorker(root: string): Promise<RenderedNotes> {
  return firstMessage(new Worker(new URL('./notes-worker.ts', import.meta.url), { workerData: { root } }), 'notes');
}

/**
 * The HTML of an entry's notes: the worker's, when it rendered this very text (a file edited
 * between the two reads is rendered again here), else rendered now. Empty notes have none.
 */
export function notesHtml(rendered: RenderedNotes, file: string | undefined, body: string): string | undefined {
  const notes = body.trim();
  if (!notes) return undefined;
  const done = file === undefined ? undefined : rendered.get(file);
  return done?.body === notes ? done.html : renderMarkdown(notes);
}
