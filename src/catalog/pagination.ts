/**
 * Agents a listing page shows. 250 keeps the heaviest listing (the heatmap) near 40 KB gzipped,
 * far under the 200 KB budget, while a 5,000-agent directory needs a fifth of the pages 50 would.
 */
export const PAGE_SIZE = 250;

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** First item's position, 1-based. */
  start: number;
}

export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), number: i + 1, count, start: i * size + 1 }));
}

/**
 * Path of page `n` of a listing at `listing` (below the base): page 1 is the listing itself, later
 * pages are "<listing><n>/" ("page/<n>/" for the home page, whose path is empty).
 */
export function pagePath(listing: string, n: number): string {
  if (n === 1) return listing;
  return `${listing}${listing === '' ? 'page/' : ''}${n}/`;
}

/** The rest parameter for page n of a listing route: undefined for page 1. */
export const pageParam = (n: number) => (n === 1 ? undefined : String(n));

/** Page numbers to link to: the first, the last and two either side of the current one. */
export function pageWindow(current: number, pages: number): (number | null)[] {
  const wanted = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const result: (number | null)[] = [];
  wanted.forEach((n, i) => {
    if (i > 0 && n - wanted[i - 1] > 1) result.push(null);
    result.push(n);
  });
  return result;
}
