import type { APIRoute } from 'astro';
import { getCatalog } from '../../../catalog/catalog.ts';
import { agentDocument } from '../../../catalog/agent-json.ts';
import { withBase } from '../../../catalog/links.ts';
import type { Agent } from '../../../catalog/assess.ts';
import type { RetiredAgent } from '../../../core/schema.ts';

interface Props {
  agent: Agent;
  retired?: RetiredAgent;
}

/**
 * One file per current agent, per former id of a renamed one (the same document) and per retired
 * one. A build renders the retired ones only: it writes the others from the list document,
 * `/api/agents.json`, byte for byte what this route gives (splitAgentDocument; the dev server's
 * parity test compares them).
 */
export async function getStaticPaths() {
  const { agents, revisions, retired } = await getCatalog();
  const current = import.meta.env.DEV ? agents : [];
  return [
    ...current.flatMap((agent) => [agent.id, ...(agent.entry.formerIds ?? [])].map((id) => ({ params: { id }, props: { agent } }))),
    ...retired.flatMap((r) => {
      const last = revisions.get(r.id)?.[0];
      return last ? [{ params: { id: r.id }, props: { agent: last, retired: r } }] : [];
    }),
  ];
}

export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(
    agentDocument([{ agent: props.agent, retired: props.retired }], (path) => new URL(withBase(path), site).href),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
