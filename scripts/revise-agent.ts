/**
 * `npm run revise-agent -- <id> [--date YYYY-MM-DD]`: starts a new revision. Keeps the published
 * one verbatim as revisions/<id>/<date>.md, dates the entry today and asks (through the
 * validator) what changed. Edit the entry, then build.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths, readContent } from '../src/catalog/content-files.ts';
import { editFrontmatter, fail, today } from './lib/frontmatter.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' } } });
const [id] = positionals;
if (!id) fail('usage: npm run revise-agent -- <id> [--date YYYY-MM-DD]');
const entry = (await readContent()).entries.find((e) => e.id === id);
if (!entry) fail(`no current agent "${id}"`);
const date = values.date ?? today();
if (date <= entry.data.assessed) fail(`the new revision's date (${date}) must be after the current one (${entry.data.assessed}); pass --date`);
const snapshot = path.join(contentPaths().revisions, id, `${entry.data.assessed}.md`);
if (existsSync(snapshot)) fail(`${snapshot} already exists`);
mkdirSync(path.dirname(snapshot), { recursive: true });
copyFileSync(entry.file, snapshot);
editFrontmatter(entry.file, (set) => {
  set('assessed', date);
  set('changes', '');
});
console.log(`Kept the ${entry.data.assessed} revision at ${snapshot}. Now edit ${entry.file}: say what changed in "changes", then run "npm run validate".`);
