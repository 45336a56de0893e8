/**
 * `npm run revise-agent -- <id> [--date YYYY-MM-DD]`: starts a new revision. Keeps the published
 * one verbatim as revisions/<id>/<date>.md, dates the entry today (or --date) and asks, through
 * the validator, what changed. Edit the entry, then build. Refused, changing nothing, for an id
 * that is not a current agent, a date that is not a real one or not after the current
 * assessment (one revision a day), or a snapshot that already exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fail, parseDateOption, runCommand } from './lib/cli.ts';
import { editFrontmatter } from './lib/frontmatter.ts';
import { Plan } from './lib/plan.ts';

runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' } } });
  const [id] = positionals;
  if (!id || positionals.length > 1) fail('usage: npm run revise-agent -- <id> [--date YYYY-MM-DD]');
  const plan = await Plan.read();
  const date = parseDateOption(values.date);
  const entry = plan.currentAgent(id);
  if (!date.ok) plan.refuse(entry?.file ?? plan.agentFile(id), 'assessed', date.message);
  if (!entry || !date.ok) return plan.check();
  const { assessed } = entry.data;
  if (date.date <= assessed) {
    plan.refuse(
      entry.file,
      'assessed',
      `the new revision's date (${date.date}) must be after the current one (${assessed}); one revision a day, or pass a later --date`,
    );
  }
  const snapshot = path.join(plan.paths.revisions, id, `${assessed}.md`);
  if (existsSync(snapshot)) plan.refuse(snapshot, '(file)', `already exists; the ${assessed} assessment is already kept as a revision`);
  plan.check(); // a plan on a wrong date would only add the same problem in other words

  plan.write(snapshot, entry.text, { create: true });
  // The blank "changes" is the validator's question to the contributor; the check reads the
  // entry as it will be once that blank is filled in.
  const revised = editFrontmatter(entry.text, { assessed: date.date, changes: '' });
  plan.write(entry.file, revised, { checkAs: editFrontmatter(revised, { changes: 'What changed.' }) });
  plan.check();
  plan.apply();
  console.log(`Kept the ${assessed} revision at ${snapshot}. Now edit ${entry.file}: say what changed in "changes", then run "npm run validate".`);
});
