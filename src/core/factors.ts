/**
 * The ten agentic risk factors of OWASP AIVSS v0.5 (Part 2, §1), in the order the seed
 * listings and the directory's vector use. Ids are public and permanent: they appear in
 * URLs, anchors, frontmatter keys and JSON. Codes are the CERT/CC SSVC keys.
 */
export const FACTORS = [
  {
    id: 'autonomy-of-action',
    name: 'Autonomy of Action',
    code: 'AA',
    highMeans: 'acts without a human approving each step',
    v08Name: 'Execution Autonomy',
  },
  {
    id: 'goal-driven-planning',
    name: 'Goal-Driven Planning',
    code: 'GDP',
    highMeans: 'decomposes goals and plans multi-step work itself',
    v08Name: null,
  },
  {
    id: 'self-modification',
    name: 'Self-Modification',
    code: 'SM',
    highMeans: 'can change its own code, prompts, tools or configuration',
    v08Name: 'Self-Modification',
  },
  {
    id: 'dynamic-tool-use',
    name: 'Dynamic Tool Use',
    code: 'TU',
    highMeans: 'chooses and calls external tools, APIs or code execution at run time',
    v08Name: 'External Tool Control Surface',
  },
  {
    id: 'persistent-memory',
    name: 'Persistent Memory',
    code: 'MU',
    highMeans: 'keeps state or memory across sessions',
    v08Name: 'Persistent State Retention',
  },
  {
    id: 'contextual-awareness',
    name: 'Contextual Awareness',
    code: 'CA',
    highMeans: 'draws on broad environment or data context to decide',
    v08Name: 'Contextual Awareness (redefined in v0.8)',
  },
  {
    id: 'dynamic-identity',
    name: 'Dynamic Identity',
    code: 'DI',
    highMeans: 'assumes roles, credentials or permissions at run time',
    v08Name: 'Dynamic Identity',
  },
  {
    id: 'multi-agent-interactions',
    name: 'Multi-Agent Interactions',
    code: 'MAI',
    highMeans: 'coordinates with, or depends on, other agents',
    v08Name: 'Multi-Agent Interactions',
  },
  {
    id: 'non-determinism',
    name: 'Non-Determinism',
    code: 'ND',
    highMeans: 'same input, different actions',
    v08Name: 'Behavioral Non-Determinism',
  },
  {
    id: 'opacity-reflexivity',
    name: 'Opacity & Reflexivity',
    code: 'OR',
    highMeans: 'its decision logic is hard to inspect or audit',
    v08Name: 'Opacity & Reflexivity',
  },
] as const;

export type Factor = (typeof FACTORS)[number];
export type FactorId = Factor['id'];
export type FactorValues = Record<FactorId, number>;

export const FACTOR_IDS = FACTORS.map((f) => f.id) as [FactorId, ...FactorId[]];

/** AIVSS v0.8 added a factor with no v0.5 counterpart; the methodology page lists it. */
export const V08_ONLY_FACTORS = ['Natural Language Interface'] as const;

/**
 * Levels used by search filters and labels. Pagefind filters match exact strings only,
 * so numeric values are published as these bands: low < 0.4 <= moderate < 0.7 <= high.
 */
export const FACTOR_LEVELS = [
  { id: 'low', label: 'low', fromHundredths: 0, description: 'below 0.4' },
  { id: 'moderate', label: 'moderate', fromHundredths: 40, description: '0.4 up to 0.7' },
  { id: 'high', label: 'high', fromHundredths: 70, description: '0.7 or more' },
] as const;

export type FactorLevel = (typeof FACTOR_LEVELS)[number]['id'];

export function factorLevel(hundredths: number): FactorLevel {
  let level: FactorLevel = FACTOR_LEVELS[0].id;
  for (const band of FACTOR_LEVELS) if (hundredths >= band.fromHundredths) level = band.id;
  return level;
}
