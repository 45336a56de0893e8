import { getCollection } from 'astro:content';
import { assessAgent, byRisk, type Agent } from './assess.ts';

let cached: Promise<Agent[]> | undefined;

/** Every agent, scored once per build and sorted by risk. */
export function getAgents(): Promise<Agent[]> {
  cached ??= getCollection('agents').then((entries) =>
    entries.map((e) => assessAgent(e.id, e.data, e.body ?? '')).sort(byRisk),
  );
  return cached;
}

export async function getAgent(id: string): Promise<Agent> {
  const agent = (await getAgents()).find((a) => a.id === id);
  if (!agent) throw new Error(`no agent with id "${id}"`);
  return agent;
}
