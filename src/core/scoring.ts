import { FACTORS, type FactorValues } from './factors.ts';
import { divideRoundHalfUp, formatFixed, formatScaled, toScaled } from './decimal.ts';

/**
 * The directory's scoring rules (shared/spec/scoring.md): the agentic risk sum (AARS) and its
 * tier, the AIVSS v0.8 figure for a reference vulnerability, and the directory vector.
 * Pure and exact: values are held as scaled integers and rounded once, half-up, at the end.
 */

export const AIVSS_FORMULA = 'AIVSS v0.8 formula';
export const AARS_FORMULA = 'AIVSS v0.5 agentic risk sum';
/** What an AIVSS figure is, in full, wherever one is shown beside an advisory. */
export const AIVSS_LABEL = 'AIVSS v0.8 formula over the v0.5 factors (continuous adaptation)';

export const SEVERITIES = ['None', 'Low', 'Medium', 'High', 'Critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** CVSS qualitative bands, by their lowest score in tenths; the directory applies them to AARS too. */
export const SEVERITY_BANDS = [
  { severity: 'None', fromTenths: 0, range: '0.0' },
  { severity: 'Low', fromTenths: 1, range: '0.1–3.9' },
  { severity: 'Medium', fromTenths: 40, range: '4.0–6.9' },
  { severity: 'High', fromTenths: 70, range: '7.0–8.9' },
  { severity: 'Critical', fromTenths: 90, range: '9.0–10.0' },
] as const satisfies readonly { severity: Severity; fromTenths: number; range: string }[];

export const THREAT_MULTIPLIERS = [
  { id: 'attacked', hundredths: 100, label: 'Attacked: exploitation reported' },
  { id: 'proof-of-concept', hundredths: 97, label: 'Proof of concept published (default)' },
  { id: 'unreported', hundredths: 50, label: 'Unreported: no known exploit' },
] as const;
export const MITIGATION_FACTORS = [
  { id: 'none', hundredths: 100, label: 'None: no or weak controls (default)' },
  { id: 'partial', hundredths: 83, label: 'Partial controls' },
  { id: 'strong', hundredths: 67, label: 'Strong controls' },
] as const;

export type ThreatMaturity = (typeof THREAT_MULTIPLIERS)[number]['id'];
export type Mitigation = (typeof MITIGATION_FACTORS)[number]['id'];
export const THREAT_IDS = THREAT_MULTIPLIERS.map((t) => t.id) as [ThreatMaturity, ...ThreatMaturity[]];
export const MITIGATION_IDS = MITIGATION_FACTORS.map((m) => m.id) as [Mitigation, ...Mitigation[]];
export const DEFAULT_THREAT: ThreatMaturity = 'proof-of-concept';
export const DEFAULT_MITIGATION: Mitigation = 'none';

/** Severity of a score already rounded to one decimal, given in tenths (0–100). */
export function severityOf(tenths: number): Severity {
  if (!Number.isInteger(tenths) || tenths < 0 || tenths > 100) {
    throw new RangeError(`a score in tenths must be an integer from 0 to 100, got ${tenths}`);
  }
  let severity: Severity = 'None';
  for (const band of SEVERITY_BANDS) if (tenths >= band.fromTenths) severity = band.severity;
  return severity;
}

function factorHundredths(value: number, what: string): number {
  const hundredths = toScaled(value, 2);
  if (hundredths === null || hundredths < 0 || hundredths > 100) {
    throw new RangeError(`${what} must be from 0 to 1 with at most two decimals, got ${value}`);
  }
  return hundredths;
}

export interface AgenticRisk {
  /** Exact sum of the ten factors, in hundredths (0–1000); this is what feeds AIVSS. */
  sumHundredths: number;
  /** Exact sum as shortest decimal text, e.g. "7.5" or "7.45". */
  exact: string;
  /** Rounded half-up to one decimal, in tenths. */
  tenths: number;
  /** Rounded, as shown: "7.5". */
  display: string;
  tier: Severity;
}

/** AARS: the sum of the ten factor values (0–10), with its tier. */
export function agenticRisk(factors: FactorValues): AgenticRisk {
  let sumHundredths = 0;
  for (const factor of FACTORS) {
    sumHundredths += factorHundredths(factors[factor.id], `factor ${factor.id}`);
  }
  const tenths = divideRoundHalfUp(sumHundredths, 10);
  return {
    sumHundredths,
    exact: formatScaled(sumHundredths, 2),
    tenths,
    display: formatFixed(tenths, 1, 1),
    tier: severityOf(tenths),
  };
}

export interface AivssInput {
  /** CVSS v4.0 base score in tenths (0–100). */
  cvssBaseTenths: number;
  /** Exact agentic risk sum in hundredths (0–1000). */
  aarsHundredths: number;
  threat?: ThreatMaturity;
  mitigation?: Mitigation;
}

export interface AivssResult {
  cvssBase: string;
  agenticRisk: string;
  threat: ThreatMaturity;
  threatMultiplier: string;
  mitigation: Mitigation;
  mitigationFactor: string;
  /** (10 − C) × (S / 10) × ThM, exact. */
  uplift: string;
  /** (C + uplift) × MF, exact, before rounding. */
  raw: string;
  tenths: number;
  score: string;
  severity: Severity;
  formula: typeof AIVSS_FORMULA;
}

/**
 * AIVSS v0.8: round_half_up((C + (10 − C) × (S / 10) × ThM) × MF, 1).
 * In scaled integers with C in tenths, S and the multipliers in hundredths:
 *   uplift × 10^6 = (100 − C) × S × ThM
 *   raw × 10^8    = (C × 10^5 + (100 − C) × S × ThM) × MF
 * The largest raw numerator is 2 × 10^9, well inside Number's exact integer range.
 */
export function aivss(input: AivssInput): AivssResult {
  const { cvssBaseTenths: c, aarsHundredths: s } = input;
  if (!Number.isInteger(c) || c < 0 || c > 100) throw new RangeError(`CVSS base must be 0.0–10.0, got ${c / 10}`);
  if (!Number.isInteger(s) || s < 0 || s > 1000) throw new RangeError(`agentic risk must be 0–10, got ${s / 100}`);
  const threat = input.threat ?? DEFAULT_THREAT;
  const mitigation = input.mitigation ?? DEFAULT_MITIGATION;
  const thm = THREAT_MULTIPLIERS.find((t) => t.id === threat)?.hundredths;
  const mf = MITIGATION_FACTORS.find((m) => m.id === mitigation)?.hundredths;
  if (thm === undefined) throw new RangeError(`unknown exploit maturity "${threat}"`);
  if (mf === undefined) throw new RangeError(`unknown mitigation level "${mitigation}"`);

  const uplift = (100 - c) * s * thm;
  const raw = (c * 100_000 + uplift) * mf;
  const tenths = divideRoundHalfUp(raw, 10_000_000);
  return {
    cvssBase: formatFixed(c, 1, 1),
    agenticRisk: formatScaled(s, 2),
    threat,
    threatMultiplier: formatFixed(thm, 2, 2),
    mitigation,
    mitigationFactor: formatFixed(mf, 2, 2),
    uplift: formatScaled(uplift, 6),
    raw: formatScaled(raw, 8),
    tenths,
    score: formatFixed(tenths, 1, 1),
    severity: severityOf(tenths),
    formula: AIVSS_FORMULA,
  };
}

/** The directory's own vector: "AA:0.8/GDP:0.9/…/OR:0.7", codes in table order. */
export function directoryVector(factors: FactorValues): string {
  return FACTORS.map((f) => `${f.code}:${formatScaled(factorHundredths(factors[f.id], `factor ${f.id}`), 2)}`).join('/');
}

export type VectorParse = { ok: true; factors: FactorValues } | { ok: false; error: string };

/** Reads a directory vector back; every code once, in any order. */
export function parseDirectoryVector(vector: string): VectorParse {
  const values: Partial<FactorValues> = {};
  for (const part of vector.trim().split('/')) {
    const match = /^([A-Z]+):(\d+(?:\.\d+)?)$/.exec(part);
    if (!match) return { ok: false, error: `"${part}" is not CODE:VALUE such as "AA:0.8"` };
    const factor = FACTORS.find((f) => f.code === match[1]);
    if (!factor) return { ok: false, error: `${match[1]} is not a factor code; expected one of ${FACTORS.map((f) => f.code).join(', ')}` };
    if (values[factor.id] !== undefined) return { ok: false, error: `${factor.code} appears twice` };
    const hundredths = toScaled(Number(match[2]), 2);
    if (hundredths === null || hundredths > 100) {
      return { ok: false, error: `${factor.code}:${match[2]} must be from 0 to 1 with at most two decimals` };
    }
    values[factor.id] = hundredths / 100;
  }
  const missing = FACTORS.filter((f) => values[f.id] === undefined).map((f) => f.code);
  if (missing.length > 0) return { ok: false, error: `missing ${missing.join(', ')}` };
  return { ok: true, factors: values as FactorValues };
}
