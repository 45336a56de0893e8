import { z } from 'zod';
import { FACTOR_IDS } from './factors.ts';
import { LAYER_IDS } from './maestro.ts';
import { MITIGATION_IDS, THREAT_IDS } from './scoring.ts';
import { CVSS_V4_BASE_PATTERN, parseCvssV4Base } from './cvss.ts';
import { toScaled } from './decimal.ts';

/**
 * The frontmatter of `content/agents/<id>.md`: a public contract that contributors write and
 * tools read. Objects are strict so a misspelt key fails loudly; every message says what is
 * expected. New fields must be optional.
 */

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string') return `the text "${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  return `${typeof input} ${String(input)}`;
}

const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `required; expected ${what}` : `expected ${what}, got ${describe(issue.input)}`;

// `.meta()` carries JSON Schema keywords for the checks zod runs as code, so the generated
// JSON Schema (src/core/json-schema.ts) refuses the same entries as the validator.
/**
 * Invisible and direction-changing characters: a name or analysis containing them can display
 * differently from what it says (a right-to-left override turns "exe.txt" into "txt.exe").
 */
const HIDDEN_CHARACTERS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const HIDDEN = new RegExp(`[${HIDDEN_CHARACTERS}]`);

export function hiddenCharacter(value: string): string | null {
  const found = HIDDEN.exec(value);
  return found ? `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

function text(what: string, maxLength: number) {
  return z
    .string({ error: expected(what) })
    .max(maxLength, { error: (issue) => `is ${String(issue.input).length} characters long; expected at most ${maxLength}` })
    .refine((s) => s.trim().length > 0, { error: `must not be empty; expected ${what}` })
    .refine((s) => hiddenCharacter(s) === null, {
      error: (issue) => `contains an invisible or direction-changing character (${hiddenCharacter(String(issue.input))}); remove it`,
    })
    .meta({ pattern: `^[^${HIDDEN_CHARACTERS}]*[^\\s${HIDDEN_CHARACTERS}][^${HIDDEN_CHARACTERS}]*$` });
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const httpUrl = z
  .string({ error: expected('an http(s) URL') })
  .max(2000, { error: 'is longer than 2000 characters; expected a URL' })
  .refine(isHttpUrl, { error: (issue) => `${describe(issue.input)} is not an http(s) URL; expected https://…` })
  .meta({ format: 'uri', pattern: '^https?://[^/?#\\s]+' });

/** A strict mapping: unknown keys are errors that list the keys allowed. */
function strict<Shape extends z.ZodRawShape>(shape: Shape, what: string) {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; expected only ${allowed}`
        : expected(what)(issue),
  });
}

/** A strict mapping with one entry per id of a taxonomy. */
function keyedBy<Id extends string, Value extends z.ZodType>(ids: readonly Id[], value: Value, what: string) {
  const shape = Object.fromEntries(ids.map((id) => [id, value])) as Record<Id, Value>;
  return strict(shape, what);
}

/** Ids are kebab-case and permanent: file name = entry id = URL segment. */
export const AGENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function agentId(what: string) {
  return z
    .string({ error: expected(what) })
    .refine((s) => AGENT_ID_PATTERN.test(s), { error: (issue) => `${describe(issue.input)} is not a valid id; expected lower-case words joined by hyphens` })
    .meta({ pattern: AGENT_ID_PATTERN.source });
}

function isoDate(what: string) {
  return z
    .string({ error: expected(`${what} as YYYY-MM-DD`) })
    .refine(isCalendarDate, { error: (issue) => `${describe(issue.input)} is not a real date; expected YYYY-MM-DD` })
    .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
}

export const factorValueSchema = z
  .number({ error: expected('a number from 0 to 1') })
  .refine((v) => v >= 0 && v <= 1, { error: (issue) => `${issue.input} is out of range; expected a number from 0 to 1` })
  // Out-of-range values get the range message alone.
  .refine((v) => v < 0 || v > 1 || toScaled(v, 2) !== null, {
    error: (issue) => `${issue.input} has more than two decimals; expected a number such as 0.8 or 0.85`,
  })
  .meta({ description: 'A factor value from 0 to 1 with at most two decimals.', examples: [0.8], minimum: 0, maximum: 1, multipleOf: 0.01 });

export const referenceSchema = strict(
  {
    title: text('a title for the vulnerability', 300).meta({
      description: 'What the vulnerability is.',
      examples: ['Prompt injection leads to code execution in the code executor'],
    }),
    cvss: z
      .string({ error: expected('a CVSS v4.0 vector') })
      .superRefine((value, ctx) => {
        const parsed = parseCvssV4Base(value);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
      })
      .meta({
        pattern: CVSS_V4_BASE_PATTERN,
        description: 'CVSS v4.0 vector with the eleven base metrics only.',
        examples: ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'],
      }),
    threat: z
      .enum(THREAT_IDS, { error: (issue) => `${describe(issue.input)} is not an exploit maturity; expected one of ${THREAT_IDS.join(', ')}` })
      .optional()
      .meta({ description: 'Exploit maturity; default proof-of-concept.', examples: ['proof-of-concept'] }),
    mitigation: z
      .enum(MITIGATION_IDS, { error: (issue) => `${describe(issue.input)} is not a mitigation level; expected one of ${MITIGATION_IDS.join(', ')}` })
      .optional()
      .meta({ description: 'Mitigation in place; default none.', examples: ['none'] }),
  },
  'a mapping with title and cvss',
).meta({ description: 'The vulnerability an AIVSS figure is computed for. Give one only where a public advisory exists.' });

export const layerSchema = strict(
  {
    certain: z.boolean({ error: expected('true or false') }).meta({ description: "Does the agent's public description pin this layer?", examples: [false] }),
    analysis: text('the threats at this layer for this agent', 3000).meta({
      description: 'The threats at this layer for this agent, naming the MAESTRO threat.',
    }),
  },
  'a mapping with certain and analysis',
);

export const BASIS_KINDS = ['listing', 'documentation', 'source'] as const;

export const agentSchema = strict(
  {
    name: text('the agent name', 100).meta({ description: 'Display name.', examples: ['AutoGen'] }),
    summary: text('a one-paragraph risk profile', 2000).meta({ description: 'The risk profile in one paragraph.' }),
    assessed: isoDate('a date').meta({ description: 'ISO date of this assessment.', examples: ['2026-11-20'] }),
    basis: z
      .array(z.enum(BASIS_KINDS, { error: (issue) => `${describe(issue.input)} is not a basis; expected one of ${BASIS_KINDS.join(', ')}` }), {
        error: expected(`a list of ${BASIS_KINDS.join(', ')}`),
      })
      .min(1, { error: `must not be empty; expected some of ${BASIS_KINDS.join(', ')}` })
      .optional()
      .meta({
        description: "What the assessment rests on: the agent's public listing, its documentation, its source.",
        examples: [['documentation', 'source']],
      }),
    homepage: httpUrl.optional().meta({ description: 'Project home page, http(s).', examples: ['https://microsoft.github.io/autogen/'] }),
    repository: httpUrl.optional().meta({ description: 'Source repository, http(s).', examples: ['https://github.com/microsoft/autogen'] }),
    sources: z
      .array(strict({ title: text('the title of the source', 300), url: httpUrl }, 'a mapping with title and url'), {
        error: expected('a list of { title, url }'),
      })
      .optional()
      .meta({ description: 'What the assessment rests on, each read by the assessor.' }),
    factors: keyedBy(FACTOR_IDS, factorValueSchema, `the ten factors (${FACTOR_IDS.join(', ')})`).meta({
      description: 'The ten OWASP AIVSS agentic risk factors, each from 0 to 1.',
    }),
    rationale: keyedBy(FACTOR_IDS, text('one sentence on why the factor has this value', 600).optional(), 'factor id → one sentence')
      .optional()
      .meta({ description: 'Factor id → one sentence on why that value.' }),
    reference: referenceSchema.optional(),
    changes: text('what changed since the previous revision', 1000)
      .optional()
      .meta({
        description: 'What changed since the previous revision; required once an entry has revisions.',
        examples: ['Re-rated Persistent Memory after long-term memory shipped.'],
      }),
    formerIds: z
      .array(agentId('a former id of this agent'), { error: expected('a list of former ids') })
      .optional()
      .meta({
        description: 'Ids this agent was published under before a rename; their URLs redirect here. Written by npm run rename-agent.',
        examples: [['old-name']],
      }),
    layers: keyedBy(LAYER_IDS, layerSchema, `the seven MAESTRO layers (${LAYER_IDS.join(', ')})`).meta({
      description: 'The seven MAESTRO layers, each with certainty and analysis.',
    }),
  },
  'the frontmatter mapping',
);

export type AgentEntry = z.infer<typeof agentSchema>;

/** `content/retired.yaml`: agents withdrawn from the directory, each kept as a tombstone page. */
export const retiredSchema = z.array(
  strict(
    {
      id: agentId('the id the agent was published under'),
      name: text('the agent name', 100),
      retired: isoDate('the date it was retired'),
      reason: text('why it was retired', 1000),
      successor: agentId('the id of the agent that replaces it').optional(),
    },
    'a mapping with id, name, retired, reason and optionally successor',
  ),
  { error: expected('a list of retired agents') },
);
export type RetiredAgent = z.infer<typeof retiredSchema>[number];
