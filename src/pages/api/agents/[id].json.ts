import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog/catalog.ts';
import { agentToJson, SCHEMA_VERSION } from '../../../catalog/agent-json.ts';
import { withBase } from '../../../catalog/links.ts';
import type { Agent } from '../../../catalog/assess.ts';
import type { RetiredAgent } from '../../../core/schema.ts';

/**
 * One file per agent. A renamed agent's old id serves the same data; a retired agent keeps its
 * file with its last assessment and a `retired` notice, so a tool's saved link never breaks.
 */
export const getStaticPaths = (async () => {
  const { agents, revisions, retired, renamed } = await getCatalog();
  const byId = new Map(agents.map((a) => [a.id, a]));
  return [
    ...agents.map((agent) => ({ params: { id: agent.id }, props: { agent } })),
    ...[...renamed].map(([former, id]) => ({ params: { id: former }, props: { agent: byId.get(id)! } })),
    ...retired.flatMap((r) => {
      const last = revisions.get(r.id)?.[0];
      return last ? [{ params: { id: r.id }, props: { agent: last, retired: r } }] : [];
    }),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ agent: Agent; retired?: RetiredAgent }> = ({ props, site }) => {
  const agent = { ...agentToJson(props.agent, new URL(withBase(props.agent.path), site).href), ...(props.retired ? { retired: props.retired } : {}) };
  return Response.json({ schemaVersion: SCHEMA_VERSION, agents: [agent] });
};
