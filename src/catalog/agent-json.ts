import type { Agent } from './assess.ts';
import type { RetiredAgent } from '../core/schema.ts';
import type { AgentAdvisory } from './assess.ts';

/** An advisory as JSON: every field of the entry, its CVSS version and base score, its AIVSS or why there is none. */
function advisoryToJson(advisory: AgentAdvisory) {
  const { score, ...fields } = advisory;
  return {
    ...fields,
    aliases: fields.aliases ?? [],
    fixed: fields.fixed ?? null,
    cvss: score.cvssVector,
    cvssBy: fields.cvssBy ?? null,
    cvssVersion: score.cvssVersion,
    cvssBase: score.cvssBaseTenths === null ? null : score.cvssBaseTenths / 10,
    aivss: score.aivss ? { score: score.aivss.tenths / 10, severity: score.aivss.severity, formula: score.aivss.formula } : null,
    aivssReason: score.aivssReason,
  };
}

/** Version of the public JSON shape; bump on any breaking change. */
export const SCHEMA_VERSION = 2;

/** The public JSON form of an agent; `pageUrl` is the absolute URL of its page. */
export function agentToJson(agent: Agent, pageUrl: string) {
  const { entry, aivss } = agent;
  return {
    id: agent.id,
    name: entry.name,
    url: pageUrl,
    assessed: entry.assessed,
    version: entry.version ?? null,
    basis: entry.basis ?? [],
    summary: entry.summary,
    homepage: entry.homepage ?? null,
    repository: entry.repository ?? null,
    sources: (entry.sources ?? []).map((s) => ({ title: s.title, url: s.url, accessed: s.accessed ?? null })),
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
    layers: Object.fromEntries(
      agent.layers.map(({ layer, certain, analysis, threats }) => [
        layer.id,
        { certain, analysis, threats: threats.map(({ id, asi, how, check }) => ({ id, asi, how, check })) },
      ]),
    ),
    defences: agent.defences.map((d) => ({ control: d.control.id, status: d.status, evidence: d.evidence, source: d.source })),
    advisories: agent.advisories.map(advisoryToJson),
    advisoriesChecked: entry.advisoriesChecked ?? null,
    worstAdvisory: agent.worstAdvisory ? { id: agent.worstAdvisory.id, aivss: agent.worstAdvisory.score.aivss!.tenths / 10 } : null,
    standardGaps: agent.standardGaps,
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

/**
 * Each agent's own document, cut from the list document (`agentDocument` of the current agents):
 * the bytes `agentDocument` gives for that agent alone, since JSON keeps the order of keys and the
 * value of every number and text it reads back. The build writes the per-agent files from it
 * rather than rendering a route for each of 10,000 agents (integrations/directory.ts).
 */
export function splitAgentDocument(listDocument: string): Map<string, string> {
  const { schemaVersion, agents } = JSON.parse(listDocument) as { schemaVersion: number; agents: AgentJson[] };
  return new Map(agents.map((agent) => [agent.id, `${JSON.stringify({ schemaVersion, agents: [agent] }, null, 2)}\n`]));
}
