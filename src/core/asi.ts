/**
 * The OWASP Top 10 for Agentic Applications, 2026 edition (shared/spec/asi.md): the ids every
 * threat and advisory in the directory maps to. Titles are OWASP's; the summaries are ours. Ids
 * are public and permanent: they appear in entries, URLs (lower-case), anchors and JSON.
 */
export const ASI_EDITION = 'OWASP Top 10 for Agentic Applications 2026';
export const ASI_SOURCE = {
  title: 'OWASP GenAI Security Project, Agentic Security Initiative: OWASP Top 10 for Agentic Applications 2026 (December 2025, CC BY-SA 4.0)',
  url: 'https://genai.owasp.org/resource/owasp-top-10-for-agentic-applications-for-2026/',
} as const;

export const ASI_ITEMS = [
  {
    id: 'ASI01',
    name: 'Agent Goal Hijack',
    summary: 'Instructions hidden in content the agent reads (a web page, a document, a message) replace or bend the goal its user gave it.',
  },
  {
    id: 'ASI02',
    name: 'Tool Misuse and Exploitation',
    summary: 'The agent uses a tool it was legitimately given in a harmful way: wrong arguments, chained calls or calls an attacker steered.',
  },
  {
    id: 'ASI03',
    name: 'Identity and Privilege Abuse',
    summary: 'The agent acts with more authority than the task needs, or with credentials and delegated rights that an attacker can borrow.',
  },
  {
    id: 'ASI04',
    name: 'Agentic Supply Chain Vulnerabilities',
    summary: 'A component the agent loads at build or run time (a package, tool, plug-in, prompt or remote agent) is compromised or malicious.',
  },
  {
    id: 'ASI05',
    name: 'Unexpected Code Execution (RCE)',
    summary: 'Code the model wrote or an attacker injected runs on a host, with whatever access that host has.',
  },
  {
    id: 'ASI06',
    name: 'Memory & Context Poisoning',
    summary: "False or malicious content is written into the agent's memory, retrieved context or shared state and shapes later decisions.",
  },
  {
    id: 'ASI07',
    name: 'Insecure Inter-Agent Communication',
    summary: 'Messages between agents are trusted without authentication, integrity or validation, so one agent can mislead or impersonate another.',
  },
  {
    id: 'ASI08',
    name: 'Cascading Failures',
    summary: 'One fault, bad output or compromised step spreads through chained agents and tools faster than anyone can stop it.',
  },
  {
    id: 'ASI09',
    name: 'Human-Agent Trust Exploitation',
    summary: 'People over-trust what the agent presents, so a manipulated agent can win approval for a harmful action.',
  },
  {
    id: 'ASI10',
    name: 'Rogue Agents',
    summary: 'An agent drifts from or works against its intended purpose, by compromise or misalignment, while appearing to behave.',
  },
] as const;

export type AsiItem = (typeof ASI_ITEMS)[number];
export type AsiId = AsiItem['id'];
export const ASI_IDS = ASI_ITEMS.map((item) => item.id) as [AsiId, ...AsiId[]];
export const asiItem = (id: AsiId): AsiItem => ASI_ITEMS.find((item) => item.id === id)!;
/** The URL segment and anchor form: `asi05`. */
export const asiSlug = (id: AsiId) => id.toLowerCase();
