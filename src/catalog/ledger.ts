import path from 'node:path';
import { z } from 'zod';
import { sortKeys, type Manifest } from './permanent.ts';

/**
 * The ledger (content/published.json): everything the site has published, in the manifest's
 * shape (permanent.ts). A build checks itself against it without writing it, and fails naming
 * each address, anchor or revision that would vanish or change; `npm run record-published`
 * adds what is new. Only what permanent.ts declares is recorded.
 */
const anchors = z.array(z.string());
const ledgerSchema = z.strictObject({
  format: z.literal(2),
  pages: z.record(z.string(), anchors),
  listings: z.array(z.string()),
  agentPage: anchors,
  revisionPage: anchors,
  agents: z.record(z.string(), z.record(z.string(), z.string())),
});
export type Ledger = z.infer<typeof ledgerSchema>;

export const EMPTY_LEDGER: Ledger = { format: 2, pages: {}, listings: [], agentPage: [], revisionPage: [], agents: {} };

/** Reads the ledger's text; a problem names the file and what is wrong, as the validator's do. */
export function parseLedger(file: string, text: string): { ok: true; ledger: Ledger } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const conflict = /^(<{7}|={7}|>{7})/m.test(text)
      ? ' It holds merge-conflict markers: resolve them (keep every entry of both sides), then run npm run record-published.'
      : '';
    return { ok: false, problem: `${file}: not valid JSON (${(error as Error).message}).${conflict}` };
  }
  const parsed = ledgerSchema.safeParse(json);
  if (parsed.success) return { ok: true, ledger: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    problem: `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}; expected the ledger written by npm run record-published (format 2)`,
  };
}

const missing = (recorded: readonly string[], now: readonly string[]) => {
  const present = new Set(now);
  return recorded.filter((a) => !present.has(a));
};

/** Everything recorded in `ledger` that `manifest` would take away, one sentence each. */
export function checkLedger(ledger: Ledger, manifest: Manifest, contentDir = 'content'): string[] {
  const problems: string[] = [];
  for (const [path, recorded] of Object.entries(ledger.pages)) {
    const now = manifest.pages[path];
    if (!now) problems.push(`${path} was published and would disappear`);
    else for (const anchor of missing(recorded, now)) problems.push(`${path}#${anchor} was published and would disappear`);
  }
  for (const listing of missing(ledger.listings, manifest.listings))
    problems.push(`${listing} was published as a listing of every agent and would no longer be one`);
  for (const anchor of missing(ledger.agentPage, manifest.agentPage))
    problems.push(`/agents/<id>/#${anchor} was published on every agent page and would disappear`);
  for (const anchor of missing(ledger.revisionPage, manifest.revisionPage))
    problems.push(`/agents/<id>/<date>/#${anchor} was published on every revision page and would disappear`);

  for (const [id, dates] of Object.entries(ledger.agents)) {
    const owner = manifest.agents[id] ? id : manifest.renamed[id];
    if (!owner) {
      problems.push(
        `/agents/${id}/ was published and would disappear: rename the agent (npm run rename-agent) or retire it (npm run retire-agent) instead of deleting it`,
      );
      continue;
    }
    // The newest revision of a current agent is its entry; every other one a kept snapshot.
    const current = manifest.retired.includes(owner) ? undefined : Object.keys(manifest.agents[owner]).sort().at(-1);
    const file = (date: string) => path.join(contentDir, date === current ? `agents/${owner}.md` : `revisions/${owner}/${date}.md`);
    for (const [date, recorded] of Object.entries(dates)) {
      const now = manifest.agents[owner][date];
      if (now === undefined) problems.push(`${file(date)}: the ${date} revision of ${id} was published and its text is gone: restore the file`);
      else if (now !== recorded) {
        problems.push(
          `${file(date)}: the ${date} revision of ${owner} was published with different text: publish the change as a new revision (npm run revise-agent -- ${owner}) or restore the published text`,
        );
      }
    }
  }
  // A renamed agent's revisions are recorded under both ids: name each problem once.
  return [...new Set(problems)];
}

/** The ledger with everything `manifest` publishes added; nothing recorded is dropped. */
export function recordManifest(ledger: Ledger, manifest: Manifest): Ledger {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
  const pages: Record<string, string[]> = { ...ledger.pages };
  for (const [path, anchorsNow] of Object.entries(manifest.pages)) pages[path] = union(pages[path] ?? [], anchorsNow);
  const agents: Record<string, Record<string, string>> = { ...ledger.agents };
  for (const [id, dates] of Object.entries(manifest.agents)) agents[id] = sortKeys({ ...agents[id], ...dates });
  return {
    format: 2,
    pages: sortKeys(pages),
    listings: union(ledger.listings, manifest.listings),
    agentPage: union(ledger.agentPage, manifest.agentPage),
    revisionPage: union(ledger.revisionPage, manifest.revisionPage),
    agents: sortKeys(agents),
  };
}

/** The ledger as stored: one line per page and per agent, so a merge conflict stays readable. */
export function formatLedger(ledger: Ledger): string {
  return `${JSON.stringify(ledger, null, 1)}\n`;
}
