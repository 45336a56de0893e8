/**
 * Last step of `npm run build`: compares the built site with the ledger of everything published
 * before (content/published.json). Fails, naming each, if a published URL, anchor or revision
 * would disappear or change; otherwise records what is new in the ledger (commit it).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readSite } from './lib/site.ts';
import { checkLedger, EMPTY_LEDGER, type Ledger } from './lib/ledger.ts';
import { contentPaths, readContent, type AgentFile } from '../src/catalog/content-files.ts';
import { BASE_PATH } from '../src/site.ts';

const outDir = process.argv[2] ?? 'dist';
const ledgerFile = contentPaths().published;
const ledger: Ledger = existsSync(ledgerFile) ? JSON.parse(readFileSync(ledgerFile, 'utf8')) : EMPTY_LEDGER;
const content = await readContent();
// The fingerprint covers what a reader sees (every field but the rename bookkeeping, and the
// notes), not the file's formatting, so a rename or a re-indented file is not a new revision.
const fingerprint = ({ data, body }: AgentFile) => {
  const { formerIds: _formerIds, ...assessment } = data;
  return `sha256-${createHash('sha256').update(JSON.stringify([assessment, body.replace(/\r\n/g, '\n').trim()])).digest('hex')}`;
};
const revisions = [
  ...content.entries.map((e) => ({ id: e.id, date: e.data.assessed, file: e.file, fingerprint: fingerprint(e) })),
  ...content.revisions.map((r) => ({ id: r.id, date: r.date, file: r.file, fingerprint: fingerprint(r) })),
];
const result = checkLedger(ledger, readSite(outDir), BASE_PATH, revisions, new Set(content.retired.map((r) => r.id)));

if (result.problems.length > 0) {
  for (const problem of result.problems) console.error(problem);
  console.error(`${result.problems.length} published item(s) would be lost; ${ledgerFile} is unchanged`);
  process.exitCode = 1;
} else {
  const text = `${JSON.stringify(result.next, null, 1)}\n`;
  if (!existsSync(ledgerFile) || readFileSync(ledgerFile, 'utf8') !== text) writeFileSync(ledgerFile, text);
  const { pages, anchors, revisions: added } = result.added;
  const total = Object.keys(result.next.pages).length;
  console.log(
    `published: all ${total - pages} recorded URLs and their anchors are kept` +
      (pages + anchors + added > 0 ? `; recorded ${pages} new URLs, ${anchors} new anchors and ${added} new revisions in ${ledgerFile} (commit it)` : ''),
  );
}
