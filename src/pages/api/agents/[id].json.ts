import type { APIRoute, GetStaticPaths } from 'astro';
import { getAgents } from '../../../catalog/catalog.ts';
import { agentToJson, SCHEMA_VERSION } from '../../../catalog/agent-json.ts';
import { withBase } from '../../../catalog/links.ts';
import type { Agent } from '../../../catalog/assess.ts';

export const getStaticPaths = (async () =>
  (await getAgents()).map((agent) => ({ params: { id: agent.id }, props: { agent } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agent: Agent }> = ({ props, site }) => {
  const agent = agentToJson(props.agent, new URL(withBase(props.agent.path), site).href);
  return new Response(JSON.stringify({ schemaVersion: SCHEMA_VERSION, agents: [agent] }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
