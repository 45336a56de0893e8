import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEntryFile, parseRetiredFile, type EntryProblem } from '../core/entry-file.ts';
import { checkContent } from '../core/content-rules.ts';
import { EMPTY_LEDGER, parseLedger, type Ledger } from './ledger.ts';
import type { AgentEntry, RetiredAgent } from '../core/schema.ts';

/**
 * The content folder: agents/<id>.md (current assessments), revisions/<id>/<date>.md (earlier
 * ones, kept verbatim), retired.yaml (tombstones) and published.json (the ledger of what has been
 * published). CONTENT_DIR points builds, tests and benchmarks at another folder.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

export function contentPaths(root: string = CONTENT_DIR) {
  return {
    root,
    agents: path.join(root, 'agents'),
    revisions: path.join(root, 'revisions'),
    retired: path.join(root, 'retired.yaml'),
    published: path.join(root, 'published.json'),
  };
}

export interface AgentFile {
  id: string;
  file: string;
  text: string;
  data: AgentEntry;
  body: string;
}
export interface RevisionFile extends AgentFile {
  date: string;
}
export interface ContentFiles {
  entries: AgentFile[];
  revisions: RevisionFile[];
  retired: RetiredAgent[];
  problems: EntryProblem[];
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/** Every entry file: current assessments, then revision snapshots, each in file-name order. */
export async function entryFiles(root: string = CONTENT_DIR): Promise<{ agents: string[]; revisions: { id: string; file: string }[] }> {
  const paths = contentPaths(root);
  const agents = (await listFiles(paths.agents)).map((name) => path.join(paths.agents, name));
  const agentDirs = existsSync(paths.revisions)
    ? (await readdir(paths.revisions, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const revisions = [];
  for (const id of agentDirs) {
    for (const name of await listFiles(path.join(paths.revisions, id))) revisions.push({ id, file: path.join(paths.revisions, id, name) });
  }
  return { agents, revisions };
}

/** Reads and checks all content, collecting every problem rather than stopping at the first. */
export async function readContent(root: string = CONTENT_DIR): Promise<ContentFiles> {
  const paths = contentPaths(root);
  if (!existsSync(paths.agents)) throw new Error(`no folder ${paths.agents}`);
  const problems: EntryProblem[] = [];
  const entries: AgentFile[] = [];
  const { agents: files, revisions: revisionFiles } = await entryFiles(root);
  // Read concurrently (thousands of files at scale), parse in file-name order.
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  files.forEach((file, i) => {
    const parsed = parseEntryFile(file, texts[i]);
    if (parsed.ok) entries.push({ id: parsed.id, file, text: texts[i], data: parsed.data, body: parsed.body });
    else problems.push(...parsed.problems);
  });

  const revisions: RevisionFile[] = [];
  for (const { id, file } of revisionFiles) {
    const name = path.basename(file);
    const date = name.replace(/\.md$/, '');
    if (!/^\d{4}-\d{2}-\d{2}\.md$/.test(name)) {
      problems.push({ file, field: '(file)', message: 'not a revision; expected a file named <assessed date>.md, e.g. 2026-11-20.md' });
      continue;
    }
    const text = await readFile(file, 'utf8');
    const parsed = parseEntryFile(file, text, id);
    if (parsed.ok) revisions.push({ id, date, file, text, data: parsed.data, body: parsed.body });
    else problems.push(...parsed.problems);
  }

  let retired: RetiredAgent[] = [];
  if (existsSync(paths.retired)) {
    const parsed = parseRetiredFile(paths.retired, await readFile(paths.retired, 'utf8'));
    if (parsed.ok) retired = parsed.retired;
    else problems.push(...parsed.problems);
  }

  problems.push(...checkContent(entries, revisions, retired, paths.retired));
  return { entries, revisions, retired, problems };
}

/**
 * Names, sizes and modification times of every file below the folder: it differs once any of
 * them was added, removed or written. The dev server reads the folder again when it does.
 */
export function contentFingerprint(root: string = CONTENT_DIR): string {
  if (!existsSync(root)) return '';
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const file = path.join(d.parentPath, d.name);
      const { size, mtimeMs } = statSync(file);
      return `${file} ${size} ${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

/** The ledger as stored (empty before anything was recorded), or the problem that keeps it from being read. */
export function readLedger(file: string): { ok: true; ledger: Ledger } | { ok: false; problem: string } {
  return existsSync(file) ? parseLedger(file, readFileSync(file, 'utf8')) : { ok: true, ledger: EMPTY_LEDGER };
}
