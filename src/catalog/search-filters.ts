import type { Agent } from './assess.ts';

/**
 * The search filters an agent page carries (SearchFacets.astro), as [key, value] pairs: Pagefind
 * filters on them, and the search page counts them over the whole directory to show each choice's
 * count before the index has loaded. Keys are permanent: they are the search page's link parameters.
 */
export function searchFilters(agent: Agent): [key: string, value: string][] {
  // ASI ids the agent's threats or advisories map to, each once.
  const asiIds = [...new Set([...agent.layers.flatMap((l) => l.threats.flatMap((t) => t.asi)), ...agent.advisories.flatMap((a) => a.asi)])].sort();
  return [
    ['tier', agent.risk.tier],
    ...agent.factors.map((f): [string, string] => [f.factor.id, f.level]),
    ...agent.layers.filter((l) => l.certain).map((l): [string, string] => ['pinned', l.layer.id]),
    ...asiIds.map((id): [string, string] => ['asi', id]),
    ...agent.defences.map((d): [string, string] => [`defence-${d.control.id}`, d.status]),
    ['advisories', agent.advisories.length > 0 ? 'yes' : 'no'],
  ];
}

/** How many agents carry each filter value, for a search with no text and no filter. */
export function filterCounts(agents: readonly Agent[]): (key: string, value: string) => number {
  const counts = new Map<string, number>();
  for (const agent of agents) for (const [key, value] of searchFilters(agent)) counts.set(`${key}:${value}`, (counts.get(`${key}:${value}`) ?? 0) + 1);
  return (key, value) => counts.get(`${key}:${value}`) ?? 0;
}
