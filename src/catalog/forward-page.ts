import { CSP_HEADER } from '../security-policy.ts';
import { joinBase } from './links.ts';

/**
 * A page that forwards to another address: a meta refresh for browsers, a canonical link for
 * crawlers and a plain link for anyone whose browser does not follow the refresh. It works on any
 * static host; it carries no script and no style, and the site's policy in its own meta tag.
 * Written as text rather than through a layout; only a renamed agent's old addresses forward (the
 * current revision's address shows the agent page, AgentPage.astro).
 */
export interface Forward {
  /** Where to go, an absolute path (base included). */
  to: string;
  /** Absolute URL of the destination, for the canonical link. */
  canonical: string;
  title: string;
  /** One sentence saying why this address forwards. */
  reason: string;
}

/** The header policy less what a meta tag cannot carry (frame-ancestors). */
const CSP_META = CSP_HEADER.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function forwardingPage({ to, canonical, title, reason }: Forward): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="robots" content="noindex">
<meta http-equiv="content-security-policy" content="${escape(CSP_META)}">
<meta http-equiv="refresh" content="0; url=${escape(to)}">
<link rel="canonical" href="${escape(canonical)}">
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(reason)} <a href="${escape(to)}">Continue to ${escape(to)}</a>.</p>
</main>
</body>
</html>
`;
}

/** Where a forwarding address leads, as routes give it: `to` is a path below the site base. */
export interface ForwardProps {
  to: string;
  title: string;
  reason: string;
}

/** The forwarding page as a route's response, for a site built under `import.meta.env.BASE_URL`. */
export function forwardResponse({ to, title, reason }: ForwardProps, site: URL | undefined): Response {
  const href = joinBase(import.meta.env.BASE_URL, to);
  return new Response(forwardingPage({ to: href, canonical: new URL(href, site).href, title, reason }), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}
