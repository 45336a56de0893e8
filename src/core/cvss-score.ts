import cvssCalculator from 'ae-cvss-calculator';
import type { FactorValues } from './factors.ts';
import { parseAdvisoryVector, parseCvssV4Base, type CvssVersion } from './cvss.ts';
import { agenticRisk, aivss, type AivssResult, type Mitigation, type ThreatMaturity } from './scoring.ts';

/**
 * CVSS v4.0 base scores from ae-cvss-calculator, a maintained implementation of FIRST's scoring
 * (it matched FIRST's reference calculator on all 104,976 base vectors). It is most of the
 * calculator page's JavaScript, so it lives here alone and the page imports it only when needed.
 */

/** CVSS v4.0 base score in tenths (9.3 → 93). Throws on a vector that does not parse. */
export function cvssBaseTenths(vector: string): number {
  const parsed = parseCvssV4Base(vector);
  if (!parsed.ok) throw new Error(`invalid CVSS vector "${vector}": ${parsed.error}`);
  const score = new cvssCalculator.Cvss4P0(parsed.vector).calculateScores().base;
  if (score === undefined) throw new Error(`no CVSS v4.0 base score for "${parsed.vector}"`);
  return Math.round(score * 10);
}

/** AIVSS for a CVSS v4.0 vector and a set of factors. */
export function aivssForVector(vector: string, factors: FactorValues, threat?: ThreatMaturity, mitigation?: Mitigation): AivssResult {
  return aivss({ cvssBaseTenths: cvssBaseTenths(vector), aarsHundredths: agenticRisk(factors).sumHundredths, threat, mitigation });
}

/** An advisory's published base vector with its CVSS version and base score in tenths. Throws on a vector that does not parse. */
export function advisoryCvss(vector: string): { version: CvssVersion; vector: string; baseTenths: number } {
  const parsed = parseAdvisoryVector(vector);
  if (!parsed.ok) throw new Error(`invalid CVSS vector "${vector}": ${parsed.error}`);
  const calculator =
    parsed.version === '4.0'
      ? new cvssCalculator.Cvss4P0(parsed.vector)
      : parsed.version === '3.1'
        ? new cvssCalculator.Cvss3P1(parsed.vector)
        : new cvssCalculator.Cvss3P0(parsed.vector);
  const base = calculator.calculateScores().base;
  if (base === undefined) throw new Error(`no CVSS v${parsed.version} base score for "${parsed.vector}"`);
  return { version: parsed.version, vector: parsed.vector, baseTenths: Math.round(base * 10) };
}
