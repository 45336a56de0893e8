import { createHash } from 'node:crypto';
import { FACTORS } from '../core/factors.ts';
import { LAYERS } from '../core/maestro.ts';
import { ASI_ITEMS, asiSlug } from '../core/asi.ts';
import { DEFENCE_CONTROLS, DEFENCE_STATUS_IDS } from '../core/defences.ts';
import type { AgentEntry } from '../core/schema.ts';
import type { Agent } from './assess.ts';
import type { Catalog } from './directory.ts';
import { COLUMNS, DEFAULT_SORT, heatmapPages, VIEWS } from './heatmap.ts';
import { paginate, pagePath } from './pagination.ts';

/**
 * What the site promises never to take away: its permanent addresses and anchors, declared here
 * and nowhere else. Security reviews link to these; everything else on a page (script hooks, form
 * ids, headings without a declared anchor) may change freely. Components take their public ids
 * from this module, the build checks the ledger against `permanentManifest`, and a build test
 * checks that the pages carry exactly what is declared.
 */

export { factorAnchor, layerAnchor, agentAnchor, threatAnchor, agentThreatAnchor, advisoryAnchor, defenceAnchor } from './anchors.ts';
import { defenceAnchor, factorAnchor, layerAnchor, threatAnchor } from './anchors.ts';

/** Named sections of every assessment page: an agent's page, a revision's page and a tombstone. */
export const ASSESSMENT_SECTIONS = ['score', 'factors', 'vector', 'layers', 'defences', 'advisories', 'checklist', 'sources', 'cite'] as const;
/** An agent's page (current or tombstone) also lists its revisions. */
export const AGENT_PAGE_SECTIONS = [...ASSESSMENT_SECTIONS, 'revisions'] as const;

const assessmentAnchors = (sections: readonly string[]) =>
  [...sections, ...FACTORS.map((f) => factorAnchor(f.id)), ...LAYERS.map((l) => layerAnchor(l.id))].sort();

/** Pages that exist whatever the content, with their declared anchors. */
const FIXED_PAGES: Record<string, readonly string[]> = {
  '/404.html': [],
  '/about/': ['cite', 'licences', 'maintainers', 'report'],
  '/_headers': [],
  '/api/agents.csv': [],
  '/api/agents.json': [],
  '/api/asi.json': [],
  '/api/factors.json': [],
  '/api/maestro.json': [],
  '/api/permanent.json': [],
  '/advisories/': [],
  '/asi/': ASI_ITEMS.map((item) => asiSlug(item.id)),
  ...Object.fromEntries(ASI_ITEMS.map((item) => [`/asi/${asiSlug(item.id)}/`, ['advisories', 'agents']])),
  '/calculator/': [],
  '/compare/': [],
  '/data/': ['editors', 'permanence'],
  '/defences/': DEFENCE_CONTROLS.map((c) => defenceAnchor(c.id)),
  ...Object.fromEntries(DEFENCE_CONTROLS.map((c) => [`/defences/${c.id}/`, DEFENCE_STATUS_IDS])),
  '/factors/': FACTORS.map((f) => f.id),
  '/favicon.svg': [],
  // Link previews everywhere name it; a preview pasted years ago still fetches it.
  '/og.png': [],
  '/feed.xml': [],
  '/heatmap/layers/': [],
  '/layers/': LAYERS.map((l) => l.id),
  '/methodology/': ['advisories', 'agentic-risk', 'aivss', 'basis', 'defences', 'factors', 'maestro', 'standard', 'threats', 'vector'],
  '/methodology/calibration/': FACTORS.map((f) => f.id),
  '/schema/agent.schema.json': [],
  '/search/': [],
};

/**
 * Listings that carry `#agent-<id>` for every agent they list, on one of their pages (an agent
 * moves between pages as the directory grows). Sorted heatmap columns other than the default and
 * A–Z orders show only their first page, so they are not among them.
 */
function fullListings(): string[] {
  const heatmaps = VIEWS.flatMap((view) =>
    COLUMNS[view].filter((c) => c.paged).map((c) => (c.key === DEFAULT_SORT[view] ? heatmapListing(view) : `/heatmap/${view}/${c.key}/`)),
  );
  return ['/', ...FACTORS.map((f) => `/factors/${f.id}/`), ...LAYERS.map((l) => `/layers/${l.id}/`), ...heatmaps].sort();
}
const heatmapListing = (view: string) => (view === 'factors' ? '/heatmap/' : '/heatmap/layers/');

