import { defineMiddleware } from 'astro:middleware';
import { getCatalog } from './catalog/catalog.ts';
import { indexPage, isIndexing } from './integrations/search-index.ts';

/** Pages below the base, the way the search index names them: /agents/<id>/. */
const belowBase = new RegExp(`^${import.meta.env.BASE_URL.replace(/\/?$/, '/')}(.*)$`);

/** While the site is built, hands each current agent's page, the only pages search indexes, to the search index (search-index.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!isIndexing()) return response;
  const url = `/${belowBase.exec(context.url.pathname)?.[1] ?? ''}`;
  const { order, searchable } = await searchablePages();
  if (searchable.has(url)) indexPage(url, await response.clone().text(), order);
  return response;
});

let searchablePagesOnce: Promise<{ order: string[]; searchable: Set<string> }> | undefined;
const searchablePages = () =>
  (searchablePagesOnce ??= getCatalog().then(({ agents }) => {
    const order = agents.map((agent) => `/${agent.path}`);
    return { order, searchable: new Set(order) };
  }));
