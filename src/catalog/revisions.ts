import type { Agent } from './assess.ts';
import type { Factor } from '../core/factors.ts';
import type { Layer } from '../core/maestro.ts';

/** What moved between two revisions of an assessment: figures, scores and layer certainty. */
export interface AssessmentDiff {
  factors: { factor: Factor; from: string; to: string; delta: string }[];
  risk: { from: string; to: string; fromTier: string; toTier: string } | null;
  aivss: { from: string; to: string } | null;
  layers: { layer: Layer; from: boolean; to: boolean }[];
  textChanged: boolean;
}

function signed(hundredths: number): string {
  const sign = hundredths > 0 ? '+' : hundredths < 0 ? '−' : '±';
  return `${sign}${(Math.abs(hundredths) / 100).toFixed(2)}`;
}

export function diffAssessments(older: Agent, newer: Agent): AssessmentDiff {
  const factors = older.factors.flatMap((before, i) => {
    const after = newer.factors[i];
    const delta = Math.round(after.value * 100) - Math.round(before.value * 100);
    return delta === 0 ? [] : [{ factor: before.factor, from: before.display, to: after.display, delta: signed(delta) }];
  });
  const risk =
    older.risk.sumHundredths === newer.risk.sumHundredths
      ? null
      : { from: older.risk.display, to: newer.risk.display, fromTier: older.risk.tier, toTier: newer.risk.tier };
  const aivssFrom = older.aivss?.score ?? 'none';
  const aivssTo = newer.aivss?.score ?? 'none';
  const layers = older.layers.flatMap((before, i) =>
    before.certain === newer.layers[i].certain ? [] : [{ layer: before.layer, from: before.certain, to: newer.layers[i].certain }],
  );
  const text = (a: Agent) => JSON.stringify([a.entry.summary, a.entry.rationale, a.layers.map((l) => l.analysis), a.body]);
  return { factors, risk, aivss: aivssFrom === aivssTo ? null : { from: aivssFrom, to: aivssTo }, layers, textChanged: text(older) !== text(newer) };
}
