import { byFactor, byLayerCertainty, byName, byRisk, headlineAivss, type Agent } from './assess.ts';
import { paginate, pagePath } from './pagination.ts';
import { FACTORS } from '../core/factors.ts';
import { LAYERS } from '../core/maestro.ts';

/**
 * The heatmap's pages: two views (agents × factors, agents × layers), each sortable by any column,
 * a listing page of agents at a time, as static pages so sorting works without JavaScript. Each
 * view's default order and the A–Z order run through every agent; the other columns show their
 * first page, and the factor and layer pages rank every agent by that factor or layer. Paging every order would
 * copy the whole table 22 times: 1,100 pages at 5,000 agents, a fifth of the build.
 */

export const VIEWS = ['factors', 'layers'] as const;
export type View = (typeof VIEWS)[number];
export type Direction = 'ascending' | 'descending';

export interface Column {
  key: string;
  /** Column heading, short. */
  label: string;
  /** Full name, for captions and screen readers. */
  name: string;
  /** The label is a code (AA, GDP…) that needs its name spelt out. */
  abbreviated?: boolean;
  /** The order in words, e.g. "highest first", and as aria-sort says it. */
  order: string;
  direction: Direction;
  compare: (a: Agent, b: Agent) => number;
  /** Sorting by this column pages through every agent; otherwise it shows the first page only. */
  paged?: boolean;
  /** Where every agent is ranked by this column, for a column that is not paged. */
  fullRanking?: string;
}

const highest = { order: 'highest first', direction: 'descending' } as const;
const pinned = { order: 'pinned first', direction: 'descending' } as const;

const NAME: Column = { key: 'name', label: 'Agent', name: 'Agent name', order: 'A to Z', direction: 'ascending', compare: byName, paged: true };

export const COLUMNS: Record<View, Column[]> = {
  factors: [
    NAME,
    { key: 'risk', label: 'Agentic risk', name: 'Agentic risk', ...highest, compare: byRisk, paged: true },
    {
      key: 'aivss',
      label: 'AIVSS',
      name: 'AIVSS score',
      ...highest,
      // The figure an agent page shows (reference vulnerability, else worst advisory); none counts as lowest.
      compare: (a, b) => (headlineAivss(b)?.tenths ?? -1) - (headlineAivss(a)?.tenths ?? -1) || byRisk(a, b),
    },
    ...FACTORS.map((f) => ({
      key: f.id,
      label: f.code,
      name: f.name,
      abbreviated: true,
      ...highest,
      compare: byFactor(f.id),
      fullRanking: `factors/${f.id}/`,
    })),
  ],
  layers: [
    NAME,
    {
      key: 'pinned',
      label: 'Pinned layers',
      name: 'Layers pinned by the sources',
      ...highest,
      compare: (a, b) => b.pinnedLayers - a.pinnedLayers || byRisk(a, b),
      paged: true,
    },
    ...LAYERS.map((l) => ({
      key: l.id,
      label: `${l.number}. ${l.name}`,
      name: `Layer ${l.number}, ${l.name}`,
      ...pinned,
      compare: byLayerCertainty(l.id),
      fullRanking: `layers/${l.id}/`,
    })),
  ],
};

export const DEFAULT_SORT: Record<View, string> = { factors: 'risk', layers: 'pinned' };

export interface HeatmapPage {
  view: View;
  column: Column;
  /** 1-based. */
  page: number;
  pages: number;
  /** Position of the first row in the whole order, 1-based. */
  from: number;
  total: number;
  agents: Agent[];
}

/**
 * Site-relative path of a heatmap page. The default order of each view has the short address
 * ("heatmap/", "heatmap/2/"), like every other listing, so its pages form one listing.
 */
export function heatmapPath(view: View, key: string, page = 1): string {
  const listing = DEFAULT_SORT[view] === key ? (view === 'factors' ? 'heatmap/' : 'heatmap/layers/') : `heatmap/${view}/${key}/`;
  return pagePath(listing, page);
}

/** Every page of every order of both views, for getStaticPaths. */
export function heatmapPages(agents: readonly Agent[]): { path: string; page: HeatmapPage }[] {
  return VIEWS.flatMap((view) =>
    COLUMNS[view].flatMap((column) =>
      paginate([...agents].sort(column.compare))
        .slice(0, column.paged ? undefined : 1)
        .map((p) => ({
          path: heatmapPath(view, column.key, p.number),
          page: { view, column, page: p.number, pages: column.paged ? p.count : 1, from: p.start, total: agents.length, agents: p.items },
        })),
    ),
  );
}
