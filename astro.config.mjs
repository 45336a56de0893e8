import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

// SITE and BASE_PATH let the same commit be hosted at a domain root or under a sub-path.
export default defineConfig({
  site: process.env.SITE ?? 'https://agent-threat-directory.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx({ extendMarkdownConfig: false })],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
  // Editors with the Astro extension complete and check the frontmatter of content/agents/*.md
  // against the JSON Schema Astro generates from the entry's zod schema.
  experimental: { contentIntellisense: true },
});
