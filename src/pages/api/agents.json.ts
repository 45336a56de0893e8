import type { APIRoute } from 'astro';
import { getAgents } from '../../catalog/catalog.ts';
import { agentDocument } from '../../catalog/agent-json.ts';
import { withBase } from '../../catalog/links.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    agentDocument(
      (await getAgents()).map((agent) => ({ agent })),
      (path) => new URL(withBase(path), site).href,
    ),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
