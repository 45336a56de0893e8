import { belowBase, type SiteFile } from './site.ts';

/**
 * Checks that every internal link of a built site reaches a file, and every #fragment an id on
 * it. Links to the site's own absolute origin count as internal. Pure: takes the site as read.
 */
export function brokenLinks(site: Map<string, SiteFile>, origin: string, base: string): string[] {
  const broken: string[] = [];
  for (const page of site.values()) {
    if (!page.html) continue;
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, origin);
    for (const link of page.links) {
      if (link === '' || /^(mailto|tel|data):/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      const target = belowBase(decodeURIComponent(url.pathname), base);
      const where = `${page.path} → ${link}`;
      if (target === null) {
        broken.push(`${where}: outside the base path ${base}`);
        continue;
      }
      const file = site.get(target);
      if (!file) {
        broken.push(`${where}: no such page (${target})`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.html && !file.ids.has(fragment)) broken.push(`${where}: no id "${fragment}" on ${target}`);
    }
  }
  return broken;
}
