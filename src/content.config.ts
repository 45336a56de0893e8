import path from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readContent, CONTENT_DIR, type ContentFiles } from './catalog/content-files.ts';
import { formatProblem } from './core/entry-file.ts';
import { renderMarkdown } from './core/markdown.ts';
import { agentSchema, retiredSchema } from './core/schema.ts';

/**
 * The build's only read of the content folder. It goes through the same code as
 * `npm run validate` (src/catalog/content-files.ts: YAML, the zod schema, the cross-file rules),
 * so the build refuses exactly what the validator refuses and names every problem at once; the
 * collections' `schema` gives types and editor completion only (the loader stores checked data).
 *
 * Two collections: `agents` holds every assessment, current ones under their id and earlier
 * revisions under "<id>/<date>"; `retired` holds one entry, the list of tombstones, so neither
 * collection is ever empty (Astro warns on every build about an empty one).
 */
let reading: Promise<ContentFiles> | undefined;

/** One read shared by both loaders in a build; the dev server reads again on every change. */
function content(fresh: boolean): Promise<ContentFiles> {
  if (fresh || !reading) {
    reading = readContent(CONTENT_DIR).then((files) => {
      if (files.problems.length > 0) {
        const error = new Error(`${files.problems.length} problem(s) in ${CONTENT_DIR}:\n${files.problems.map(formatProblem).join('\n')}`);
        // The contributor needs the list, not where in the loader it was made.
        error.stack = error.message;
        throw error;
      }
      return files;
    });
  }
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

function contentLoader(name: string, select: (files: ContentFiles) => StoredEntry[], watches: (file: string) => boolean): Loader {
  return {
    name,
    async load({ store, generateDigest, watcher, logger }: LoaderContext) {
      const sync = async (fresh: boolean) => {
        const entries = select(await content(fresh));
        store.clear();
        for (const entry of entries) {
          const notes = entry.body?.trim();
          store.set({
            id: entry.id,
            data: entry.data,
            body: entry.body,
            // Rendered once here, through the sanitiser, rather than on every page that shows them.
            rendered: notes ? { html: renderMarkdown(notes) } : undefined,
            filePath: entry.file && projectPath(entry.file),
            digest: generateDigest(JSON.stringify(entry)),
          });
        }
        logger.info(`${entries.length} from ${CONTENT_DIR}`);
      };
      await sync(false);
      watcher?.add(CONTENT_DIR);
      watcher?.on('all', (_event, file) => {
        if (watches(path.resolve(file))) sync(true).catch((error: Error) => logger.error(error.message));
      });
    },
  };
}

const root = path.resolve(CONTENT_DIR);
const inFolder = (folder: string) => (file: string) => file.startsWith(path.join(root, folder) + path.sep);

export const collections = {
  agents: defineCollection({
    loader: contentLoader(
      'assessments',
      (c) => [
        ...c.entries.map((e) => ({ id: e.id, data: e.data, body: e.body, file: e.file })),
        ...c.revisions.map((r) => ({ id: `${r.id}/${r.date}`, data: r.data, body: r.body, file: r.file })),
      ],
      (file) => inFolder('agents')(file) || inFolder('revisions')(file),
    ),
    schema: agentSchema,
  }),
  retired: defineCollection({
    loader: contentLoader(
      'tombstones',
      (c) => [{ id: 'retired', data: { agents: c.retired } }],
      (file) => file === path.join(root, 'retired.yaml'),
    ),
    schema: z.object({ agents: retiredSchema }),
  }),
};
