import { FACTORS, factorLevel, type Factor, type FactorLevel, type FactorValues } from '../core/factors.ts';
import { LAYERS, type Layer } from '../core/maestro.ts';
import { agenticRisk, directoryVector, type AgenticRisk, type AivssResult } from '../core/scoring.ts';
import { aivssForVector } from '../core/cvss-score.ts';
import { parseCvssV4Base } from '../core/cvss.ts';
import type { AgentEntry } from '../core/schema.ts';
import { scoreAdvisory, worstByAivss, type AdvisoryScore } from '../core/advisories.ts';
import { DEFENCE_CONTROLS, type DefenceControl, type DefenceStatus } from '../core/defences.ts';
import { threatName } from '../core/maestro.ts';
import type { AsiId } from '../core/asi.ts';
import { standardGaps } from '../core/standard.ts';

type EntryAdvisory = NonNullable<AgentEntry['advisories']>[number];

/** A published advisory with its figures (core/advisories.ts). */
export interface AgentAdvisory extends EntryAdvisory {
  score: AdvisoryScore;
}

export interface AgentThreat {
  id: string;
  name: string;
  asi: AsiId[];
  how: string;
  check: string;
}

export interface AgentDefence {
  control: DefenceControl;
  status: DefenceStatus;
  evidence: string;
  source: string;
}

/** One agent as the pages see it: the entry with every figure computed once. */
export interface Agent {
  id: string;
  entry: AgentEntry;
  /** Path below the site base, e.g. "agents/autogen/". */
  path: string;
  /** Permanent path of this revision, e.g. "agents/autogen/2026-11-20/". */
  revisionPath: string;
  factors: AgentFactor[];
  factorValues: FactorValues;
  risk: AgenticRisk;
  vector: string;
  aivss: (AivssResult & { title: string; cvssVector: string }) | null;
  layers: AgentLayer[];
  pinnedLayers: number;
  /** Built-in defences in the order of the defence table; only those the entry reports. */
  defences: AgentDefence[];
  /** Published advisories, newest first. */
  advisories: AgentAdvisory[];
  /** The advisory with the highest AIVSS, or null when none has a CVSS v4.0 vector. */
  worstAdvisory: AgentAdvisory | null;
  /** What the entry lacks of the current assessment standard (core/standard.ts); empty when it meets it. */
  standardGaps: string[];
  /** The notes in Markdown, as written. */
  body: string;
  /** The notes rendered through the sanitiser (src/core/markdown.ts) once, by the catalog (catalog.ts). */
  notesHtml?: string;
}

export interface AgentFactor {
  factor: Factor;
  value: number;
  /** Two decimals as the seeds print them: "0.80". */
  display: string;
  level: FactorLevel;
  rationale?: string;
}

export interface AgentLayer {
  layer: Layer;
  certain: boolean;
  analysis: string;
  threats: AgentThreat[];
}

export function assessAgent(id: string, entry: AgentEntry, body: string, notesHtml?: string): Agent {
  const factorValues = entry.factors as FactorValues;
  const risk = agenticRisk(factorValues);
  const reference = entry.reference;
  const layers = LAYERS.map((layer) => {
    const { certain, analysis, threats = [] } = entry.layers[layer.id];
    return { layer, certain, analysis, threats: threats.map((t) => ({ ...t, name: threatName(layer.id, t.id) })) };
  });
  const advisories = (entry.advisories ?? [])
    .map((a) => ({ ...a, score: scoreAdvisory(a.cvss, a.threat, factorValues) }))
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const reported = new Map((entry.defences ?? []).map((d) => [d.control, d]));
  return {
    id,
    entry,
    path: `agents/${id}/`,
    revisionPath: `agents/${id}/${entry.assessed}/`,
    factors: FACTORS.map((factor) => {
      const value = factorValues[factor.id];
      const hundredths = Math.round(value * 100);
      return { factor, value, display: value.toFixed(2), level: factorLevel(hundredths), rationale: entry.rationale?.[factor.id] };
    }),
    factorValues,
    risk,
    vector: directoryVector(factorValues),
    aivss: reference
      ? {
          ...aivssForVector(reference.cvss, factorValues, reference.threat, reference.mitigation),
          title: reference.title,
          cvssVector: (parseCvssV4Base(reference.cvss) as { vector: string }).vector,
        }
      : null,
    layers,
    pinnedLayers: layers.filter((l) => l.certain).length,
    defences: DEFENCE_CONTROLS.flatMap((control) => {
      const d = reported.get(control.id);
      return d ? [{ control, status: d.status, evidence: d.evidence, source: d.source }] : [];
    }),
    advisories,
    worstAdvisory: worstByAivss(advisories),
    standardGaps: standardGaps(entry),
    body: body.trim(),
    notesHtml,
  };
}

