/**
 * `npm run new-agent -- <id> "<Name>"`: writes content/agents/<id>.md with every field an
 * assessment needs, left blank. The validator then lists each blank as a problem to fill in, so
 * the scaffold itself is not checked against the schema; the id and the name are: an id that was
 * ever published (a current, retired or former id, or one with revisions) belongs to that agent.
 */
import { FACTORS } from '../src/core/factors.ts';
import { LAYERS } from '../src/core/maestro.ts';
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
homepage: https://
repository: https://
# At least two, each a page you read: the project's own documentation, README or source.
sources:
  - { title: "", url: "https://" }
  - { title: "", url: "https://" }
# 0 to 1, at most two decimals. Compare with /methodology/calibration/ before choosing.
factors:
${FACTORS.map((f) => `  ${f.id}:   # ${f.name}: high means it ${f.highMeans}`).join('\n')}
# One sentence each: why this value and not a neighbouring one, tied to a documented feature.
rationale:
${FACTORS.map((f) => `  ${f.id}: ""`).join('\n')}
# Add a reference vulnerability only for a published advisory, cited in sources:
# reference: { title: "", cvss: "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N" }
# For each layer: certain: true only where the sources pin it; otherwise start the analysis
# with "Not certain from the sources:". Name the MAESTRO threat (see /layers/<layer-id>/).
layers:
${LAYERS.map((l) => `  ${l.id}:   # ${l.number}. ${l.name}\n    certain: false\n    analysis: ""`).join('\n')}
---
Optional notes for reviewers in Markdown: what the rating assumes, what would change it.
`;
  plan.write(file, text, { create: true, scaffold: true });
  plan.check();
  plan.apply();
  console.log(`Wrote ${file}. Fill in every blank, then run "npm run validate" until it passes.`);
});
