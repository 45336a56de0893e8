import { readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

/** Edits an entry's frontmatter in place, keeping its comments and the Markdown body. */
export function editFrontmatter(file: string, edit: (set: (key: string, value: unknown) => void) => void): void {
  const text = readFileSync(file, 'utf8');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  const document = parseDocument(match[1]);
  edit((key, value) => document.set(key, value));
  writeFileSync(file, `---\n${document.toString({ lineWidth: 0 })}---\n${text.slice(match[0].length)}`);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
