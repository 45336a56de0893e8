import { advisoryCvss } from './cvss-score.ts';
import type { CvssVersion } from './cvss.ts';
import { agenticRisk, aivss, severityOf, type AivssResult, type Severity, type ThreatMaturity } from './scoring.ts';
import type { FactorValues } from './factors.ts';

/**
 * A published advisory's figures: its CVSS base score in the version it was published in, and,
 * where that version is 4.0, its AIVSS with the agent's factors, its exploit maturity and no
 * mitigation (the directory cannot know a deployment's controls). AIVSS v0.8 is defined over a
 * CVSS v4.0 base; a v3 vector is never converted, so it gets a reason instead of a figure.
 */
export type AdvisoryScore = AdvisoryCvssScore | NoVector;

/** An advisory whose official records publish no CVSS vector: no figure at all. */
export interface NoVector {
  cvssVersion: null;
  cvssVector: null;
  cvssBaseTenths: null;
  cvssSeverity: null;
  aivss: null;
  aivssReason: string;
}

export interface AdvisoryCvssScore {
  cvssVersion: CvssVersion;
  /** The base vector in its specification's metric order. */
  cvssVector: string;
  cvssBaseTenths: number;
  cvssSeverity: Severity;
  aivss: AivssResult | null;
  aivssReason: string | null;
}

export const noAivssReason = (version: CvssVersion) =>
  `Published with a CVSS v${version} vector only. AIVSS v0.8 is defined over a CVSS v4.0 base, and the directory never converts a v3 vector into a v4 one.`;

export const NO_VECTOR_REASON = 'No CVSS vector is published in the official records, so there is neither a CVSS score nor an AIVSS.';

export function scoreAdvisory(vector: string | undefined, threat: ThreatMaturity, factors: FactorValues): AdvisoryScore {
  if (vector === undefined) {
    return { cvssVersion: null, cvssVector: null, cvssBaseTenths: null, cvssSeverity: null, aivss: null, aivssReason: NO_VECTOR_REASON };
  }
  const cvss = advisoryCvss(vector);
  const figure =
    cvss.version === '4.0' ? aivss({ cvssBaseTenths: cvss.baseTenths, aarsHundredths: agenticRisk(factors).sumHundredths, threat, mitigation: 'none' }) : null;
  return {
    cvssVersion: cvss.version,
    cvssVector: cvss.vector,
    cvssBaseTenths: cvss.baseTenths,
    cvssSeverity: severityOf(cvss.baseTenths),
    aivss: figure,
    aivssReason: figure ? null : noAivssReason(cvss.version),
  };
}

/** The advisory with the highest AIVSS (ties: the newer, then the id), or null when none has one. */
export function worstByAivss<A extends { id: string; published: string; score: AdvisoryScore }>(advisories: readonly A[]): A | null {
  let worst: A | null = null;
  for (const a of advisories) {
    if (!a.score.aivss) continue;
    if (
      !worst ||
      a.score.aivss.tenths > worst.score.aivss!.tenths ||
      (a.score.aivss.tenths === worst.score.aivss!.tenths && (a.published > worst.published || (a.published === worst.published && a.id < worst.id)))
    )
      worst = a;
  }
  return worst;
}
