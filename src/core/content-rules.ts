import type { EntryProblem } from './entry-file.ts';
import type { AgentEntry, RetiredAgent } from './schema.ts';

/**
 * Rules that span files: revisions belong to an agent and predate its current assessment,
 * renamed and retired ids never collide with live ones, published advisories are never dropped. Each broken rule is a problem naming
 * the file and field, like the schema's.
 */
export interface EntryRef {
  id: string;
  file: string;
  data: AgentEntry;
}
export interface RevisionRef extends EntryRef {
  /** The date in the snapshot's file name. */
  date: string;
}

export function checkContent(
  entries: readonly EntryRef[],
  revisions: readonly RevisionRef[],
  retired: readonly RetiredAgent[],
  retiredFile: string,
): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const current = new Map(entries.map((e) => [e.id, e]));
  const retiredIds = new Set(retired.map((r) => r.id));
  const formerOwner = new Map<string, string>();

  for (const entry of entries) {
    for (const former of entry.data.formerIds ?? []) {
      const clash = current.has(former) ? 'a current agent' : retiredIds.has(former) ? 'a retired agent' : formerOwner.get(former);
      if (clash) problems.push({ file: entry.file, field: 'formerIds', message: `"${former}" is already used by ${clash}; a former id must be unique` });
      formerOwner.set(former, `the former id of ${entry.id}`);
    }
    const own = revisions.filter((r) => r.id === entry.id);
    // An advisory is a fact about the project: once published it stays listed (corrected, never
    // dropped), so its row and anchor on the agent page outlive every revision.
    const listed = new Set((entry.data.advisories ?? []).flatMap((a) => [a.id, ...(a.aliases ?? [])]));
    for (const revision of own) {
      for (const advisory of revision.data.advisories ?? []) {
        if (!listed.has(advisory.id)) {
          problems.push({
            file: entry.file,
            field: 'advisories',
            message: `${advisory.id} was published in the ${revision.date} revision; an advisory stays listed once published (correct it instead of removing it)`,
          });
        }
      }
    }
    if (own.length > 0 && !entry.data.changes) {
      problems.push({
        file: entry.file,
        field: 'changes',
        message: 'required once an agent has revisions; expected one sentence on what changed since the previous revision',
      });
    }
  }

  for (const revision of revisions) {
    if (revision.data.assessed !== revision.date) {
      problems.push({
        file: revision.file,
        field: 'assessed',
        message: `${revision.data.assessed} does not match the file name; a snapshot is named by its assessed date (${revision.data.assessed}.md)`,
      });
    }
    const entry = current.get(revision.id);
    if (entry && revision.date >= entry.data.assessed) {
      problems.push({
        file: revision.file,
        field: 'assessed',
        message: `${revision.date} is not older than the current assessment (${entry.data.assessed}); a revision must predate it`,
      });
    }
    if (!entry && !retiredIds.has(revision.id)) {
      problems.push({
        file: revision.file,
        field: '(file)',
        message: `no agent "${revision.id}" in agents/ or retired.yaml; expected revisions/<agent id>/<date>.md`,
      });
    }
  }

  retired.forEach((agent, i) => {
    if (current.has(agent.id))
      problems.push({ file: retiredFile, field: `[${i}].id`, message: `"${agent.id}" is still a current agent; remove its entry or this tombstone` });
    if (agent.successor && !current.has(agent.successor)) {
      problems.push({ file: retiredFile, field: `[${i}].successor`, message: `no current agent "${agent.successor}"; expected the id of an agent in agents/` });
    }
  });
  return problems;
}
