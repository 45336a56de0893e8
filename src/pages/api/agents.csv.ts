import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { FACTORS } from '../../core/factors.ts';
import { LAYERS } from '../../core/maestro.ts';
import { DEFENCE_CONTROLS } from '../../core/defences.ts';
import { getAgents } from '../../catalog/catalog.ts';
import { withBase } from '../../catalog/links.ts';

/** One row per agent: identity, version, scores, advisories, the ten factors, which layers are pinned and each defence's status. */
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
    // Added with schema version 2, after the columns of version 1 so that readers by position keep working.
    'version',
    'meets_standard',
    'advisories',
    'worst_advisory',
    'worst_advisory_aivss',
    ...DEFENCE_CONTROLS.map((c) => `defence_${c.id}`),
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
    a.entry.version ?? '',
    String(a.standardGaps.length === 0),
    String(a.advisories.length),
    a.worstAdvisory?.id ?? '',
    a.worstAdvisory?.score.aivss?.score ?? '',
    ...DEFENCE_CONTROLS.map((c) => a.defences.find((d) => d.control.id === c.id)?.status ?? ''),
  ]);
  return new Response(stringify([header, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
