import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/** One file of the built site as the checks see it. */
export interface SiteFile {
  /** Path below the base, e.g. "/agents/autogen/" for agents/autogen/index.html. */
  path: string;
  html: boolean;
  /** Every id (and <a name>) on the page: the anchors a link may point to. */
  ids: Set<string>;
  /** Every href/src the page points to, as written. */
  links: string[];
  /** Where a meta refresh sends the reader, as written. */
  refreshTo?: string;
}

function sitePath(relative: string): string {
  const posix = `/${relative.split(path.sep).join('/')}`;
  return posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix;
}

export function parseHtml(html: string): Pick<SiteFile, 'ids' | 'links' | 'refreshTo'> {
  const ids = new Set<string>();
  const links: string[] = [];
  let refreshTo: string | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (name === 'a' && attrs.name) ids.add(attrs.name);
      for (const attr of ['href', 'src', 'action'] as const) if (attrs[attr] !== undefined) links.push(attrs[attr]);
      if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh') refreshTo = /url=(.+)$/i.exec(attrs.content ?? '')?.[1];
    },
  });
  parser.end(html);
  return { ids, links, refreshTo };
}

/** Reads every file below `outDir` (Pagefind's own bundle excepted: it is generated, not linked). */
export function readSite(outDir: string): Map<string, SiteFile> {
  const files = new Map<string, SiteFile>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(outDir, path.join(entry.parentPath, entry.name));
    if (relative.startsWith(`pagefind${path.sep}`)) continue;
    const html = entry.name.endsWith('.html');
    const parsed = html ? parseHtml(readFileSync(path.join(outDir, relative), 'utf8')) : { ids: new Set<string>(), links: [] };
    files.set(sitePath(relative), { path: sitePath(relative), html, ...parsed });
  }
  return files;
}

/** Strips the base from an absolute path, or returns null for a path outside it. */
export function belowBase(pathname: string, base: string): string | null {
  if (!pathname.startsWith(base)) return null;
  return `/${pathname.slice(base.length)}`;
}
