import type { APIRoute } from 'astro';
import { CROSS_LAYER_THREATS, LAYERS, LAYER_ALIASES, MAESTRO_SOURCE } from '../../core/maestro.ts';
import { SCHEMA_VERSION } from '../../catalog/agent-json.ts';

export const GET: APIRoute = () =>
  Response.json({
    schemaVersion: SCHEMA_VERSION,
    source: MAESTRO_SOURCE,
    note: "CSA publishes no data file or version for MAESTRO; ids are the directory's own and permanent. Layer roles are the directory's summaries; threat names are CSA's.",
    layers: LAYERS,
    crossLayerThreats: CROSS_LAYER_THREATS,
    aliases: LAYER_ALIASES,
  });
