/**
 * `npm run validate [dir]`: checks every agent entry with the site's own schema and lists every
 * problem as "<file>: <field>: <what is wrong and what is expected>". Exits 1 on any problem.
 */
import { readAgentFiles, AGENTS_DIR } from '../src/catalog/agent-files.ts';
import { formatProblem } from '../src/core/entry-file.ts';

const dir = process.argv[2] ?? AGENTS_DIR;
try {
  const { entries, problems } = await readAgentFiles(dir);
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  const checked = entries.length + files;
  const summary = `${checked} ${checked === 1 ? 'entry' : 'entries'} checked in ${dir}: ${entries.length} valid, ${files} with problems (${problems.length} in all)`;
  if (problems.length > 0) {
    console.error(summary);
    process.exitCode = 1;
  } else {
    console.log(summary);
  }
} catch (error) {
  console.error(`cannot read agent entries from ${dir}: ${(error as Error).message}`);
  process.exitCode = 2;
}
