/**
 * `npm run retire-agent -- <id> --reason "…" [--successor <id>] [--date YYYY-MM-DD]`: withdraws an
 * agent. Its current assessment becomes its last revision, and /agents/<id>/ becomes a tombstone
 * saying when and why, pointing to the successor. Refused, changing nothing, for an id that is
 * not a current agent, a successor that is the agent itself or not a current agent, a date that
 * is not a real one, or a snapshot that already exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { fail, parseDateOption, runCommand } from './lib/cli.ts';
import { Plan } from './lib/plan.ts';

runCommand(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { reason: { type: 'string' }, successor: { type: 'string' }, date: { type: 'string' } },
  });
  const [id] = positionals;
  if (!id || positionals.length > 1 || !values.reason) fail('usage: npm run retire-agent -- <id> --reason "why" [--successor <id>] [--date YYYY-MM-DD]');
  const plan = await Plan.read();
  const { retired: file, revisions } = plan.paths;
  // The tombstone's place in retired.yaml: where its problems are reported.
  const field = (name: string) => `[${plan.content.retired.length}].${name}`;
  const date = parseDateOption(values.date);
  if (!date.ok) plan.refuse(file, field('retired'), date.message);
  const { successor } = values;
  if (successor === id) plan.refuse(file, field('successor'), `"${successor}" is the agent being retired; expected the id of another current agent`);
  else if (successor !== undefined && !plan.content.entries.some((e) => e.id === successor)) {
    plan.refuse(file, field('successor'), `no current agent "${successor}"; expected the id of an agent in ${plan.paths.agents}`);
  }
  const entry = plan.currentAgent(id);
  const snapshot = path.join(revisions, id, `${entry?.data.assessed}.md`);
  if (entry && existsSync(snapshot)) plan.refuse(snapshot, '(file)', `already exists; the ${entry.data.assessed} assessment is already kept as a revision`);
  plan.check(); // a plan on a wrong id or date would only add the same problems in other words
  if (!entry || !date.ok) return;

  plan.write(snapshot, entry.text, { create: true });
  // Appended as text, so the tombstones before it keep their comments and layout.
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const tombstone = { id, name: entry.data.name, retired: date.date, reason: values.reason, ...(successor ? { successor } : {}) };
  plan.write(file, `${before}${before && !before.endsWith('\n') ? '\n' : ''}${stringify([tombstone], { lineWidth: 0 })}`);
  plan.delete(entry.file);
  plan.check();
  plan.apply();
  console.log(
    `Retired ${id}: its assessment of ${entry.data.assessed} is kept at ${snapshot}. Run "npm run build", then "npm run record-published", and commit content/.`,
  );
});
