import { parseDocument } from 'yaml';
import { FRONTMATTER } from '../../src/core/entry-file.ts';

/**
 * An entry's text with some frontmatter fields set, keeping its comments, key order and the
 * Markdown body: contributors' notes in the YAML survive a command. Pure, so a command can plan
 * and check the new text before writing anything.
 */
export function editFrontmatter(text: string, fields: Record<string, unknown>): string {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error('the entry has no frontmatter');
  const document = parseDocument(match[1]);
  for (const [key, value] of Object.entries(fields)) document.set(key, value);
  return `---\n${document.toString({ lineWidth: 0 })}---\n${source.slice(match[0].length)}`;
}
