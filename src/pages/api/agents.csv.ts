import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { FACTORS } from '../../core/factors.ts';
import { LAYERS } from '../../core/maestro.ts';
import { getAgents } from '../../catalog/catalog.ts';
import { withBase } from '../../catalog/links.ts';

/** One row per agent: identity, scores, the ten factors and which layers are pinned. */
export const GET: APIRoute = async ({ site }) => {
  const header = [
    'id',
    'name',
    'url',
    'assessed',
    'agentic_risk',
    'agentic_tier',
    'aivss',
    'aivss_severity',
    'aivss_formula',
    'vector',
    ...FACTORS.map((f) => f.id),
    ...LAYERS.map((l) => `pinned_${l.id}`),
  ];
  const rows = (await getAgents()).map((a) => [
    a.id,
    a.entry.name,
    new URL(withBase(a.path), site).href,
    a.entry.assessed,
    a.risk.display,
    a.risk.tier,
    a.aivss?.score ?? '',
    a.aivss?.severity ?? '',
    a.aivss?.formula ?? '',
    a.vector,
    ...a.factors.map((f) => f.display),
    ...a.layers.map((l) => String(l.certain)),
  ]);
  return new Response(stringify([header, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
