/**
 * `npm run retire-agent -- <id> --reason "…" [--successor <id>] [--date YYYY-MM-DD]`: withdraws an
 * agent. Its current assessment becomes its last revision, and /agents/<id>/ becomes a tombstone
 * saying when and why, pointing to the successor.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentPaths, readContent } from '../src/catalog/content-files.ts';
import { fail, today } from './lib/frontmatter.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reason: { type: 'string' }, successor: { type: 'string' }, date: { type: 'string' } },
});
const [id] = positionals;
if (!id || !values.reason) fail('usage: npm run retire-agent -- <id> --reason "why" [--successor <id>] [--date YYYY-MM-DD]');
const paths = contentPaths();
const content = await readContent();
const entry = content.entries.find((e) => e.id === id);
if (!entry) fail(`no current agent "${id}" in ${paths.agents}`);
if (values.successor && !content.entries.some((e) => e.id === values.successor)) fail(`no current agent "${values.successor}" to name as successor`);

const snapshot = path.join(paths.revisions, id, `${entry.data.assessed}.md`);
if (existsSync(snapshot)) fail(`${snapshot} already exists`);
mkdirSync(path.dirname(snapshot), { recursive: true });
renameSync(entry.file, snapshot);
const tombstone = { id, name: entry.data.name, retired: values.date ?? today(), reason: values.reason, ...(values.successor ? { successor: values.successor } : {}) };
const separator = existsSync(paths.retired) && !readFileSync(paths.retired, 'utf8').endsWith('\n') ? '\n' : '';
appendFileSync(paths.retired, separator + stringify([tombstone]));
console.log(`Retired ${id}: its assessment of ${entry.data.assessed} is kept at ${snapshot}. Run "npm run build", then commit content/.`);
