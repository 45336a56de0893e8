import type { Agent } from './assess.ts';

export const SITE_NAME = 'Agent Threat Directory';

/** A citation names the revision, its date and its permanent URL, in three formats. */
export interface Citation {
  text: string;
  markdown: string;
  bibtex: string;
}

function bibtexEscape(value: string): string {
  return value.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

export function cite(agent: Agent, permanentUrl: string): Citation {
  const { name, assessed } = agent.entry;
  const title = `${name}: agentic threat model, revision of ${assessed}`;
  const figures = `agentic risk ${agent.risk.display} (${agent.risk.tier})${agent.aivss ? `, AIVSS ${agent.aivss.score} (${agent.aivss.severity}, ${agent.aivss.formula})` : ''}`;
  const [year, month] = assessed.split('-');
  return {
    text: `${SITE_NAME}. “${title}.” Assessed ${assessed}; ${figures}. ${permanentUrl}`,
    markdown: `[${SITE_NAME}: ${title}](${permanentUrl}) (assessed ${assessed}; ${figures})`,
    bibtex: [
      `@misc{atd-${agent.id}-${assessed},`,
      `  title = {${bibtexEscape(title)}},`,
      `  author = {{${SITE_NAME}}},`,
      `  year = {${year}},`,
      `  month = {${Number(month)}},`,
      `  howpublished = {\\url{${permanentUrl}}},`,
      `  note = {Assessed ${assessed}; ${bibtexEscape(figures)}}`,
      `}`,
    ].join('\n'),
  };
}
