import type { APIRoute } from 'astro';
import { getAgents } from '../../../catalog/catalog.ts';
import { checklistCsv, hasChecklist } from '../../../catalog/checklist.ts';
import type { Agent } from '../../../catalog/assess.ts';

/** The review checklist of every current agent that maps threats, as CSV. */
export async function getStaticPaths() {
  return (await getAgents()).filter(hasChecklist).map((agent) => ({ params: { id: agent.id }, props: { agent } }));
}

export const GET: APIRoute<{ agent: Agent }> = ({ props }) =>
  new Response(checklistCsv(props.agent), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
