import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentPaths, readContent, type AgentFile, type ContentFiles, type RevisionFile } from '../../src/catalog/content-files.ts';
import { checkContent } from '../../src/core/content-rules.ts';
import { formatProblem, parseEntryFile, parseRetiredFile, type EntryProblem } from '../../src/core/entry-file.ts';
import { AGENT_ID_PATTERN, type RetiredAgent } from '../../src/core/schema.ts';
import { fail } from './cli.ts';

/**
 * A content command in three steps: plan every file operation and the content as it will be,
 * check that result with the validator's own rules, and only then apply it. A refused command
 * changes nothing on disk; a failed write undoes the steps already taken.
 */
export type Operation =
  { kind: 'write'; file: string; text: string; replace: boolean } | { kind: 'move'; from: string; to: string } | { kind: 'delete'; file: string };

export interface WriteOptions {
  /** The file must not exist yet: a command never overwrites what it did not read. */
  create?: boolean;
  /** The same text with the blanks the contributor is asked to fill in filled: what the check reads. */
  checkAs?: string;
  /** A scaffold the validator is meant to refuse until filled in: neither checked nor in the model. */
  scaffold?: boolean;
}

const key = (p: EntryProblem) => `${p.file}\0${p.field}`;

export class Plan {
  readonly paths: ReturnType<typeof contentPaths>;
  readonly operations: Operation[] = [];
  /** The content as it will be once the operations are applied. */
  entries: AgentFile[];
  revisions: RevisionFile[];
  retired: RetiredAgent[];
  private readonly refusals: EntryProblem[] = [];
  private readonly parseProblems: EntryProblem[] = [];
  private readonly touched: string[] = [];
  /** The content on disk, as read. */
  readonly content: ContentFiles;

  // No parameter properties: Node runs these scripts by stripping types, which cannot rewrite them.
  constructor(content: ContentFiles, root?: string) {
    this.content = content;
    this.paths = contentPaths(root);
    this.entries = [...content.entries];
    this.revisions = [...content.revisions];
    this.retired = [...content.retired];
  }

  /** Reads the content folder once (CONTENT_DIR unless given). */
  static async read(root?: string): Promise<Plan> {
    return new Plan(await readContent(root), root);
  }

  agentFile(id: string): string {
    return path.join(this.paths.agents, `${id}.md`);
  }

  refuse(file: string, field: string, message: string): void {
    this.refusals.push({ file, field, message });
  }

  /** The current agent `id`; otherwise undefined, refusing with what the id is instead. */
  currentAgent(id: string): AgentFile | undefined {
    const entry = this.content.entries.find((e) => e.id === id);
    if (entry) return entry;
    const file = this.agentFile(id);
    const retired = this.content.retired.findIndex((r) => r.id === id);
    const owner = this.content.entries.find((e) => e.data.formerIds?.includes(id));
    if (existsSync(file)) {
      this.refusals.push(...this.content.problems.filter((p) => p.file === file));
      this.refuse(file, '(file)', 'has problems (listed above); fix them first, "npm run validate" checks');
    } else if (retired >= 0) {
      this.refuse(this.paths.retired, `[${retired}].id`, `"${id}" is a retired agent; expected the id of a current agent`);
    } else if (owner) {
      this.refuse(owner.file, 'formerIds', `"${id}" is a former id of ${owner.id}; use "${owner.id}"`);
    } else {
      this.refuse(file, '(file)', `no such file; "${id}" is not a current agent, expected the id of a file in ${this.paths.agents}`);
    }
    return undefined;
  }

  /**
   * Refuses `id` for a new or renamed agent if anything was ever published under it: its URLs
   * belong to that agent, tombstone or forward for good.
   */
  refuseTakenId(id: string): void {
    const file = this.agentFile(id);
    if (!AGENT_ID_PATTERN.test(id)) {
      this.refuse(file, '(file)', `"${id}" is not a valid id; expected lower-case words joined by hyphens, e.g. semantic-kernel`);
      return;
    }
    const retired = this.content.retired.findIndex((r) => r.id === id);
    const owner = this.content.entries.find((e) => e.data.formerIds?.includes(id));
    const revisions = path.join(this.paths.revisions, id);
    if (existsSync(file)) this.refuse(file, '(file)', `already exists; "${id}" is a current agent, choose another id`);
    if (retired >= 0) this.refuse(this.paths.retired, `[${retired}].id`, `"${id}" is a retired agent, /agents/${id}/ is its tombstone; choose another id`);
    if (owner) this.refuse(owner.file, 'formerIds', `"${id}" is a former id of ${owner.id}, /agents/${id}/ forwards there; choose another id`);
    if (existsSync(revisions)) this.refuse(revisions, '(file)', `already exists; revisions were published under "${id}", choose another id`);
  }

