/**
 * Built-in defences: the fixed table of controls an entry reports on, each with the definition
 * an assessor checks the framework against. Ids are public and permanent (entries, URLs, JSON).
 */
export const DEFENCE_CONTROLS = [
  {
    id: 'code-sandbox',
    name: 'Code sandbox',
    definition: 'Code the model writes runs isolated from the host: in a container, a virtual machine, WebAssembly or a remote sandbox.',
  },
  {
    id: 'human-approval',
    name: 'Human approval',
    definition: 'A built-in way to pause before an action or tool call runs until a person approves it.',
  },
  {
    id: 'tool-allowlist',
    name: 'Tool allow-list',
    definition: 'The tools, imports or commands an agent may use are limited to an explicit list the developer sets.',
  },
  {
    id: 'egress-restriction',
    name: 'Egress restriction',
    definition: 'The framework limits the network access of code or tools the agent runs.',
  },
  {
    id: 'memory-isolation',
    name: 'Memory isolation',
    definition: "Memory and state are scoped per user, session or agent, so one cannot read or poison another's.",
  },
  {
    id: 'credential-scoping',
    name: 'Credential scoping',
    definition: 'Credentials are kept out of the model context and scoped per tool or per user.',
  },
  {
    id: 'tracing',
    name: 'Tracing',
    definition: 'A built-in record of each model call, tool call and message that a reviewer can read afterwards.',
  },
  {
    id: 'guardrails',
    name: 'Guardrails',
    definition: 'Built-in checks of inputs or outputs that can block a message or stop a run.',
  },
  {
    id: 'execution-limits',
    name: 'Execution limits',
    definition: 'Built-in caps on steps, turns, time or tokens, so a run that goes wrong stops.',
  },
] as const;

export type DefenceControl = (typeof DEFENCE_CONTROLS)[number];
export type DefenceControlId = DefenceControl['id'];
export const DEFENCE_CONTROL_IDS = DEFENCE_CONTROLS.map((c) => c.id) as [DefenceControlId, ...DefenceControlId[]];

export const DEFENCE_STATUSES = [
  { id: 'default', label: 'On by default', means: 'ships with the framework and is active unless a developer turns it off' },
  { id: 'opt-in', label: 'Opt-in', means: 'ships with the framework but a developer must enable or configure it' },
  { id: 'absent', label: 'Absent', means: 'not provided; the assessor checked the documentation and source and found none' },
] as const;
export type DefenceStatus = (typeof DEFENCE_STATUSES)[number]['id'];
export const DEFENCE_STATUS_IDS = DEFENCE_STATUSES.map((s) => s.id) as [DefenceStatus, ...DefenceStatus[]];
