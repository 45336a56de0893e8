import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseEntryFile, type EntryProblem } from '../core/entry-file.ts';
import type { AgentEntry } from '../core/schema.ts';

/** Where entries live; AGENTS_DIR points builds and benchmarks at another folder. */
export const AGENTS_DIR = process.env.AGENTS_DIR ?? 'content/agents';

export interface AgentFile {
  id: string;
  file: string;
  data: AgentEntry;
  body: string;
}

/** Reads and checks every entry in `dir`, collecting every problem rather than stopping at the first. */
export async function readAgentFiles(dir: string = AGENTS_DIR): Promise<{ entries: AgentFile[]; problems: EntryProblem[] }> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
  const entries: AgentFile[] = [];
  const problems: EntryProblem[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const parsed = parseEntryFile(file, await readFile(file, 'utf8'));
    if (parsed.ok) entries.push({ id: parsed.id, file, data: parsed.data, body: parsed.body });
    else problems.push(...parsed.problems);
  }
  return { entries, problems };
}
