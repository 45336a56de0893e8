/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read) from the one security
 * policy in src/security-policy.ts. Other hosts: see README, "Hosting and security headers".
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECURITY_HEADERS } from '../src/security-policy.ts';
import { BASE_PATH } from '../src/site.ts';

const outDir = process.argv[2] ?? 'dist';
const lines = [`${BASE_PATH}*`, ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`)];
writeFileSync(path.join(outDir, '_headers'), `${lines.join('\n')}\n`);
console.log(`headers: wrote ${path.join(outDir, '_headers')}`);
