import type { APIRoute } from 'astro';
import { getAgents } from '../../../catalog/catalog.ts';
import { checklistMarkdown, hasChecklist } from '../../../catalog/checklist.ts';
import { withBase } from '../../../catalog/links.ts';
import type { Agent } from '../../../catalog/assess.ts';

/** The review checklist of every current agent that maps threats, as Markdown. */
export async function getStaticPaths() {
  return (await getAgents()).filter(hasChecklist).map((agent) => ({ params: { id: agent.id }, props: { agent } }));
}

export const GET: APIRoute<{ agent: Agent }> = ({ props, site }) =>
  new Response(checklistMarkdown(props.agent, new URL(withBase(props.agent.path), site).href), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
