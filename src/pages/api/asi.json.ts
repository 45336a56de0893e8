import type { APIRoute } from 'astro';
import { ASI_EDITION, ASI_ITEMS, ASI_SOURCE, asiSlug } from '../../core/asi.ts';
import { withBase } from '../../catalog/links.ts';

/**
 * The OWASP Top 10 for Agentic Applications 2026 as the directory uses it (src/core/asi.ts): ids and
 * titles are OWASP's, summaries the directory's own, each with the address of its page.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(
      {
        edition: ASI_EDITION,
        source: { title: ASI_SOURCE.title, url: ASI_SOURCE.url },
        items: ASI_ITEMS.map((item) => ({
          id: item.id,
          name: item.name,
          summary: item.summary,
          url: new URL(withBase(`asi/${asiSlug(item.id)}/`), site).href,
        })),
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json' } },
  );
