import type { APIRoute } from 'astro';
import { FACTORS, FACTOR_LEVELS, V08_ONLY_FACTORS } from '../../core/factors.ts';
import { SCHEMA_VERSION } from '../../catalog/agent-json.ts';

export const GET: APIRoute = () =>
  Response.json({
    schemaVersion: SCHEMA_VERSION,
    source: 'OWASP AIVSS v0.5, Part 2, section 1; v0.8 names from AIVSS v0.8 (March 2026)',
    scale: "Each factor from 0 to 1 with at most two decimals (the directory continues the listings' continuous scale; AIVSS itself uses 0, 0.5 and 1).",
    levels: FACTOR_LEVELS.map((l) => ({ id: l.id, fromValue: l.fromHundredths / 100, description: l.description })),
    factors: FACTORS.map((f, i) => ({
      order: i + 1,
      id: f.id,
      code: f.code,
      name: f.name,
      description: `A high value means the agent ${f.highMeans}.`,
      v08Name: f.v08Name,
    })),
    v08OnlyFactors: V08_ONLY_FACTORS,
  });
