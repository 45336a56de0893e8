import type { FactorId } from './factors.ts';

/**
 * What a low (0.2), middling (0.5) and high (0.8) value of each factor looks like, so every
 * contributor rates on the same scale. The calibration page pairs each with the agent in the
 * directory whose value is closest, and that agent's own rationale.
 */
export const CALIBRATION_POINTS = [0.2, 0.5, 0.8] as const;
export type CalibrationPoint = (typeof CALIBRATION_POINTS)[number];

export const CALIBRATION: Record<FactorId, Record<CalibrationPoint, string>> = {
  'autonomy-of-action': {
    0.2: 'Each step waits for a person or for application code to decide; the model only suggests.',
    0.5: 'Runs a tool loop on its own within one request, with approval hooks that deployments commonly enable.',
    0.8: 'Runs multi-step work to completion after one instruction; approval is possible but off by default.',
  },
  'goal-driven-planning': {
    0.2: 'Follows a sequence the developer wrote; the model fills in steps but does not plan.',
    0.5: 'Reasons step by step towards a goal inside one loop, without an explicit plan it revises.',
    0.8: 'Breaks goals into sub-tasks, assigns them and re-plans when a step fails.',
  },
  'self-modification': {
    0.2: 'Prompts, tools and code are fixed by the developer; the agent cannot change them.',
    0.5: 'Can rewrite parts of its own context or instructions, or optimise prompts, within limits.',
    0.8: 'Edits its own instructions, memory that shapes behaviour, tools or code as a documented feature.',
  },
  'dynamic-tool-use': {
    0.2: 'A small fixed set of read-only tools, called the way the developer scripted.',
    0.5: 'Chooses among developer-registered tools at run time, with typed arguments and no code execution.',
    0.8: 'Chooses among many tools at run time, including code execution, shell, browser or external APIs.',
  },
  'persistent-memory': {
    0.2: 'State lasts for one conversation or run and is then gone.',
    0.5: 'Session or checkpoint persistence that must be configured; long-term memory is an add-on.',
    0.8: 'Built-in long-term memory that carries what the agent learned into later sessions.',
  },
  'contextual-awareness': {
    0.2: 'Sees only the prompt and the tool results of the current step.',
    0.5: 'Draws on retrieved documents or the conversation history in addition to the task.',
    0.8: "Draws on broad context: files, web pages, screens, memory and other agents' outputs together.",
  },
  'dynamic-identity': {
    0.2: 'Runs with one fixed identity and the credentials it was deployed with.',
    0.5: 'Takes on roles or personas at run time, or acts with credentials delegated per user or task.',
    0.8: 'Acquires or switches credentials and permissions at run time across systems.',
  },
  'multi-agent-interactions': {
    0.2: 'A single agent; other agents are not part of the design.',
    0.5: 'Supports handoffs to, or calls of, other agents as an option beside single-agent use.',
    0.8: "Teams of agents that delegate to and depend on each other are the framework's main use.",
  },
  'non-determinism': {
    0.2: 'Mostly deterministic pipelines with a model call at a fixed point.',
    0.5: 'The model chooses among a few actions, so runs vary but along known paths.',
    0.8: 'Which tools run, in which order and with which arguments varies from run to run.',
  },
  'opacity-reflexivity': {
    0.2: 'Every step is visible in code or in built-in traces a reviewer can read.',
    0.5: 'Tracing exists but must be enabled; reasoning between steps is partly hidden.',
    0.8: 'Decisions emerge from long model-driven loops or agent conversations that are hard to audit.',
  },
};
