/**
 * `npm run validate [content-dir]`: checks every agent entry, revision snapshot and tombstone
 * with the site's own schema and rules, and lists every problem as
 * "<file>: <field>: <what is wrong and what is expected>". Exits 1 on any problem.
 */
import { readContent, CONTENT_DIR } from '../src/catalog/content-files.ts';
import { formatProblem } from '../src/core/entry-file.ts';

const root = process.argv[2] ?? CONTENT_DIR;
try {
  const { entries, revisions, problems } = await readContent(root);
  for (const problem of problems) console.error(formatProblem(problem));
  const files = new Set(problems.map((p) => p.file)).size;
  const summary = `${entries.length} current ${entries.length === 1 ? 'entry' : 'entries'} and ${revisions.length} revision${revisions.length === 1 ? '' : 's'} valid in ${root}; ${files} file${files === 1 ? '' : 's'} with problems (${problems.length} in all)`;
  if (problems.length > 0) {
    console.error(summary);
    process.exitCode = 1;
  } else {
    console.log(summary);
  }
} catch (error) {
  console.error(`cannot read content from ${root}: ${(error as Error).message}`);
  process.exitCode = 2;
}
