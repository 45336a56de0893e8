import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getCatalog } from '../catalog/catalog.ts';
import { SITE_NAME } from '../catalog/citation.ts';
import { withBase } from '../catalog/links.ts';
import type { Agent } from '../catalog/assess.ts';

/**
 * Atom feed of new and revised assessments: one item per revision, at its permanent URL.
 * Dates come from the assessments, never from the clock, so two builds are identical.
 */
export const GET: APIRoute = async ({ site }) => {
  const { agents, revisions } = await getCatalog();
  const url = (path: string) => new URL(withBase(path), site).href;
  const items = agents.flatMap((agent) => {
    const history = [agent, ...(revisions.get(agent.id) ?? [])];
    return history.map((revision, i) => ({ revision, isFirst: i === history.length - 1 }));
  });
  items.sort((a, b) => b.revision.entry.assessed.localeCompare(a.revision.entry.assessed) || a.revision.id.localeCompare(b.revision.id));
  const dateOf = (agent: Agent) => new Date(`${agent.entry.assessed}T00:00:00Z`);
  const feed = new Feed({
    id: url(''),
    title: `${SITE_NAME}: new and revised assessments`,
    description: 'Agentic threat models of AI agent frameworks, scored with OWASP AIVSS factors and mapped to MAESTRO layers.',
    link: url(''),
    language: 'en',
    updated: items.length > 0 ? dateOf(items[0].revision) : new Date('2026-01-01T00:00:00Z'),
    generator: SITE_NAME,
    copyright: `${SITE_NAME} contributors`,
    feedLinks: { atom: url('feed.xml') },
    author: { name: SITE_NAME, link: url('') },
  });
  for (const { revision, isFirst } of items) {
    const figures = `Agentic risk ${revision.risk.display} (${revision.risk.tier})${revision.aivss ? `; AIVSS ${revision.aivss.score} (${revision.aivss.severity})` : ''}.`;
    feed.addItem({
      id: url(revision.revisionPath),
      link: url(revision.revisionPath),
      title: `${revision.entry.name}: ${isFirst ? 'new assessment' : 'revised assessment'} (${revision.entry.assessed})`,
      date: dateOf(revision),
      description: [figures, revision.entry.changes ? `What changed: ${revision.entry.changes}` : '', revision.entry.summary].filter(Boolean).join(' '),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
