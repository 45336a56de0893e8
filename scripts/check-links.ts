/**
 * `npm run check:links [-- dist]`: every internal link and #fragment of the built site resolves.
 * Reads SITE and BASE_PATH like the build, so it checks a sub-path build as built.
 */
import { readSite } from './lib/site.ts';
import { brokenLinks } from './lib/links.ts';
import { SITE, BASE_PATH } from '../src/site.ts';

const outDir = process.argv[2] ?? 'dist';
const site = readSite(outDir);
const broken = brokenLinks(site, new URL(SITE).origin, BASE_PATH);
const links = [...site.values()].reduce((sum, f) => sum + f.links.length, 0);
for (const line of broken) console.error(line);
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) among ${links} on ${site.size} files in ${outDir} (base ${BASE_PATH})`);
  process.exitCode = 1;
} else {
  console.log(`links: all ${links} links on ${site.size} files in ${outDir} resolve (base ${BASE_PATH})`);
}
