import type { APIRoute } from 'astro';
import { getAgents } from '../../catalog/catalog.ts';
import { agentToJson, SCHEMA_VERSION } from '../../catalog/agent-json.ts';
import { withBase } from '../../catalog/links.ts';

export const GET: APIRoute = async ({ site }) => {
  const agents = (await getAgents()).map((a) => agentToJson(a, new URL(withBase(a.path), site).href));
  return new Response(JSON.stringify({ schemaVersion: SCHEMA_VERSION, agents }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
