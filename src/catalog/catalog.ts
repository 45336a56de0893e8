import { buildCatalog, type Assessment, type Catalog } from './directory.ts';
import { CONTENT_DIR, contentFingerprint, readContent, type AgentFile } from './content-files.ts';
import type { Agent } from './assess.ts';
import { formatProblem } from '../core/entry-file.ts';
import { renderMarkdown } from '../core/markdown.ts';

/**
 * The directory as pages and routes see it: the build's only read of the content folder, through
 * the same code as `npm run validate` (content-files.ts: YAML, the zod schema, the cross-file
 * rules), so the build refuses exactly what the validator refuses and names every problem at once.
 *
 * Pages get the catalog from here in the process that renders them, not through Astro's content
 * store: at 10,000 agents the store's round trip (serialised to disk, bundled by Vite as one
 * module, imported and parsed back) cost more than reading and scoring the folder itself.
 * A build reads once; the dev server reads again when a file of the folder has changed
 * (integrations/directory.ts reloads the browser then).
 */
let cached: { fingerprint: string; catalog: Promise<Catalog> } | undefined;

async function load(): Promise<Catalog> {
  const files = await readContent(CONTENT_DIR);
  if (files.problems.length > 0) {
    const error = new Error(`${files.problems.length} problem(s) in ${CONTENT_DIR}:\n${files.problems.map(formatProblem).join('\n')}`);
    // The contributor needs the list, not where in the catalog it was made: Astro prints no
    // "Stack trace" heading for an error without one.
    error.stack = '';
    throw error;
  }
  const assessment = (file: AgentFile): Assessment => {
    const notes = file.body.trim();
    // Rendered once here, through the sanitiser, rather than on every page that shows them.
    return { id: file.id, data: file.data, body: file.body, notesHtml: notes ? renderMarkdown(notes) : undefined };
  };
  return buildCatalog(files.entries.map(assessment), files.revisions.map(assessment), files.retired);
}

export function getCatalog(): Promise<Catalog> {
  // A build asks from every page and route, and scores the content once.
  const fingerprint = import.meta.env.DEV ? contentFingerprint(CONTENT_DIR) : '';
  if (cached?.fingerprint !== fingerprint) cached = { fingerprint, catalog: load() };
  return cached.catalog;
}

export async function getAgents(): Promise<Agent[]> {
  return (await getCatalog()).agents;
}
