import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog/catalog.ts';
import { permanentManifest } from '../../catalog/permanent.ts';

/**
 * Every permanent address and anchor this build publishes, with a fingerprint of every revision
 * (src/catalog/permanent.ts). The build checks it against the ledger; link checkers may use it.
 */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(permanentManifest(await getCatalog()))}\n`, { headers: { 'Content-Type': 'application/json' } });
