import { z } from 'zod';
import { FACTOR_IDS } from './factors.ts';
import { LAYER_IDS, threatIdsAt, type LayerId } from './maestro.ts';
import { MITIGATION_IDS, THREAT_IDS } from './scoring.ts';
import { CVSS_ADVISORY_PATTERN, CVSS_V4_BASE_PATTERN, parseAdvisoryVector, parseCvssV4Base } from './cvss.ts';
import { ASI_IDS } from './asi.ts';
import { DEFENCE_CONTROL_IDS, DEFENCE_STATUS_IDS } from './defences.ts';
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

const httpsUrl = z
  .string({ error: expected('an https URL') })
  .max(2000, { error: 'is longer than 2000 characters; expected a URL' })
  .refine((value) => isHttpUrl(value) && value.startsWith('https:'), {
    error: (issue) => `${describe(issue.input)} is not an https URL; expected https://…`,
  })
  .meta({ format: 'uri', pattern: '^https://[^/?#\\s]+' });

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

const asiList = z
  .array(z.enum(ASI_IDS, { error: (issue) => `${describe(issue.input)} is not an ASI id; expected one of ${ASI_IDS.join(', ')}` }), {
    error: expected('a list of ASI ids such as [ASI01, ASI05]'),
  })
  .min(1, { error: 'must not be empty; expected at least one ASI id (OWASP Top 10 for Agentic Applications 2026)' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'lists an ASI id twice; expected each once' })
  .meta({ uniqueItems: true });

function threatSchema(layerId: LayerId) {
  const ids = threatIdsAt(layerId) as [string, ...string[]];
  return strict(
    {
      id: z
        .enum(ids, {
          error: (issue) => `${describe(issue.input)} is not a MAESTRO threat of this layer; expected one of ${ids.join(', ')} (see /api/maestro.json)`,
        })
        .meta({ description: 'A MAESTRO threat id of this layer, or a cross-layer one.' }),
      asi: asiList.meta({ description: 'The OWASP Top 10 for Agentic Applications 2026 items this threat instances.', examples: [['ASI01', 'ASI05']] }),
      how: text('one sentence on how the threat arises in this framework', 600),
      check: text('one sentence on what a reviewer verifies in a deployment', 600),
    },
    'a mapping with id, asi, how and check',
  );
}

function layerSchema(layerId: LayerId) {
  return strict(
    {
      certain: z.boolean({ error: expected('true or false') }).meta({ description: 'Does a source the assessor read pin this layer?', examples: [false] }),
      analysis: text('the threats at this layer for this agent', 3000).meta({
        description: 'The threats at this layer for this agent, naming the MAESTRO threat.',
      }),
      threats: z
        .array(threatSchema(layerId), { error: expected('a list of threats') })
        .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { error: 'names a threat twice; expected each threat once per layer' })
        .optional()
        .meta({ description: 'Each MAESTRO threat at this layer for this framework, mapped to ASI ids, with what a reviewer checks.' }),
    },
    'a mapping with certain and analysis (threats optional)',
  );
}

const GHSA_PATTERN = /^GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}$/;
const CVE_PATTERN = /^CVE-\d{4}-\d{4,}$/;
const ALIAS_PATTERN = /^(?:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,}|(?:PYSEC|GO|RUSTSEC|JFSA)-\d{4}-\d+|ZDI-\d{2}-\d+|VDB-\d+)$/;

const advisorySchema = strict(
  {
    id: z
      .string({ error: expected('a GHSA or CVE id') })
      .refine((value) => GHSA_PATTERN.test(value) || CVE_PATTERN.test(value), {
        error: (issue) => `${describe(issue.input)} is not a GHSA or CVE id; expected GHSA-xxxx-xxxx-xxxx or CVE-YYYY-NNNN`,
      })
      .meta({ pattern: `${GHSA_PATTERN.source}|${CVE_PATTERN.source}`, description: 'The GitHub advisory id, or the CVE id where no GHSA exists.' }),
    aliases: z
      .array(
        z
          .string({ error: expected('an advisory id') })
          .refine((value) => ALIAS_PATTERN.test(value), {
            error: (issue) => `${describe(issue.input)} is not an advisory id; expected a CVE, GHSA, PYSEC, GO, RUSTSEC, JFSA, ZDI or VDB id`,
          })
          .meta({ pattern: ALIAS_PATTERN.source }),
        { error: expected('a list of advisory ids') },
      )
      .optional(),
    title: text('the title of the advisory', 300),
    url: httpsUrl.meta({ description: 'The official advisory or CVE record.' }),
    published: isoDate('the date the advisory was published'),
    affected: text('the affected versions, e.g. "< 1.17.0"', 200),
    fixed: text('the first fixed version', 100).optional(),
    cvss: z
      .string({ error: expected('a CVSS base vector') })
      .superRefine((value, ctx) => {
        const parsed = parseAdvisoryVector(value);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error });
      })
      .meta({
        pattern: CVSS_ADVISORY_PATTERN,
        description:
          'The published CVSS base vector (4.0, 3.1 or 3.0), without threat, temporal, environmental or supplemental metrics; omitted when no official record publishes one.',
        examples: ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:L'],
      })
      .optional(),
    cvssBy: text('who published the vector (GitHub, NVD, the CNA)', 100).optional(),
    threat: z
      .enum(THREAT_IDS, { error: (issue) => `${describe(issue.input)} is not an exploit maturity; expected one of ${THREAT_IDS.join(', ')}` })
      .meta({ description: 'Exploit maturity for AIVSS.' }),
    asi: asiList,
    layer: z.enum(LAYER_IDS, { error: (issue) => `${describe(issue.input)} is not a MAESTRO layer; expected one of ${LAYER_IDS.join(', ')}` }),
  },
  'a mapping with id, title, url, published, affected, cvss, cvssBy, threat, asi and layer',
);

