import { parseDocument } from 'yaml';
import type { core as zcore } from 'zod';
import { AGENT_ID_PATTERN, agentSchema, type AgentEntry } from './schema.ts';

/**
 * Reads one `content/agents/<id>.md` file: front matter, YAML, schema. Shared by the content
 * collection, the validator and the tests, so all three accept and refuse exactly the same files.
 * YAML is parsed with the core schema (dates stay text, so an impossible date cannot roll over
 * into a real one) and duplicate keys are errors.
 */

export interface EntryProblem {
  /** Path of the file as given, e.g. "content/agents/autogen.md". */
  file: string;
  /** Field path such as "factors.dynamic-tool-use", or "(file)", "(frontmatter)", "(line 3)". */
  field: string;
  message: string;
}

export type EntryParse =
  | { ok: true; id: string; data: AgentEntry; body: string }
  | { ok: false; problems: EntryProblem[] };

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function formatProblem(problem: EntryProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export function idFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function issuesToProblems(file: string, issues: readonly zcore.$ZodIssue[]): EntryProblem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path) || '(frontmatter)', message: issue.message }));
}

export function parseEntryFile(file: string, text: string): EntryParse {
  const problem = (field: string, message: string): EntryParse => ({ ok: false, problems: [{ file, field, message }] });
  const id = idFromFileName(file);
  if (!file.endsWith('.md')) return problem('(file)', 'not an agent entry; expected a file named <id>.md');
  if (!AGENT_ID_PATTERN.test(id)) {
    return problem('(file)', `"${id}" is not a valid id; expected lower-case words joined by hyphens, e.g. "semantic-kernel.md"`);
  }
  const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) {
    return problem('(frontmatter)', 'missing; expected the file to start with a "---" line, then YAML, then a closing "---" line');
  }
  const document = parseDocument(match[1], { uniqueKeys: true, schema: 'core', prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        file,
        // Line in the file: the opening "---" line comes before the YAML's line 1.
        field: `(line ${(error.linePos?.[0].line ?? 0) + 1})`,
        message: `YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const raw: unknown = document.toJS({ maxAliasCount: 50 });
  const result = agentSchema.safeParse(raw);
  if (!result.success) return { ok: false, problems: issuesToProblems(file, result.error.issues) };
  return { ok: true, id, data: result.data, body: text.replace(/^\uFEFF/, '').slice(match[0].length) };
}
