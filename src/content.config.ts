import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, CONTENT_DIR, type ContentFiles } from './catalog/content-files.ts';
import { formatProblem } from './core/entry-file.ts';
import { agentSchema, retiredSchema } from './core/schema.ts';

/**
 * Content is read by the same code as `npm run validate`, so the build refuses exactly what the
 * validator refuses and lists every problem at once. The three collections share one read.
 */
let reading: Promise<ContentFiles> | undefined;

async function content(): Promise<ContentFiles> {
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
        const entries = select(await content());
        store.clear();
        for (const entry of entries) {
          store.set({ id: entry.id, data: entry.data, body: entry.body, filePath: entry.file && projectPath(entry.file), digest: generateDigest(JSON.stringify(entry)) });
        }
        logger.info(`${entries.length} from ${CONTENT_DIR}`);
      };
      await sync();
      watcher?.add(CONTENT_DIR);
      watcher?.on('all', (_event, file) => {
        if (!path.resolve(file).startsWith(path.resolve(CONTENT_DIR))) return;
        reading = undefined;
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
