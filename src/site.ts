/**
 * Where the site is hosted. SITE (an absolute origin) and BASE_PATH (e.g. /agent-threats/) let
 * the same commit be built for a domain root or a sub-path; the build and its checks read both here.
 */
export const SITE = process.env.SITE ?? 'https://agent-threat-directory.example';
export const BASE_PATH = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
