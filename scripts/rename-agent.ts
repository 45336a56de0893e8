/**
 * `npm run rename-agent -- <old-id> <new-id>`: the one step that renames an agent. Writes its
 * entry under the new id with the old one added to `formerIds` (its URLs then forward to the new
 * ones), moves its revisions and points tombstones that named it as successor at the new id.
 * The ledger (published.json) needs no edit: revisions recorded under a former id are found
 * through the `formerIds` of the agent that lists it. Refused, changing nothing, if the old id
 * is not a current agent or the new id was ever published (a current, retired or former id,
 * this agent's own included, or one with revisions). Run the build afterwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { fail, runCommand } from './lib/cli.ts';
import { editFrontmatter } from './lib/frontmatter.ts';
import { Plan } from './lib/plan.ts';

runCommand(async () => {
  const [from, to, ...rest] = process.argv.slice(2);
  if (!from || !to || rest.length > 0) fail('usage: npm run rename-agent -- <old-id> <new-id>');
  const plan = await Plan.read();
  const entry = plan.currentAgent(from);
  plan.refuseTakenId(to);
  plan.check(); // a plan on a wrong id would only add the same problem in other words
  if (!entry) return;

  // The new file first and the old one last, so an interrupted rename loses nothing.
  plan.write(plan.agentFile(to), editFrontmatter(entry.text, { formerIds: [...(entry.data.formerIds ?? []), from] }), { create: true });
  const revisions = path.join(plan.paths.revisions, from);
  if (existsSync(revisions)) plan.moveRevisions(revisions, path.join(plan.paths.revisions, to));
  const successorOf = plan.content.retired.flatMap((r, i) => (r.successor === from ? [i] : []));
  if (successorOf.length > 0) {
    // Edited as a YAML document so the file's comments and layout survive.
    const retired = parseDocument(readFileSync(plan.paths.retired, 'utf8'));
    for (const i of successorOf) retired.setIn([i, 'successor'], to);
    plan.write(plan.paths.retired, retired.toString({ lineWidth: 0 }));
  }
  plan.delete(entry.file);
  plan.check();
  plan.apply();
  console.log(
    `Renamed ${from} → ${to}: /agents/${from}/ now forwards to /agents/${to}/. Run "npm run build", then "npm run record-published", and commit content/.`,
  );
});
