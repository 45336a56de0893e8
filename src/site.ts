/**
 * Where the site is hosted. SITE (an absolute origin) and BASE_PATH (e.g. /agent-threats/) let
 * the same commit be built for a domain root or a sub-path; the build and its checks read both here.
 */
export const SITE = process.env.SITE || 'https://agent-threat-directory.example';
export const BASE_PATH = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * Built without SITE: every absolute address the site hands out (citations, canonical links, the
 * `url` of the JSON and CSV, the Atom feed) points at the placeholder origin above, which serves
 * nothing. The build warns and pages that offer a permanent link say so (PreviewNotice.astro),
 * rather than refuse: local builds and the tests are previews by design.
 */
export const IS_PREVIEW = !process.env.SITE;

/** The repository's web address (the GitHub Pages workflow sets it), for the About page's issue link; empty when unknown. */
export const REPOSITORY_URL = /^https?:\/\/[^\s"<>]+$/.test(process.env.REPOSITORY_URL ?? '') ? process.env.REPOSITORY_URL!.replace(/\/+$/, '') : '';

/** Where README explains how to deploy with SITE and BASE_PATH set. */
export const DEPLOY_DOCS = 'README.md, section “Deploy”';

/** What a preview build prints, boxed so it stands out of Astro's log; empty once SITE is set. */
export function previewWarning(): string[] {
  if (!IS_PREVIEW) return [];
  const lines = [
    'PREVIEW BUILD: SITE is not set.',
    'Every permanent address this build hands out (citations, revision addresses,',
    'canonical links, JSON and CSV url, Atom ids and links) starts with',
    `${SITE}/, which serves nothing;`,
    'pages that offer one say they come from a preview build.',
    'To publish, set SITE (the origin, e.g. https://example.org) and BASE_PATH',
    `(the sub-path, e.g. /agent-threats/; now ${BASE_PATH}): see ${DEPLOY_DOCS}.`,
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = `+${'-'.repeat(width + 2)}+`;
  return [rule, ...lines.map((l) => `| ${l.padEnd(width)} |`), rule];
}