const defenceSchema = strict(
  {
    control: z.enum(DEFENCE_CONTROL_IDS, {
      error: (issue) => `${describe(issue.input)} is not a defence control; expected one of ${DEFENCE_CONTROL_IDS.join(', ')}`,
    }),
    status: z.enum(DEFENCE_STATUS_IDS, {
      error: (issue) => `${describe(issue.input)} is not a defence status; expected one of ${DEFENCE_STATUS_IDS.join(', ')}`,
    }),
    evidence: text('one sentence of evidence', 600),
    source: httpsUrl.meta({ description: "One of the entry's sources." }),
  },
  'a mapping with control, status, evidence and source',
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
      .array(
        strict(
          { title: text('the title of the source', 300), url: httpUrl, accessed: isoDate('the date the assessor read it').optional() },
          'a mapping with title, url and accessed',
        ),
        { error: expected('a list of { title, url, accessed }') },
      )
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
    layers: strict(
      Object.fromEntries(LAYER_IDS.map((id) => [id, layerSchema(id)])) as { [Id in LayerId]: ReturnType<typeof layerSchema> },
      `the seven MAESTRO layers (${LAYER_IDS.join(', ')})`,
    ).meta({
      description: 'The seven MAESTRO layers, each with certainty, analysis and threats.',
    }),
    version: text('the release(s) assessed, as the project names them', 200)
      .optional()
      .meta({ description: 'The release(s) assessed, as the project names them.', examples: ['0.7.x (autogen-agentchat)'] }),
    defences: z
      .array(defenceSchema, { error: expected('a list of defences') })
      .optional()
      .meta({ description: 'Built-in controls from the fixed table (/defences/), each default, opt-in or absent, with evidence.' }),
    advisories: z
      .array(advisorySchema, { error: expected('a list of advisories') })
      .optional()
      .meta({ description: 'Published vulnerabilities, from official records only.' }),
    advisoriesChecked: strict(
      {
        date: isoDate('the date the records were searched'),
        how: text('which official records were searched, and how', 1000),
      },
      'a mapping with date and how',
    )
      .optional()
      .meta({ description: 'When and how the official records were searched for advisories; says so where none exist.' }),
  },
  'the frontmatter mapping',
).superRefine((entry, ctx) => {
  // Rules across fields, each reported at the field at fault.
  const sourceUrls = new Set((entry.sources ?? []).map((s) => s.url));
  entry.defences?.forEach((defence, i) => {
    if (!sourceUrls.has(defence.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defences', i, 'source'],
        message: `${defence.source} is not among the entry's sources; expected the url of one of them`,
      });
    }
    if (entry.defences!.findIndex((d) => d.control === defence.control) < i) {
      ctx.addIssue({ code: 'custom', path: ['defences', i, 'control'], message: `${defence.control} is listed twice; expected each control once` });
    }
  });
  const seen = new Map<string, number>();
  entry.advisories?.forEach((advisory, i) => {
    if (advisory.cvss && !advisory.cvssBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['advisories', i, 'cvssBy'],
        message: 'required with cvss; expected who published the vector (GitHub, NVD, the CNA)',
      });
    }
    for (const id of [advisory.id, ...(advisory.aliases ?? [])]) {
      const first = seen.get(id);
      if (first !== undefined && first !== i) {
        ctx.addIssue({ code: 'custom', path: ['advisories', i, 'id'], message: `${id} is already advisory [${first}]; expected each advisory once` });
      }
      seen.set(id, i);
    }
  });
});

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
