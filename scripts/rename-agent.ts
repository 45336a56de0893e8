/**
 * `npm run rename-agent -- <old-id> <new-id>`: the one step that renames an agent. Moves its
 * entry and revisions, records the old id in `formerIds` (its URLs then forward to the new ones)
 * and carries its published revisions over in the ledger. Run the build afterwards.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths, readContent } from '../src/catalog/content-files.ts';
import { AGENT_ID_PATTERN } from '../src/core/schema.ts';
import { editFrontmatter, fail } from './lib/frontmatter.ts';

const [from, to] = process.argv.slice(2);
if (!from || !to) fail('usage: npm run rename-agent -- <old-id> <new-id>');
if (!AGENT_ID_PATTERN.test(to)) fail(`"${to}" is not a valid id: use lower-case words joined by hyphens`);
const paths = contentPaths();
const entry = (await readContent()).entries.find((e) => e.id === from);
if (!entry) fail(`no agent "${from}" in ${paths.agents}`);
const target = path.join(paths.agents, `${to}.md`);
if (existsSync(target)) fail(`${target} already exists`);

renameSync(entry.file, target);
editFrontmatter(target, (set) => set('formerIds', [...(entry.data.formerIds ?? []), from]));
const oldRevisions = path.join(paths.revisions, from);
if (existsSync(oldRevisions)) renameSync(oldRevisions, path.join(paths.revisions, to));
if (existsSync(paths.published)) {
  const ledger = JSON.parse(readFileSync(paths.published, 'utf8'));
  if (ledger.revisions?.[from]) {
    ledger.revisions[to] = { ...ledger.revisions[to], ...ledger.revisions[from] };
    delete ledger.revisions[from];
    writeFileSync(paths.published, `${JSON.stringify(ledger, null, 1)}\n`);
  }
}
console.log(`Renamed ${from} → ${to}: /agents/${from}/ now forwards to /agents/${to}/. Run "npm run build", then commit content/.`);
