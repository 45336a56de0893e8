import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, CONTENT_DIR, type ContentFiles } from './catalog/content-files.ts';
import { notesHtml, renderNotesInWorker, type RenderedNotes } from './catalog/notes.ts';
import { formatProblem } from './core/entry-file.ts';
import { agentSchema, retiredSchema } from './core/schema.ts';

/**
 * Content is read by the same code as `npm run validate`, so the build refuses exactly what the
 * validator refuses and lists every problem at once. The three collections share one read.
 * Entry notes are stored rendered (pages use entry.rendered.html). In a build a worker thread
 * renders them while this thread parses the frontmatter; should it fail, and in the dev server
 * (where a checkout can change hundreds of files at once), they are rendered on this thread.
 */
let reading: Promise<ContentFiles> | undefined;
let rendering: Promise<RenderedNotes> | undefined;

function renderedNotes(context: LoaderContext): Promise<RenderedNotes> {
  rendering ??= context.watcher
    ? Promise.resolve(new Map())
    : renderNotesInWorker(CONTENT_DIR).catch((error: Error) => {
        context.logger.warn(`notes will render on the main thread: ${error.message}`);
        return new Map();
      });
  return rendering;
}

async function content(context: LoaderContext): Promise<ContentFiles> {
  void renderedNotes(context);
  reading ??= readContent(CONTENT_DIR).then((files) => {
    if (files.problems.length > 0) {
      throw new Error(`${files.problems.length} problem(s) in ${CONTENT_DIR}:\n${files.problems.map(formatProblem).join('\n')}`);
    }
    return files;
  });
  return reading;
}

/**
 * Forgets what was read. The three loaders each hear every change; only the first of them, in
 * the same turn of the event loop, starts a new read, which the other two then share.
 */
let invalidated = false;
function invalidate() {
  if (invalidated) return;
  invalidated = true;
  reading = undefined;
  rendering = undefined;
  queueMicrotask(() => (invalidated = false));
}

/** Astro's editor support maps entries to files by a path relative to the project. */
function projectPath(file: string): string | undefined {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
}

interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  file?: string;
}

function contentLoader(name: string, select: (files: ContentFiles) => StoredEntry[]): Loader {
  return {
    name,
    async load(context: LoaderContext) {
      const { store, generateDigest, watcher, logger } = context;
      const sync = async () => {
        const entries = select(await content(context));
        const notes = await renderedNotes(context);
        store.clear();
        for (const entry of entries) {
          const html = entry.body === undefined ? undefined : notesHtml(notes, entry.file, entry.body);
          store.set({
            id: entry.id,
            data: entry.data,
            body: entry.body,
            rendered: html === undefined ? undefined : { html },
            filePath: entry.file && projectPath(entry.file),
            digest: generateDigest(JSON.stringify(entry)),
          });
        }
        logger.info(`${entries.length} from ${CONTENT_DIR}`);
      };
      await sync();
      watcher?.add(CONTENT_DIR);
      watcher?.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(path.resolve(CONTENT_DIR))) return;
        invalidate();
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

export const collections = {
  agents: defineCollection({
    loader: contentLoader('agent-entries', (c) => c.entries.map((e) => ({ id: e.id, data: e.data, body: e.body, file: e.file }))),
    schema: agentSchema,
  }),
  /** Earlier assessments, id "<agent id>/<assessed date>". */
  revisions: defineCollection({
    loader: contentLoader('agent-revisions', (c) => c.revisions.map((r) => ({ id: `${r.id}/${r.date}`, data: r.data, body: r.body, file: r.file }))),
    schema: agentSchema,
  }),
  retired: defineCollection({
    loader: contentLoader('retired-agents', (c) => c.retired.map((r) => ({ id: r.id, data: r }))),
    schema: retiredSchema.element,
  }),
};
