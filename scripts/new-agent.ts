/**
 * `npm run new-agent -- <id> "<Name>"`: writes content/agents/<id>.md with every field an
 * assessment needs, left blank. The validator then lists each blank as a problem to fill in.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FACTORS } from '../src/core/factors.ts';
import { LAYERS } from '../src/core/maestro.ts';
import { AGENT_ID_PATTERN } from '../src/core/schema.ts';
import { contentPaths } from '../src/catalog/content-files.ts';

const [id, name] = process.argv.slice(2);
function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
if (!id || !name) fail('usage: npm run new-agent -- <id> "<Name>"   e.g. npm run new-agent -- semantic-kernel "Semantic Kernel"');
if (!AGENT_ID_PATTERN.test(id)) fail(`"${id}" is not a valid id: use lower-case words joined by hyphens, e.g. semantic-kernel`);
const file = path.join(contentPaths().agents, `${id}.md`);
if (existsSync(file)) fail(`${file} already exists; edit it instead`);

const today = new Date().toISOString().slice(0, 10);
const text = `---
name: ${JSON.stringify(name)}
# The risk profile in one paragraph a reviewer can quote.
summary: ""
assessed: ${today}
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
writeFileSync(file, text, { flag: 'wx' });
console.log(`Wrote ${file}. Fill in every blank, then run "npm run validate" until it passes.`);
