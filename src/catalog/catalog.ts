import { getCollection } from 'astro:content';
import { buildCatalog, type Assessment, type Catalog } from './directory.ts';
import type { Agent } from './assess.ts';

/**
 * The directory as pages and routes see it, made once per build from the content collections
 * (src/content.config.ts). Astro-only: commands and tests use buildCatalog (directory.ts).
 */
let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const current: Assessment[] = [];
  const earlier: Assessment[] = [];
  for (const entry of await getCollection('agents')) {
    // Earlier revisions are stored as "<id>/<date>"; agent ids never contain a slash.
    const slash = entry.id.indexOf('/');
    const assessment = { id: slash < 0 ? entry.id : entry.id.slice(0, slash), data: entry.data, body: entry.body ?? '', notesHtml: entry.rendered?.html };
    (slash < 0 ? current : earlier).push(assessment);
  }
  const retired = (await getCollection('retired')).flatMap((e) => e.data.agents);
  return buildCatalog(current, earlier, retired);
}

export function getCatalog(): Promise<Catalog> {
  // Every page and route of a build asks; the content is scored once.
  cached ??= load();
  return cached;
}

export async function getAgents(): Promise<Agent[]> {
  return (await getCatalog()).agents;
}
