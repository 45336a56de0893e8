import yaml from 'js-yaml';
import type { core as zcore } from 'zod';
import { AGENT_ID_PATTERN, agentSchema, hiddenCharacter, retiredSchema, type AgentEntry, type RetiredAgent } from './schema.ts';

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

export type EntryParse = { ok: true; id: string; data: AgentEntry; body: string } | { ok: false; problems: EntryProblem[] };

const MAX_BODY = 20_000;
export const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function formatProblem(problem: EntryProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

export function idFromFileName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function issuesToProblems(file: string, issues: readonly zcore.$ZodIssue[]): EntryProblem[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path) || '(frontmatter)', message: issue.message }));
}

/**
 * YAML text → plain data, or the syntax error with its line in the file. js-yaml's core schema:
 * dates stay text (an impossible date cannot roll over into a real one), duplicate keys and
 * unknown tags are errors, and an alias is a shared reference, never an expansion.
 */
function parseYaml(file: string, text: string, firstLine: number): { ok: true; data: unknown } | { ok: false; problems: EntryProblem[] } {
  try {
    return { ok: true, data: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return { ok: false, problems: [{ file, field: `(line ${error.mark.line + firstLine})`, message: `YAML syntax error: ${error.reason}` }] };
    }
    // Pathologically deep nesting can exhaust the parser's stack: report it, do not crash.
    return { ok: false, problems: [{ file, field: '(frontmatter)', message: `YAML cannot be read: ${(error as Error).message}` }] };
  }
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/**
 * Parses an entry file. `id` is taken from the file name unless given: a revision snapshot
 * (`revisions/<id>/<date>.md`) is named by its date.
 */
export function parseEntryFile(file: string, text: string, givenId?: string): EntryParse {
  const problem = (field: string, message: string): EntryParse => ({ ok: false, problems: [{ file, field, message }] });
  const id = givenId ?? idFromFileName(file);
  if (!file.endsWith('.md')) return problem('(file)', 'not an agent entry; expected a file named <id>.md');
  if (!AGENT_ID_PATTERN.test(id)) {
    return problem('(file)', `"${id}" is not a valid id; expected lower-case words joined by hyphens, e.g. "semantic-kernel.md"`);
  }
  const match = FRONTMATTER.exec(withoutBom(text));
  if (!match) {
    return problem('(frontmatter)', 'missing; expected the file to start with a "---" line, then YAML, then a closing "---" line');
  }
  // Line 1 of the YAML is line 2 of the file: the opening "---" comes first.
  const yaml = parseYaml(file, match[1], 2);
  if (!yaml.ok) return yaml;
  const raw = yaml.data;
  const result = agentSchema.safeParse(raw);
  const body = withoutBom(text).slice(match[0].length);
  const problems = result.success ? [] : issuesToProblems(file, result.error.issues);
  if (body.length > MAX_BODY) problems.push({ file, field: '(body)', message: `is ${body.length} characters long; expected at most ${MAX_BODY}` });
  const hidden = hiddenCharacter(body);
  if (hidden) problems.push({ file, field: '(body)', message: `contains an invisible or direction-changing character (${hidden}); remove it` });
  if (!result.success || problems.length > 0) return { ok: false, problems };
  return { ok: true, id, data: result.data, body };
}

export type RetiredParse = { ok: true; retired: RetiredAgent[] } | { ok: false; problems: EntryProblem[] };

/** Parses `retired.yaml`, the list of agents withdrawn from the directory. */
export function parseRetiredFile(file: string, text: string): RetiredParse {
  const yaml = parseYaml(file, text, 1);
  if (!yaml.ok) return yaml;
  const result = retiredSchema.safeParse(yaml.data ?? []);
  if (!result.success) return { ok: false, problems: issuesToProblems(file, result.error.issues) };
  return { ok: true, retired: result.data };
}
