import { assessAgent, byRisk, type Agent } from './assess.ts';
import type { AgentEntry, RetiredAgent } from '../core/schema.ts';

/**
 * The assessed directory: every figure computed once, in the orders pages need. Pure: the build
 * makes it from the content collections (catalog.ts), the commands from the content folder.
 */
export interface Catalog {
  /** Current assessments, highest risk first. */
  agents: Agent[];
  /** Earlier assessments by agent id, newest first (current and retired agents). */
  revisions: Map<string, Agent[]>;
  /** Tombstones, by id. */
  retired: RetiredAgent[];
}

/** One assessment as read: the checked entry, its notes and, where rendered, their HTML. */
export interface Assessment {
  id: string;
  data: AgentEntry;
  body: string;
  notesHtml?: string;
}

export function buildCatalog(current: readonly Assessment[], earlier: readonly Assessment[], retired: readonly RetiredAgent[]): Catalog {
  const assess = (a: Assessment) => assessAgent(a.id, a.data, a.body, a.notesHtml);
  const revisions = new Map<string, Agent[]>();
  for (const a of earlier) revisions.set(a.id, [...(revisions.get(a.id) ?? []), assess(a)]);
  for (const list of revisions.values()) list.sort((a, b) => b.entry.assessed.localeCompare(a.entry.assessed));
  return {
    agents: current.map(assess).sort(byRisk),
    revisions,
    retired: [...retired].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