  write(file: string, text: string, options: WriteOptions = {}): void {
    const replace = existsSync(file);
    if (options.create && replace) this.refuse(file, '(file)', 'already exists; a command never overwrites a file it did not plan to change');
    this.operations.push({ kind: 'write', file, text, replace });
    this.touched.push(file);
    if (options.scaffold) return;
    this.forget(file);
    const checked = options.checkAs ?? text;
    const parent = path.dirname(file);
    if (file === this.paths.retired) {
      const parsed = parseRetiredFile(file, checked);
      this.retired = parsed.ok ? parsed.retired : [];
      if (!parsed.ok) this.parseProblems.push(...parsed.problems);
    } else if (parent === this.paths.agents) {
      const parsed = parseEntryFile(file, checked);
      if (parsed.ok) this.entries.push({ id: parsed.id, file, text, data: parsed.data, body: parsed.body });
      else this.parseProblems.push(...parsed.problems);
    } else if (path.dirname(parent) === this.paths.revisions) {
      const id = path.basename(parent);
      const parsed = parseEntryFile(file, checked, id);
      if (parsed.ok) this.revisions.push({ id, date: path.basename(file, '.md'), file, text, data: parsed.data, body: parsed.body });
      else this.parseProblems.push(...parsed.problems);
    } else {
      this.refuse(file, '(file)', 'not a content file; expected agents/<id>.md, revisions/<id>/<date>.md or retired.yaml');
    }
  }

  /** Moves a folder of revisions, revisions/<old>/ to revisions/<new>/: they then belong to <new>. */
  moveRevisions(from: string, to: string): void {
    if (existsSync(to)) this.refuse(to, '(file)', 'already exists; revisions are never merged');
    this.operations.push({ kind: 'move', from, to });
    this.touched.push(from, to);
    const id = path.basename(to);
    this.revisions = this.revisions.map((r) => (path.dirname(r.file) === from ? { ...r, id, file: path.join(to, path.basename(r.file)) } : r));
  }

  delete(file: string): void {
    this.operations.push({ kind: 'delete', file });
    this.touched.push(file);
    this.forget(file);
  }

  private forget(file: string): void {
    this.entries = this.entries.filter((e) => e.file !== file);
    this.revisions = this.revisions.filter((r) => r.file !== file);
  }

  private touches(file: string): boolean {
    return this.touched.some((t) => file === t || file.startsWith(`${t}${path.sep}`));
  }

  /**
   * Every problem the planned content would have that the content on disk does not, after the
   * command's own refusals. Problems already on disk in files the command leaves alone are the
   * validator's to report; in a file it changes, they stop it.
   */
  problems(): EntryProblem[] {
    const before = new Set(this.content.problems.filter((p) => !this.touches(p.file)).map(formatProblem));
    // A planned file that cannot be read is missing from the model: the cross-file rules would
    // only restate that (its revisions orphaned, its successor gone), so they wait for it.
    const after = this.parseProblems.length > 0 ? this.parseProblems : checkContent(this.entries, this.revisions, this.retired, this.paths.retired);
    // A refusal says more than the rule it anticipates (retiring x with successor x also breaks
    // the successor rule): one line per file and field.
    const named = new Set<string>();
    const refusals = this.refusals.filter((p) => !named.has(key(p)) && named.add(key(p)));
    const seen = new Set(before);
    return [...refusals, ...after.filter((p) => !named.has(key(p)) && !seen.has(formatProblem(p)) && seen.add(formatProblem(p)))];
  }

  /** Stops the command, changing nothing, if the planned content has any problem. */
  check(): void {
    const problems = this.problems();
    if (problems.length === 0) return;
    fail(...problems.map(formatProblem), `Nothing was changed (${problems.length} problem${problems.length === 1 ? '' : 's'}).`);
  }

  /**
   * Applies the operations in order. Should one fail (a disk error, a file that appeared since
   * the plan), the steps already taken are undone, newest first, and the error is reported as a
   * problem of the file it concerns.
   */
  apply(): void {
    const undo: (() => void)[] = [];
    for (const operation of this.operations) {
      try {
        undo.unshift(perform(operation));
      } catch (error) {
        const file = operation.kind === 'move' ? operation.from : operation.file;
        const failed = formatProblem({ file, field: '(file)', message: `cannot ${operation.kind}: ${(error as Error).message}` });
        try {
          for (const step of undo) step();
        } catch (undoError) {
          fail(
            failed,
            `Could not undo the ${undo.length} step(s) already taken (${(undoError as Error).message}); "git status" and "npm run validate" show the state.`,
          );
        }
        fail(failed, 'Undid the steps already taken; nothing was changed.');
      }
    }
  }
}

/** Performs one operation; returns how to undo it. */
function perform(operation: Operation): () => void {
  switch (operation.kind) {
    case 'write': {
      const { file, text, replace } = operation;
      if (replace) {
        const previous = readFileSync(file);
        // Through a temporary file (a dot file: readers skip it), so the entry is never half written.
        const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
        writeFileSync(temporary, text, { flag: 'wx' });
        renameSync(temporary, file);
        return () => writeFileSync(file, previous);
      }
      const made = mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text, { flag: 'wx' });
      return () => {
        unlinkSync(file);
        removeMade(path.dirname(file), made);
      };
    }
    case 'move': {
      const { from, to } = operation;
      // rename(2) would silently replace an empty folder or a file: never do that.
      if (existsSync(to)) throw new Error(`${to} already exists`);
      const made = mkdirSync(path.dirname(to), { recursive: true });
      renameSync(from, to);
      return () => {
        renameSync(to, from);
        removeMade(path.dirname(to), made);
      };
    }
    case 'delete': {
      const previous = readFileSync(operation.file);
      unlinkSync(operation.file);
      return () => writeFileSync(operation.file, previous, { flag: 'wx' });
    }
  }
}

/** Removes the folders mkdirSync created, from `dir` up to the first one it made. */
function removeMade(dir: string, made: string | undefined): void {
  if (!made) return;
  for (let d = dir; d.length >= made.length; d = path.dirname(d)) rmdirSync(d);
}
