import { FACTORS, type FactorValues } from './factors.ts';
import { parseCvssV4Base } from './cvss.ts';
import { toScaled } from './decimal.ts';
import {
  DEFAULT_MITIGATION,
  DEFAULT_THREAT,
  MITIGATION_IDS,
  THREAT_IDS,
  directoryVector,
  parseDirectoryVector,
  type Mitigation,
  type ThreatMaturity,
} from './scoring.ts';

/**
 * The calculator's whole state as a query string, so a rescored result is a link a reviewer can
 * paste: `?factors=AA:0.8/…/OR:0.7&cvss=CVSS:4.0/…&threat=attacked&mitigation=partial&agent=autogen`.
 * Reading never gives up on a link: each part that cannot be read becomes a sentence in
 * `problems` and a default, and everything else is kept.
 */

export interface CalculatorState {
  factors: FactorValues;
  /** The CVSS v4.0 vector as written, "" for none. Kept even when invalid, so it can be corrected. */
  cvss: string;
  threat: ThreatMaturity;
  mitigation: Mitigation;
  /** Id of the agent whose assessment the state started from, if any; the page checks it exists. */
  agent: string | null;
}

export interface StateRead {
  state: CalculatorState;
  problems: string[];
}

export const STATE_KEYS = ['factors', 'cvss', 'threat', 'mitigation', 'agent'] as const;

/** Every factor at 0: nothing is assumed about an agent that the link does not describe. */
export function zeroFactors(): FactorValues {
  return Object.fromEntries(FACTORS.map((f) => [f.id, 0])) as FactorValues;
}

export function defaultState(): CalculatorState {
  return { factors: zeroFactors(), cvss: '', threat: DEFAULT_THREAT, mitigation: DEFAULT_MITIGATION, agent: null };
}

/** The state that reproduces an agent's published figures. */
export function stateForAgent(
  id: string,
  factors: FactorValues,
  reference?: { cvss: string; threat?: ThreatMaturity; mitigation?: Mitigation } | null,
): CalculatorState {
  return {
    factors: { ...factors },
    cvss: reference?.cvss ?? '',
    threat: reference?.threat ?? DEFAULT_THREAT,
    mitigation: reference?.mitigation ?? DEFAULT_MITIGATION,
    agent: id,
  };
}

/**
 * Reads a directory vector part by part. A whole valid vector goes through the scoring module's
 * own parser; only a damaged one is read piece by piece, so one bad value costs one factor.
 */
export function readFactors(text: string): { factors: FactorValues; problems: string[] } {
  const strict = parseDirectoryVector(text);
  if (strict.ok) return { factors: strict.factors, problems: [] };
  const factors = zeroFactors();
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const part of text
    .trim()
    .split('/')
    .filter((p) => p !== '')) {
    const match = /^([A-Z]+):(.*)$/.exec(part);
    const factor = match && FACTORS.find((f) => f.code === match[1]);
    if (!match || !factor) {
      problems.push(`Factors: "${part}" is not CODE:VALUE with a factor code (${FACTORS.map((f) => f.code).join(', ')}); it was ignored.`);
      continue;
    }
    if (seen.has(factor.code)) {
      problems.push(`Factors: ${factor.code} appears more than once; the first value was kept.`);
      continue;
    }
    seen.add(factor.code);
    const hundredths = /^\d+(\.\d+)?$/.test(match[2]) ? toScaled(Number(match[2]), 2) : null;
    if (hundredths === null || hundredths > 100) {
      problems.push(`Factors: ${factor.code}:${match[2]} is not a value from 0 to 1 with at most two decimals; ${factor.name} starts at 0.`);
      continue;
    }
    factors[factor.id] = hundredths / 100;
  }
  const missing = FACTORS.filter((f) => !seen.has(f.code)).map((f) => f.code);
  if (missing.length > 0) problems.push(`Factors: no value for ${missing.join(', ')}; ${missing.length > 1 ? 'they start' : 'it starts'} at 0.`);
  return { factors, problems };
}

function readChoice<Id extends string>(value: string, ids: readonly Id[], fallback: Id, what: string, problems: string[]): Id {
  if ((ids as readonly string[]).includes(value)) return value as Id;
  problems.push(`${what} "${value}" is not one of ${ids.join(', ')}; ${fallback} is used.`);
  return fallback;
}

/** The state a query string describes, with a sentence for each part that could not be read. */
export function readCalculatorState(query: string | URLSearchParams): StateRead {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state = defaultState();
  const problems: string[] = [];
  const single = (key: (typeof STATE_KEYS)[number]): string | null => {
    const values = params.getAll(key);
    if (values.length > 1) problems.push(`"${key}" appears ${values.length} times in the link; the first was used.`);
    return values.length > 0 ? values[0] : null;
  };

  const factors = single('factors');
  if (factors !== null) {
    const read = readFactors(factors);
    state.factors = read.factors;
    problems.push(...read.problems);
  }
  const cvss = single('cvss')?.trim();
  if (cvss) {
    state.cvss = cvss;
    const parsed = parseCvssV4Base(cvss);
    if (!parsed.ok) problems.push(`CVSS vector: ${parsed.error}. No AIVSS figure until it is corrected.`);
  }
  const threat = single('threat');
  if (threat !== null) state.threat = readChoice(threat, THREAT_IDS, DEFAULT_THREAT, 'Exploit maturity', problems);
  const mitigation = single('mitigation');
  if (mitigation !== null) state.mitigation = readChoice(mitigation, MITIGATION_IDS, DEFAULT_MITIGATION, 'Mitigation', problems);
  const agent = single('agent')?.trim();
  if (agent) state.agent = agent;

  const unknown = [...new Set(params.keys())].filter((k) => !(STATE_KEYS as readonly string[]).includes(k));
  for (const key of unknown) problems.push(`"${key}" is not something the calculator reads; it was ignored.`);
  return { state, problems };
}

/** ":" and "/" are legal in a query and keep the vectors readable in a pasted link. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2F/gi, '/');
}

/**
 * The query string for a state, "?factors=…" (defaults left out, keys in a fixed order), so the
 * same state always gives the same link and reading the link gives the same state back.
 */
export function calculatorQuery(state: CalculatorState): string {
  const pairs: [string, string][] = [['factors', directoryVector(state.factors)]];
  if (state.cvss.trim() !== '') pairs.push(['cvss', state.cvss.trim()]);
  if (state.threat !== DEFAULT_THREAT) pairs.push(['threat', state.threat]);
  if (state.mitigation !== DEFAULT_MITIGATION) pairs.push(['mitigation', state.mitigation]);
  if (state.agent) pairs.push(['agent', state.agent]);
  return `?${pairs.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&')}`;
}
