import type { Agent } from './assess.ts';
import { LAYERS } from '../core/maestro.ts';
import type { RetiredAgent } from '../core/schema.ts';

/** Version of the public JSON shape; bump on any breaking change. */
export const SCHEMA_VERSION = 1;

/** The public JSON form of an agent; `pageUrl` is the absolute URL of its page. */
export function agentToJson(agent: Agent, pageUrl: string) {
  const { entry, aivss } = agent;
  return {
    id: agent.id,
    name: entry.name,
    url: pageUrl,
    assessed: entry.assessed,
    basis: entry.basis ?? [],
    summary: entry.summary,
    homepage: entry.homepage ?? null,
    repository: entry.repository ?? null,
    sources: entry.sources ?? [],
    factors: agent.factorValues,
    rationale: entry.rationale ?? {},
    agenticRisk: agent.risk.tenths / 10,
    agenticRiskExact: agent.risk.sumHundredths / 100,
    agenticTier: agent.risk.tier,
    vector: agent.vector,
    aivss: aivss
      ? {
          title: aivss.title,
          score: aivss.tenths / 10,
          severity: aivss.severity,
          cvssVector: aivss.cvssVector,
          cvssBase: Number(aivss.cvssBase),
          threat: aivss.threat,
          threatMultiplier: Number(aivss.threatMultiplier),
          mitigation: aivss.mitigation,
          mitigationFactor: Number(aivss.mitigationFactor),
          uplift: Number(aivss.uplift),
          formula: aivss.formula,
        }
      : null,
    layers: Object.fromEntries(LAYERS.map((l) => [l.id, { certain: entry.layers[l.id].certain, analysis: entry.layers[l.id].analysis }])),
  };
}

/** One agent as the JSON API publishes it; browser scripts read this shape. */
export type AgentJson = ReturnType<typeof agentToJson>;

/**
 * The API's envelope, one format for the whole list and for one agent: `{ schemaVersion, agents }`,
 * a retired agent carrying its tombstone. `url` turns a site path into an absolute URL.
 */
export function agentDocument(agents: readonly { agent: Agent; retired?: RetiredAgent }[], url: (sitePath: string) => string): string {
  const list = agents.map(({ agent, retired }) => ({ ...agentToJson(agent, url(agent.path)), ...(retired ? { retired } : {}) }));
  return `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, agents: list }, null, 2)}\n`;
}
