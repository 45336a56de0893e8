import type { APIRoute } from 'astro';
import { SECURITY_HEADERS } from '../security-policy.ts';

/**
 * dist/_headers: the security headers in the format Netlify and Cloudflare Pages read. A route
 * rather than a file in public/, because the path pattern carries the base the site is built for.
 * (A page file named _headers.ts would be ignored: Astro skips names starting with "_".)
 */
export function getStaticPaths() {
  return [{ params: { headersFile: '_headers' } }];
}

export const GET: APIRoute = () => {
  const lines = [`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
