import { belowBase, type SiteFile } from './site.ts';

/**
 * The ledger of everything the site has published (content/published.json): every URL with its
 * anchors, and a fingerprint of every revision's text. A build may add to it but never drop from
 * it: a renamed agent forwards its old URLs, a retired one leaves a tombstone, and a published
 * revision's text never changes.
 */
export interface Ledger {
  pages: Record<string, string[]>;
  revisions: Record<string, Record<string, string>>;
}

export interface PublishedRevision {
  id: string;
  date: string;
  file: string;
  fingerprint: string;
}

export const EMPTY_LEDGER: Ledger = { pages: {}, revisions: {} };

export interface LedgerCheck {
  problems: string[];
  next: Ledger;
  added: { pages: number; anchors: number; revisions: number };
}

/**
 * `retiredIds`: agents withdrawn with a tombstone; their `agent-<id>` anchors on listing pages
 * may go, since the agent is no longer listed.
 */
export function checkLedger(ledger: Ledger, site: Map<string, SiteFile>, base: string, revisions: PublishedRevision[], retiredIds: Set<string>): LedgerCheck {
  const problems: string[] = [];
  const retiredAnchor = (id: string) => id.startsWith('agent-') && retiredIds.has(id.slice('agent-'.length));
  const listings = new Map<string, SiteFile[]>();
  for (const f of site.values()) {
    const listing = listingOf(f.path);
    listings.set(listing, [...(listings.get(listing) ?? []), f]);
  }

  for (const [path, anchors] of Object.entries(ledger.pages)) {
    let file = site.get(path);
    if (!file) {
      problems.push(`${path} was published and would disappear: rename the agent (npm run rename-agent) or retire it (npm run retire-agent) instead of deleting it`);
      continue;
    }
    if (file.refreshTo) {
      const target = belowBase(new URL(file.refreshTo, 'https://site.invalid').pathname, base);
      const forwarded = target === null ? undefined : site.get(target);
      if (!forwarded) {
        problems.push(`${path} forwards to ${file.refreshTo}, which does not exist`);
        continue;
      }
      file = forwarded;
    }
    for (const anchor of anchors) {
      // An agent's anchor may move to another page of the same paginated listing as agents are added.
      if (file.ids.has(anchor) || retiredAnchor(anchor) || listings.get(listingOf(path))?.some((f) => f.ids.has(anchor))) continue;
      problems.push(`${path}#${anchor} was published and would disappear`);
    }
  }

  const fingerprints: Record<string, Record<string, string>> = structuredClone(ledger.revisions);
  let addedRevisions = 0;
  for (const revision of revisions) {
    const known = ledger.revisions[revision.id]?.[revision.date];
    if (known === undefined) {
      (fingerprints[revision.id] ??= {})[revision.date] = revision.fingerprint;
      addedRevisions++;
    } else if (known !== revision.fingerprint) {
      problems.push(
        `${revision.file}: the ${revision.date} revision of ${revision.id} was published with different text; publish the change as a new revision (npm run revise-agent -- ${revision.id}) or restore the published text`,
      );
    }
  }
  const present = new Set(revisions.map((r) => `${r.id}/${r.date}`));
  for (const [id, dates] of Object.entries(ledger.revisions)) {
    for (const date of Object.keys(dates)) {
      if (!present.has(`${id}/${date}`)) problems.push(`the ${date} revision of ${id} was published and its text is gone: restore revisions/${id}/${date}.md`);
    }
  }

  const pages: Record<string, string[]> = {};
  let addedPages = 0;
  let addedAnchors = 0;
  for (const file of site.values()) {
    // Forwarding pages are published addresses too; their anchors are checked on the destination.
    if (isBuildAsset(file.path)) continue;
    const before = new Set(ledger.pages[file.path] ?? []);
    if (!(file.path in ledger.pages)) addedPages++;
    const anchors = new Set([...before, ...file.ids]);
    addedAnchors += anchors.size - before.size;
    pages[file.path] = [...anchors].sort();
  }
  for (const [path, anchors] of Object.entries(ledger.pages)) pages[path] ??= anchors;
  return {
    problems,
    next: { pages: sortKeys(pages), revisions: sortKeys(Object.fromEntries(Object.entries(fingerprints).map(([id, d]) => [id, sortKeys(d)]))) },
    added: { pages: addedPages, anchors: addedAnchors, revisions: addedRevisions },
  };
}

/** A paginated listing's pages share one listing: "/layers/x/2/" and "/page/3/" belong to "/layers/x/" and "/". */
function listingOf(path: string): string {
  return path.replace(/\/(page\/)?\d+\/$/, '/');
}

/** Hashed bundles are renamed by every style or script change; they are not addresses anyone cites. */
function isBuildAsset(path: string): boolean {
  return path.startsWith('/_astro/');
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
