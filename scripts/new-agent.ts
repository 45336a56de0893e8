/**
 * `npm run new-agent -- <id> "<Name>"`: writes content/agents/<id>.md with every field an
 * assessment needs, left blank. The validator then lists each blank as a problem to fill in, so
 * the scaffold itself is not checked against the schema; the id and the name are: an id that was
 * ever published (a current, retired or former id, or one with revisions) belongs to that agent.
 */
import { FACTORS } from '../src/core/factors.ts';
import { LAYERS } from '../src/core/maestro.ts';
import { DEFENCE_CONTROLS } from '../src/core/defences.ts';
import { agentSchema } from '../src/core/schema.ts';
import { fail, runCommand, today } from './lib/cli.ts';
import { Plan } from './lib/plan.ts';

runCommand(async () => {
  const [id, name] = process.argv.slice(2);
  if (!id || !name) fail('usage: npm run new-agent -- <id> "<Name>"   e.g. npm run new-agent -- semantic-kernel "Semantic Kernel"');
  const plan = await Plan.read();
  const file = plan.agentFile(id);
  plan.refuseTakenId(id);
  const named = agentSchema.shape.name.safeParse(name);
  if (!named.success) plan.refuse(file, 'name', named.error.issues[0].message);
  plan.check();

  const text = `---
name: ${JSON.stringify(name)}
# The risk profile in one paragraph a reviewer can quote.
summary: ""
assessed: ${today()}
# What the assessment rests on: any of listing, documentation, source.
basis: [documentation]
# The release(s) assessed, as the project names them.
version: ""
homepage: https://
repository: https://
# At least three, each a page you read and the day you read it: the current documentation, the
# source pinned to a commit (say its date in the title), the changelog, the advisory records.
sources:
  - { title: "", url: "https://", accessed: ${today()} }
  - { title: "", url: "https://", accessed: ${today()} }
  - { title: "", url: "https://", accessed: ${today()} }
# 0 to 1, at most two decimals, against the rubric at /methodology/calibration/.
factors:
${FACTORS.map((f) => `  ${f.id}:   # ${f.name}: high means it ${f.highMeans}`).join('\n')}
# One sentence each, naming the rubric level that fits ("The 0.5 level fits: …") or the two the
# value sits between ("Between 0.5 and 0.8: …"), and why.
rationale:
${FACTORS.map((f) => `  ${f.id}: ""`).join('\n')}
# For each layer: certain: true only where a source pins it; otherwise start the analysis with
# "Not certain from the sources:". Every pinned layer lists its threats: a MAESTRO threat id of
# that layer or a cross-layer one (/api/maestro.json), the ASI ids (/api/asi.json), how the threat
# arises in this framework and what a reviewer checks.
layers:
${LAYERS.map((l) => `  ${l.id}:   # ${l.number}. ${l.name}\n    certain: false\n    analysis: ""\n    threats: []`).join('\n')}
# Every control of the defence table (/defences/): default, opt-in or absent, one sentence of
# evidence, and the url of the source (one of the sources above) that shows it.
defences:
${DEFENCE_CONTROLS.map((c) => `  - { control: ${c.id}, status: "", evidence: "", source: "https://" }`).join('\n')}
# Published advisories from official records only (CVE record, GitHub advisory, the project's
# security page), each with id, aliases, title, url, published, affected, fixed, cvss, cvssBy,
# threat, asi and layer (see README). Leave [] when none exists, and say how you looked below.
advisories: []
advisoriesChecked: { date: ${today()}, how: "" }
---
Optional notes for reviewers in Markdown: what the rating assumes, what would change it.
`;
  plan.write(file, text, { create: true, scaffold: true });
  plan.check();
  plan.apply();
  console.log(`Wrote ${file}. Fill in every blank, then run "npm run validate" until it passes.`);
});
