import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getCatalog } from '../catalog/catalog.ts';
import { SITE_NAME } from '../catalog/citation.ts';
import { withBase } from '../catalog/links.ts';
import { byName, type Agent, type AgentAdvisory } from '../catalog/assess.ts';
import { ASI_EDITION } from '../core/asi.ts';
import { LAYERS } from '../core/maestro.ts';
import { advisoryAnchor } from '../catalog/permanent.ts';

/** One published advisory and the current agents that list it (nearly always one). */
interface AdvisoryItem {
  advisory: AgentAdvisory;
  agents: Agent[];
}

/** Every advisory of the current agents once, newest first, then by id, as on /advisories/. */
function advisoryItems(agents: readonly Agent[]): AdvisoryItem[] {
  const byId = new Map<string, AdvisoryItem>();
  for (const agent of [...agents].sort(byName)) {
    for (const advisory of agent.advisories) {
      const item = byId.get(advisory.id);
      if (item) item.agents.push(agent);
      else byId.set(advisory.id, { advisory, agents: [agent] });
    }
  }
  return [...byId.values()].sort((a, b) => b.advisory.published.localeCompare(a.advisory.published) || a.advisory.id.localeCompare(b.advisory.id));
}

const listOf = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/** An advisory's figures in words, as one agent's entry scores it. */
function figures({ score, cvssBy }: AgentAdvisory): string {
  if (score.cvssVersion === null) return score.aivssReason;
  const t = score.cvssBaseTenths;
  const cvss = `CVSS v${score.cvssVersion} base ${Math.floor(t / 10)}.${t % 10} (${score.cvssSeverity})${cvssBy ? `, vector by ${cvssBy}` : ''}.`;
  return `${cvss} ${score.aivss ? `AIVSS ${score.aivss.score} (${score.aivss.severity}, ${score.aivss.formula}).` : `No AIVSS: ${score.aivssReason}`}`;
}

/** The advisory in words; AIVSS depends on the agent's factors, so each agent's figures where two list it. */
function advisorySummary({ advisory, agents }: AdvisoryItem): string {
  const layer = LAYERS.find((l) => l.id === advisory.layer)!;
  const own = (agent: Agent) => agent.advisories.find((a) => a.id === advisory.id)!;
  const scored = agents.length === 1 ? figures(advisory) : agents.map((agent) => `${agent.entry.name}: ${figures(own(agent))}`).join(' ');
  return [
    `Affected: ${advisory.affected}${advisory.fixed ? `; fixed in ${advisory.fixed}` : ''}.`,
    scored,
    `${advisory.asi.join(', ')} (${ASI_EDITION}); MAESTRO layer ${layer.number}, ${layer.name}.`,
    `Official record: ${advisory.url}`,
  ].join(' ');
}

/**
 * Atom feed of new and revised assessments: one item per revision, at its permanent URL, and one
 * per published advisory of a current agent, at its row on /advisories/, merged newest first.
 * Dates come from the entries, never from the clock, so two builds are identical.
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
  const advisories = advisoryItems(agents);
  const advisoryDate = (item: AdvisoryItem) => new Date(`${item.advisory.published}T00:00:00Z`);
  // Both lists are newest first; dates are ISO dates, so the later sorts last.
  const latest = [items[0]?.revision.entry.assessed, advisories[0]?.advisory.published]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const feed = new Feed({
    id: url(''),
    title: `${SITE_NAME}: new and revised assessments`,
    description: 'Agentic threat models of AI agent frameworks, scored with OWASP AIVSS factors and mapped to MAESTRO layers.',
    link: url(''),
    language: 'en',
    updated: new Date(`${latest ?? '2026-01-01'}T00:00:00Z`),
    generator: SITE_NAME,
    copyright: `${SITE_NAME} contributors`,
    feedLinks: { atom: url('feed.xml') },
    author: { name: SITE_NAME, link: url('') },
  });
  const addRevision = ({ revision, isFirst }: (typeof items)[number]) => {
    const figures = `Agentic risk ${revision.risk.display} (${revision.risk.tier})${revision.aivss ? `; AIVSS ${revision.aivss.score} (${revision.aivss.severity})` : ''}.`;
    feed.addItem({
      id: url(revision.revisionPath),
      link: url(revision.revisionPath),
      title: `${revision.entry.name}: ${isFirst ? 'new assessment' : 'revised assessment'} (${revision.entry.assessed})`,
      date: dateOf(revision),
      description: [figures, revision.entry.changes ? `What changed: ${revision.entry.changes}` : '', revision.entry.summary].filter(Boolean).join(' '),
    });
  };
  const addAdvisory = (item: AdvisoryItem) => {
    const link = `${url('advisories/')}#${advisoryAnchor(item.advisory.id)}`;
    feed.addItem({
      id: link,
      link,
      title: `Advisory ${item.advisory.id} for ${listOf(item.agents.map((a) => a.entry.name))}: ${item.advisory.title}`,
      date: advisoryDate(item),
      description: advisorySummary(item),
    });
  };
  // Merged newest first; on the same date an assessment comes before an advisory, so the
  // assessments keep their order among themselves.
  let r = 0;
  let a = 0;
  while (r < items.length || a < advisories.length) {
    if (a >= advisories.length || (r < items.length && items[r].revision.entry.assessed >= advisories[a].advisory.published)) addRevision(items[r++]);
    else addAdvisory(advisories[a++]);
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