/** The fingerprint of what a reader sees of a revision: every field but the rename bookkeeping, and the notes. */
export function fingerprint(entry: AgentEntry, body: string): string {
  const { formerIds: _formerIds, ...assessment } = entry;
  return `sha256-${createHash('sha256')
    .update(JSON.stringify([assessment, body.replace(/\r\n/g, '\n').trim()]))
    .digest('hex')}`;
}

/** What one build publishes, in the ledger's own shape (see ledger.ts), plus what the check needs to resolve ids. */
export interface Manifest {
  format: 2;
  /** Every published path below the base, with its declared anchors, except the per-agent ones below. */
  pages: Record<string, string[]>;
  /** Listings carrying `#agent-<id>` for every agent listed (current ids and former ids). */
  listings: string[];
  /** Anchors of every agent page (`/agents/<id>/`, current or tombstone). */
  agentPage: string[];
  /** Anchors of every revision page (`/agents/<id>/<date>/`). */
  revisionPage: string[];
  /**
   * Every agent id with a page, `/api/agents/<id>.json` and `/agents/<id>/<date>/` for each
   * revision, by date, with the revision's fingerprint. A current agent that maps threats also
   * has its review checklist at `/agents/<id>/checklist.md` and `.csv`: downloads derived from
   * the current assessment, not addresses a revision keeps.
   */
  agents: Record<string, Record<string, string>>;
  /** Former id → the id it was renamed to: its addresses forward there. */
  renamed: Record<string, string>;
  /** Ids of retired agents: tombstones, no longer listed. */
  retired: string[];
}

export function permanentManifest(catalog: Catalog): Manifest {
  const { agents, revisions, retired } = catalog;
  const pages: Record<string, string[]> = Object.fromEntries(Object.entries(FIXED_PAGES).map(([path, anchors]) => [path, [...anchors].sort()]));
  const listed = (listing: string, count: number) => {
    for (const page of paginate(Array.from({ length: count }))) pages[`/${pagePath(listing, page.number)}`] ??= [];
  };
  listed('', agents.length);
  for (const f of FACTORS) listed(`factors/${f.id}/`, agents.length);
  for (const l of LAYERS) {
    listed(`layers/${l.id}/`, agents.length);
    pages[`/layers/${l.id}/`] = ['agents', 'threats', ...l.threats.map((t) => threatAnchor(t.id))].sort();
  }
  for (const { path } of heatmapPages(agents)) pages[`/${path}`] ??= [];

  const history = (agent: Agent, earlier: readonly Agent[] = []) =>
    Object.fromEntries([agent, ...earlier].map((a) => [a.entry.assessed, fingerprint(a.entry, a.body)]).sort(([a], [b]) => a.localeCompare(b)));
  const published: Record<string, Record<string, string>> = {};
  const renamed: Record<string, string> = {};
  for (const agent of agents) {
    published[agent.id] = history(agent, revisions.get(agent.id));
    for (const former of agent.entry.formerIds ?? []) renamed[former] = agent.id;
  }
  for (const r of retired) {
    const [last, ...earlier] = revisions.get(r.id) ?? [];
    if (last) published[r.id] = history(last, earlier);
  }
  return {
    format: 2,
    pages: sortKeys(pages),
    listings: fullListings(),
    agentPage: assessmentAnchors(AGENT_PAGE_SECTIONS),
    revisionPage: assessmentAnchors(ASSESSMENT_SECTIONS),
    agents: sortKeys(published),
    renamed: sortKeys(renamed),
    retired: retired.map((r) => r.id).sort(),
  };
}

export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Each current agent's page and its current revision's address, which shows the same page
 * (AgentPage.astro), as paths below the site: what a build links to the first after rendering it.
 */
export function currentRevisionAddresses(manifest: Manifest): { page: string; address: string }[] {
  const retired = new Set(manifest.retired);
  return Object.entries(manifest.agents)
    .filter(([id]) => !retired.has(id))
    .map(([id, dates]) => ({ page: `agents/${id}/`, address: `agents/${id}/${Object.keys(dates).sort().at(-1)}/` }));
}
