import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { SITE, BASE_PATH } from './src/site.ts';

export default defineConfig({
  site: SITE,
  base: BASE_PATH,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ extendMarkdownConfig: false })],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Editors with the Astro extension complete and check the frontmatter of content/agents/*.md
  // against the JSON Schema Astro generates from the entry's zod schema.
  experimental: { contentIntellisense: true },
});
