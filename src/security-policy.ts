/**
 * The Content-Security-Policy, in one place: Astro writes it into every page's meta tag (with
 * hashes of its own scripts and styles), and the _headers route (src/pages/[headersFile].ts) into dist/_headers for
 * hosts that set headers. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and a blob:
 * worker; nothing is loaded from another origin.
 */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The header form adds what a meta tag cannot carry. */
export const CSP_HEADER = [
  ...CSP_DIRECTIVES,
  `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
  "style-src 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** dist/_headers, in the format Netlify and Cloudflare Pages read: every path below `base` gets the headers. */
export function headersFile(base: string): string {
  const lines = [`${base.replace(/\/?$/, '/')}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
  return `${lines.join('\n')}\n`;
}
