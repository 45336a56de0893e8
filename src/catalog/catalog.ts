import { getCollection } from 'astro:content';
import { assessAgent, byRisk, type Agent } from './assess.ts';
import type { RetiredAgent } from '../core/schema.ts';

/** Loads and scores everything once per build. */
interface Catalog {
  /** Current assessments, highest risk first. */
  agents: Agent[];
  /** Earlier assessments by agent id, newest first (current and retired agents). */
  revisions: Map<string, Agent[]>;
  retired: RetiredAgent[];
}

let cached: Promise<Catalog> | undefined;

async function load(): Promise<Catalog> {
  const agents = (await getCollection('agents')).map((e) => assessAgent(e.id, e.data, e.body ?? '', e.rendered?.html)).sort(byRisk);
  const revisions = new Map<string, Agent[]>();
  for (const entry of await getCollection('revisions')) {
    const id = entry.id.slice(0, entry.id.indexOf('/'));
    revisions.set(id, [...(revisions.get(id) ?? []), assessAgent(id, entry.data, entry.body ?? '', entry.rendered?.html)]);
  }
  for (const list of revisions.values()) list.sort((a, b) => b.entry.assessed.localeCompare(a.entry.assessed));
  const retired = (await getCollection('retired')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  return { agents, revisions, retired };
}

export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

export async function getAgents(): Promise<Agent[]> {
  return (await getCatalog()).agents;
}
