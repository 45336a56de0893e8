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
 * Entry notes are stored rendered (pages use entry.rendered.html): a worker thread renders them
 * while this thread parses the frontmatter. Should the worker fail, they are rendered here.
 */
let reading: Promise<ContentFiles> | undefined;
let rendering: Promise<RenderedNotes> | undefined;

function renderedNotes(logger: LoaderContext['logger']): Promise<RenderedNotes> {
  rendering ??= renderNotesInWorker(CONTENT_DIR).catch((error: Error) => {
    logger.warn(`notes will render on the main thread: ${error.message}`);
    return new Map();
  });
  return rendering;
}

async function content(logger: LoaderContext['logger']): Promise<ContentFiles> {
  void renderedNotes(logger);
  reading ??= readContent(CONTENT_DIR).then((files) => {
    if (files.problems.length > 0) {
      throw new Error(`${files.problems.length} problem(s) in ${CONTENT_DIR}:\n${files.problems.map(formatProblem).join('\n')}`);
    }
    return files;
  });
  return reading;
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
    async load({ store, generateDigest, watcher, logger }: LoaderContext) {
      const sync = async () => {
        const entries = select(await content(logger));
        const notes = await renderedNotes(logger);
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
        reading = undefined;
        rendering = undefined;
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
