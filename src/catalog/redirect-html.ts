/**
 * A static page that forwards to another address: a meta refresh for browsers, a canonical link
 * for crawlers and a plain link for anyone whose browser does not follow the refresh. It works on
 * any static host; it carries no script and no style, so it needs no CSP exception.
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

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function forwardingPage({ to, canonical, title, reason }: Forward): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<meta name="robots" content="noindex">
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