/**
 * A to Z by name, then by id (two entries may share a name). Every agent order ends with this,
 * so ties come out the same way on every page that lists agents, whatever it sorts by first.
 */
export function byName(a: Pick<Agent, 'id' | 'entry'>, b: Pick<Agent, 'id' | 'entry'>): number {
  return a.entry.name.localeCompare(b.entry.name, 'en') || a.id.localeCompare(b.id);
}

/** An advisory's row on a listing: newest first, then by advisory id, then by agent as everywhere. */
export function byAdvisory(a: { agent: Agent; advisory: AgentAdvisory }, b: { agent: Agent; advisory: AgentAdvisory }): number {
  return b.advisory.published.localeCompare(a.advisory.published) || a.advisory.id.localeCompare(b.advisory.id) || byName(a.agent, b.agent);
}

/** Highest agentic risk first; ties by name, then id, so the order never depends on file order. */
export function byRisk(a: Agent, b: Agent): number {
  return b.risk.sumHundredths - a.risk.sumHundredths || byName(a, b);
}

/** Highest value of one factor first, ties broken by overall risk order. */
export function byFactor(factorId: Factor['id']) {
  return (a: Agent, b: Agent) => b.factorValues[factorId] - a.factorValues[factorId] || byRisk(a, b);
}

/** Agents pinned at a layer first, then the rest; each group in risk order. */
export function byLayerCertainty(layerId: Layer['id']) {
  return (a: Agent, b: Agent) => Number(b.entry.layers[layerId].certain) - Number(a.entry.layers[layerId].certain) || byRisk(a, b);
}

/**
 * The anchor agent of a calibration level: an agent rated exactly at `point`, preferring one that
 * meets the assessment standard, then one that explains its value, then the risk order; none when
 * no agent sits at that level.
 */
export function anchorAgent(agents: readonly Agent[], factorId: Factor['id'], point: number): Agent | undefined {
  const rank = (a: Agent) => (a.standardGaps.length === 0 ? 0 : 2) + (a.entry.rationale?.[factorId] ? 0 : 1);
  const target = Math.round(point * 100);
  // One pass, not a sort: the calibration page asks this fifty times of every agent.
  return agents
    .filter((a) => Math.round(a.factorValues[factorId] * 100) === target)
    .reduce<Agent | undefined>(
      (best, a) => (best === undefined || rank(a) - rank(best) < 0 || (rank(a) === rank(best) && byRisk(a, best) < 0) ? a : best),
      undefined,
    );
}

/** A threat an earlier revision named at a layer and the current one no longer does. */
export interface FormerThreat {
  id: string;
  name: string;
  /** The newest revision that names it, whose page still shows it. */
  revision: Agent;
}

/**
 * Threats of earlier revisions missing from the current one, by layer. Their anchors stay on the
 * agent page, pointing to the revision that still shows them, so a link from a review survives
 * a re-assessment. (Advisories need no such list: a published advisory is never dropped.)
 */
export function formerThreats(current: Agent, earlier: readonly Agent[]): Map<string, FormerThreat[]> {
  const found = new Map<string, FormerThreat[]>();
  // Newest revision first, so each threat points to the last revision that named it.
  for (const revision of [...earlier].sort((a, b) => b.entry.assessed.localeCompare(a.entry.assessed))) {
    for (const { layer, threats } of revision.layers) {
      const now = current.layers.find((l) => l.layer.id === layer.id)!.threats;
      const list = found.get(layer.id) ?? [];
      for (const t of threats) {
        if (!now.some((n) => n.id === t.id) && !list.some((f) => f.id === t.id)) list.push({ id: t.id, name: t.name, revision });
      }
      if (list.length > 0) found.set(layer.id, list);
    }
  }
  return found;
}

/** The AIVSS an agent page shows: its reference vulnerability where an older entry names one, else its worst published advisory. */
export function headlineAivss(agent: Agent): (AivssResult & { title: string; cvssVector: string; of: 'reference' | 'advisory' }) | null {
  if (agent.aivss) return { ...agent.aivss, of: 'reference' };
  const worst = agent.worstAdvisory;
  if (!worst?.score.aivss || !worst.score.cvssVector) return null;
  return { ...worst.score.aivss, title: `${worst.id}: ${worst.title}`, cvssVector: worst.score.cvssVector, of: 'advisory' };
}
