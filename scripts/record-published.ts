/**
 * `npm run record-published`: records in the ledger (content/published.json) every permanent
 * address, anchor and revision the content now publishes, after checking that nothing recorded
 * would vanish. The build only checks; this is the step that records. Run it when new or revised
 * content is ready, and commit the ledger with the content. `--check` only checks, and fails if
 * something is not yet recorded (the test suite runs it on the real content).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentPaths, readContent, readLedger } from '../src/catalog/content-files.ts';
import { buildCatalog } from '../src/catalog/directory.ts';
import { checkLedger, formatLedger, recordManifest } from '../src/catalog/ledger.ts';
import { permanentManifest } from '../src/catalog/permanent.ts';
import { formatProblem } from '../src/core/entry-file.ts';
import { fail, runCommand } from './lib/cli.ts';

runCommand(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const ledgerFile = contentPaths().published;
  const content = await readContent();
  if (content.problems.length > 0)
    fail(...content.problems.map(formatProblem), `${content.problems.length} problem(s): fix them first; ${ledgerFile} is unchanged`);
  const manifest = permanentManifest(buildCatalog(content.entries, content.revisions, content.retired));

  const parsed = readLedger(ledgerFile);
  if (!parsed.ok) fail(parsed.problem);
  const problems = checkLedger(parsed.ledger, manifest, contentPaths().root);
  if (problems.length > 0) fail(...problems, `${problems.length} published item(s) would be lost; ${ledgerFile} is unchanged`);

  const before = formatLedger(parsed.ledger);
  const after = formatLedger(recordManifest(parsed.ledger, manifest));
  const agents = Object.keys(manifest.agents).length;
  if (before === after) {
    console.log(`${ledgerFile} already records everything the content publishes (${agents} agents).`);
  } else if (values.check) {
    const unrecorded = Object.keys(manifest.agents).filter((id) => !(id in parsed.ledger.agents));
    fail(
      `${ledgerFile}: not up to date with the content${unrecorded.length > 0 ? ` (unrecorded agents: ${unrecorded.slice(0, 10).join(', ')}${unrecorded.length > 10 ? ', …' : ''})` : ''}; run npm run record-published and commit it`,
    );
  } else {
    writeFileSync(ledgerFile, after);
    console.log(`Recorded what the content publishes (${agents} agents) in ${ledgerFile}: commit it with the content.`);
  }
});
