import { byFactor, byLayerCertainty, byRisk, type Agent } from '../../catalog/assess.ts';
import { FACTORS } from '../../core/factors.ts';
import { LAYERS } from '../../core/maestro.ts';

/**
 * The heatmap's pages: two views (agents × factors, agents × layers), each sortable by any column,
 * 100 agents a page. Every order is a set of static pages, so sorting works without JavaScript.
 * Each column sorts one way only (highest, pinned or A first): every order is a full copy of the
 * table, and at 5,000 agents the 22 orders already make 1,100 pages and 200 MB; both directions
 * would double that.
 */

export const PAGE_SIZE = 100;
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
}

const byName = (a: Agent, b: Agent) => a.entry.name.localeCompare(b.entry.name, 'en') || a.id.localeCompare(b.id);
const highest = { order: 'highest first', direction: 'descending' } as const;
const pinned = { order: 'pinned first', direction: 'descending' } as const;

const NAME: Column = { key: 'name', label: 'Agent', name: 'Agent name', order: 'A to Z', direction: 'ascending', compare: byName };

export const COLUMNS: Record<View, Column[]> = {
  factors: [
    NAME,
    { key: 'risk', label: 'Agentic risk', name: 'Agentic risk', ...highest, compare: byRisk },
    {
      key: 'aivss',
      label: 'AIVSS',
      name: 'AIVSS score',
      ...highest,
      // Agents without a reference vulnerability have no AIVSS figure: they count as lowest.
      compare: (a, b) => (b.aivss?.tenths ?? -1) - (a.aivss?.tenths ?? -1) || byRisk(a, b),
    },
    ...FACTORS.map((f) => ({ key: f.id, label: f.code, name: f.name, abbreviated: true, ...highest, compare: byFactor(f.id) })),
  ],
  layers: [
    NAME,
    {
      key: 'pinned',
      label: 'Pinned layers',
      name: 'Layers pinned by the sources',
      ...highest,
      compare: (a, b) => b.pinnedLayers - a.pinnedLayers || byRisk(a, b),
    },
    ...LAYERS.map((l) => ({ key: l.id, label: `${l.number}. ${l.name}`, name: `Layer ${l.number}, ${l.name}`, ...pinned, compare: byLayerCertainty(l.id) })),
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

/** Site-relative path of a heatmap page; the default order's first page has the short address. */
export function heatmapPath(view: View, key: string, page = 1): string {
  if (DEFAULT_SORT[view] === key && page === 1) return view === 'factors' ? 'heatmap/' : 'heatmap/layers/';
  return `heatmap/${view}/${key}/${page > 1 ? `${page}/` : ''}`;
}

/** Every page of every order of both views, for getStaticPaths. */
export function heatmapPages(agents: readonly Agent[]): { path: string; page: HeatmapPage }[] {
  const result: { path: string; page: HeatmapPage }[] = [];
  for (const view of VIEWS) {
    for (const column of COLUMNS[view]) {
      const sorted = [...agents].sort(column.compare);
      const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
      for (let page = 1; page <= pages; page++) {
        const start = (page - 1) * PAGE_SIZE;
        result.push({
          path: heatmapPath(view, column.key, page),
          page: { view, column, page, pages, from: start + 1, total: sorted.length, agents: sorted.slice(start, start + PAGE_SIZE) },
        });
      }
    }
  }
  return result;
}

/** Page numbers to link to: the first, the last and two either side of the current one. */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const result: (number | null)[] = [];
  wanted.forEach((n, i) => {
    if (i > 0 && n - wanted[i - 1] > 1) result.push(null);
    result.push(n);
  });
  return result;
}
