import { defineMiddleware } from 'astro:middleware';
import { indexPage, isIndexing } from './integrations/search-index.ts';

/** Agent pages, the only pages search indexes: /agents/<id>/ below the base. */
const agentPage = new RegExp(`^${import.meta.env.BASE_URL.replace(/\/?$/, '/')}(agents/[^/]+/)$`);

/** While the site is built, hands each rendered agent page to the search index (search-index.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const match = agentPage.exec(context.url.pathname);
  if (match && isIndexing()) indexPage(`/${match[1]}`, await response.clone().text());
  return response;
});
