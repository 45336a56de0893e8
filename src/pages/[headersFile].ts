import type { APIRoute } from 'astro';
import { headersFile } from '../security-policy.ts';

/**
 * dist/_headers: the security headers in the format Netlify and Cloudflare Pages read. A route
 * rather than a file in public/, because the path pattern carries the base the site is built for.
 * (A page file named _headers.ts would be ignored: Astro skips names starting with "_".) The dev
 * server, which asks for a trailing slash here, serves the same text from the integration.
 */
export function getStaticPaths() {
  return [{ params: { headersFile: '_headers' } }];
}

export const GET: APIRoute = () => new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
