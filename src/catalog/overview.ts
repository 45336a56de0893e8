import { SEVERITIES, type Severity } from '../core/scoring.ts';
import { byRisk, type Agent, type AgentAdvisory } from './assess.ts';
import type { Catalog } from './directory.ts';

/** The field at a glance, as the home page shows it above the full table. */
export interface Overview {
  /** Every tier with its count, lowest first; tiers no agent is in have count 0. */
  tiers: { tier: Severity; count: number }[];
  /** The highest agentic risks, in the listing's own order. */
  highest: Agent[];
  /** The advisories with the highest AIVSS (CVSS v4.0 only), highest first. */
  worstAdvisories: { agent: Agent; advisory: AgentAdvisory }[];
  /** The newest assessments: first ones and revisions, newest first. */
  recent: { agent: Agent; kind: 'new' | 'revised' }[];
  /** Published advisories, each once, and how many of them carry a CVSS v4.0 vector. */
  advisoryCount: number;
  advisoriesWithV4: number;
}

/** How many of each the home page lists. */
export const OVERVIEW_LENGTH = 5;

export function overview({ agents, revisions }: Pick<Catalog, 'agents' | 'revisions'>, length = OVERVIEW_LENGTH): Overview {
  const scored = agents.flatMap((agent) => agent.advisories.filter((a) => a.score.aivss).map((advisory) => ({ agent, advisory })));
  // Ties keep the order used everywhere else: the listing's (risk, then name, then id).
  const aivssTenths = (item: (typeof scored)[number]) => item.advisory.score.aivss!.tenths;
  // An advisory two agents list is one advisory, as on /advisories/.
  const advisories = [...new Map(agents.flatMap((agent) => agent.advisories).map((a) => [a.id, a])).values()];
  return {
    tiers: SEVERITIES.map((tier) => ({ tier, count: agents.filter((a) => a.risk.tier === tier).length })),
    highest: [...agents].sort(byRisk).slice(0, length),
    worstAdvisories: scored
      .sort((a, b) => aivssTenths(b) - aivssTenths(a) || byRisk(a.agent, b.agent) || a.advisory.id.localeCompare(b.advisory.id))
      .slice(0, length),
    recent: [...agents]
      .sort((a, b) => b.entry.assessed.localeCompare(a.entry.assessed) || byRisk(a, b))
      .slice(0, length)
      .map((agent) => ({ agent, kind: (revisions.get(agent.id)?.length ?? 0) > 0 ? 'revised' : 'new' })),
    advisoryCount: advisories.length,
    advisoriesWithV4: advisories.filter((a) => a.score.cvssVersion === '4.0').length,
  };
}
