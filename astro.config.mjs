import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE, BASE_PATH } from './src/site.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES } from './src/security-policy.ts';
import { directory } from './src/integrations/directory.ts';

export default defineConfig({
  site: SITE,
  base: BASE_PATH,
  trailingSlash: 'always',
  // No inline stylesheets or scripts: everything is a file from 'self', so the same policy
  // works as a header on any static host (dist/_headers) and as Astro's per-page meta tag.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: CSP_SCRIPT_SOURCES },
    },
  },
  // Entry bodies go through src/core/markdown.ts; no page needs code highlighting, whose inline
  // styles a strict Content-Security-Policy would refuse.
  markdown: { syntaxHighlight: false },
  integrations: [mdx({ extendMarkdownConfig: false }), directory()],
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
