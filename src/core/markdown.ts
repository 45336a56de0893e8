import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root } from 'hast';

/**
 * Entry bodies are written by contributors, so they are rendered through an allow-list:
 * GitHub's sanitising schema (no script, style, iframe, event handlers or form controls) less
 * images, links restricted to http(s), and raw HTML in the Markdown dropped, not passed through.
 */
const schema = {
  ...defaultSchema,
  // No images: an image from another host would make every reader's browser call it.
  tagNames: defaultSchema.tagNames?.filter((name) => name !== 'img'),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https'] },
};

/**
 * Fits the body into its page: headings move two levels down (the page owns h1 and h2), and
 * external links open with no opener and no referrer.
 */
function fitIntoPage() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const heading = /^h([1-6])$/.exec(child.tagName);
        if (heading) child.tagName = `h${Math.min(6, Number(heading[1]) + 2)}`;
        const href = child.properties.href;
        if (child.tagName === 'a' && typeof href === 'string' && /^https?:/i.test(href)) {
          child.properties.rel = ['noopener', 'noreferrer'];
        }
        visit(child);
      }
    };
    visit(tree);
  };
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema).use(fitIntoPage).use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
