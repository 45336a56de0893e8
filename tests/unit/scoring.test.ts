import { test } from 'vitest';
import assert from 'node:assert/strict';
import { FACTOR_IDS, type FactorValues } from '../../src/core/factors.ts';
import {
  agenticRisk,
  aivss,
  directoryVector,
  parseDirectoryVector,
  severityOf,
  MITIGATION_FACTORS,
  THREAT_MULTIPLIERS,
  type Mitigation,
  type ThreatMaturity,
} from '../../src/core/scoring.ts';
import { aivssForVector, cvssBaseTenths } from '../../src/core/cvss-score.ts';
import { divideRoundHalfUp, formatFixed, formatScaled } from '../../src/core/decimal.ts';

const factors = (...values: number[]): FactorValues => Object.fromEntries(FACTOR_IDS.map((id, i) => [id, values[i]])) as FactorValues;

const AUTOGEN = factors(0.8, 0.9, 0.7, 0.9, 0.5, 0.8, 0.4, 1.0, 0.8, 0.7);
const SMOLAGENTS = factors(0.6, 0.5, 0.2, 0.7, 0.2, 0.4, 0.1, 0.3, 0.6, 0.4);

/** A deterministic pseudo-random sequence, so property tests are repeatable. */
function* lcg(seed: number) {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

test('agentic risk matches every worked example of the spec', () => {
  assert.deepEqual(
    [AUTOGEN, SMOLAGENTS].map((f) => [agenticRisk(f).display, agenticRisk(f).tier]),
    [
      ['7.5', 'High'],
      ['4.0', 'Medium'],
    ],
  );
  const alternating = agenticRisk(factors(0.1, 0.2, 0.1, 0.2, 0.1, 0.2, 0.1, 0.2, 0.1, 0.2));
  assert.equal(alternating.exact, '1.5'); // floating point gives 1.5000000000000002
  assert.equal(alternating.sumHundredths, 150);
  assert.deepEqual([agenticRisk(factors(...Array(10).fill(0))).display, agenticRisk(factors(...Array(10).fill(0))).tier], ['0.0', 'None']);
  assert.deepEqual([agenticRisk(factors(...Array(10).fill(1))).display, agenticRisk(factors(...Array(10).fill(1))).tier], ['10.0', 'Critical']);
  assert.equal(agenticRisk(AUTOGEN).sumHundredths, 750); // not 7.500000000000001
});

test('agentic risk rounds half-up from the exact sum', () => {
  assert.equal(agenticRisk(factors(0.85, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)).display, '5.4'); // 5.35
  assert.equal(agenticRisk(factors(0.05, 0, 0, 0, 0, 0, 0, 0, 0, 0)).display, '0.1');
  assert.equal(agenticRisk(factors(0.05, 0, 0, 0, 0, 0, 0, 0, 0, 0)).tier, 'Low');
  assert.equal(agenticRisk(factors(0.04, 0, 0, 0, 0, 0, 0, 0, 0, 0)).tier, 'None');
  assert.equal(agenticRisk(factors(0.95, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9)).display, '9.1'); // 9.05
});

test('agentic risk refuses values outside 0–1 or with three decimals', () => {
  assert.throws(() => agenticRisk(factors(1.1, 0, 0, 0, 0, 0, 0, 0, 0, 0)), /from 0 to 1/);
  assert.throws(() => agenticRisk(factors(-0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0)), /from 0 to 1/);
  assert.throws(() => agenticRisk(factors(0.125, 0, 0, 0, 0, 0, 0, 0, 0, 0)), /two decimals/);
});

test('tiers and severities change exactly at the CVSS band edges', () => {
  const cases: [number, string][] = [
    [0, 'None'],
    [1, 'Low'],
    [39, 'Low'],
    [40, 'Medium'],
    [69, 'Medium'],
    [70, 'High'],
    [89, 'High'],
    [90, 'Critical'],
    [100, 'Critical'],
  ];
  for (const [tenths, severity] of cases) assert.equal(severityOf(tenths), severity, `${tenths / 10}`);
  assert.throws(() => severityOf(101));
  assert.throws(() => severityOf(-1));
  assert.throws(() => severityOf(4.5));
});

test('AIVSS matches every row of the spec table', () => {
  const rows: [number, number, ThreatMaturity, Mitigation, string, string, string, string][] = [
    [0, 0, 'proof-of-concept', 'none', '0', '0', '0.0', 'None'],
    [0, 1000, 'proof-of-concept', 'none', '9.7', '9.7', '9.7', 'Critical'],
    [100, 750, 'proof-of-concept', 'none', '0', '10', '10.0', 'Critical'],
    [0, 750, 'proof-of-concept', 'none', '7.275', '7.275', '7.3', 'High'],
    [75, 750, 'proof-of-concept', 'none', '1.81875', '9.31875', '9.3', 'Critical'],
    [0, 500, 'proof-of-concept', 'none', '4.85', '4.85', '4.9', 'Medium'],
    [0, 400, 'attacked', 'strong', '4', '2.68', '2.7', 'Low'],
    [94, 900, 'proof-of-concept', 'none', '0.5238', '9.9238', '9.9', 'Critical'],
  ];
  for (const [c, s, threat, mitigation, uplift, raw, score, severity] of rows) {
    const result = aivss({ cvssBaseTenths: c, aarsHundredths: s, threat, mitigation });
    assert.deepEqual([result.uplift, result.raw, result.score, result.severity], [uplift, raw, score, severity], `C=${c / 10} S=${s / 100}`);
    assert.equal(result.formula, 'AIVSS v0.8 formula');
  }
});

test('AIVSS defaults to proof-of-concept and no mitigation, and mitigation can go below the CVSS base', () => {
  const result = aivss({ cvssBaseTenths: 0, aarsHundredths: 500 });
  assert.deepEqual([result.threat, result.threatMultiplier, result.mitigation, result.mitigationFactor], ['proof-of-concept', '0.97', 'none', '1.00']);
  assert.equal(aivss({ cvssBaseTenths: 90, aarsHundredths: 0, mitigation: 'strong' }).score, '6.0');
});

test('CVSS v4.0 base scores match FIRST for the spec examples', () => {
  assert.equal(cvssBaseTenths('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), 93);
  assert.equal(cvssBaseTenths('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H'), 100);
  assert.equal(cvssBaseTenths('CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'), 85);
  assert.equal(cvssBaseTenths('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N'), 53);
  const result = aivssForVector('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', AUTOGEN);
  assert.equal(result.cvssBase, '9.3');
  assert.equal(result.score, '9.8'); // 9.3 + 0.7 × 0.75 × 0.97 = 9.809250
});

/** An independent reference: the formula as exact fractions, with BigInt. */
function referenceTenths(c: number, s: number, thm: number, mf: number): bigint {
  // C = c/10, S = s/100, ThM = thm/100, MF = mf/100; common denominator 10·100·10·100·100 = 10^9.
  const C = BigInt(c) * 10n ** 8n; // over 10^9
  const uplift = (100n - BigInt(c)) * BigInt(s) * BigInt(thm) * 10n ** 3n; // (10 − C)·(S/10)·ThM = (100 − c)·s·thm / 10^6
  const raw = (C + uplift) * BigInt(mf); // over 10^11
  const tenthsDenominator = 10n ** 10n;
  return (2n * raw + tenthsDenominator) / (2n * tenthsDenominator);
}

/**
 * Risk sums to try: every 7th hundredth (a stride prime to 10 and 100, so every last digit and
 * every tenth's position is met), plus both ends and each whole and half point with its
 * neighbours, where rounding and tier edges lie. A fifth of the 1,001 values, every edge kept.
 */
const SAMPLED_SUMS = [
  ...new Set([
    ...Array.from({ length: 143 }, (_, i) => i * 7),
    ...Array.from({ length: 21 }, (_, i) => i * 50).flatMap((edge) => [edge - 1, edge, edge + 1]),
    ...Array.from({ length: 11 }, (_, i) => i),
    ...Array.from({ length: 11 }, (_, i) => 990 + i),
  ]),
].filter((s) => s >= 0 && s <= 1000);

test('AIVSS equals an exact fraction reference for every CVSS base and multiplier, over sampled risk sums', () => {
  for (let c = 0; c <= 100; c++) {
    for (const s of SAMPLED_SUMS) {
      for (const t of THREAT_MULTIPLIERS) {
        for (const m of MITIGATION_FACTORS) {
          const got = aivss({ cvssBaseTenths: c, aarsHundredths: s, threat: t.id, mitigation: m.id }).tenths;
          const want = referenceTenths(c, s, t.hundredths, m.hundredths);
          if (BigInt(got) !== want) assert.fail(`C=${c / 10} S=${s / 100} ${t.id} ${m.id}: ${got} ≠ ${want}`);
        }
      }
    }
  }
});

test('raising a factor never lowers the agentic risk or the AIVSS score', () => {
  const random = lcg(42);
  const next = () => random.next().value as number;
  for (let i = 0; i < 5000; i++) {
    const values = FACTOR_IDS.map(() => Math.floor(next() * 101) / 100);
    const which = Math.floor(next() * 10);
    const raised = [...values];
    raised[which] = Math.min(100, Math.round(values[which] * 100) + 1 + Math.floor(next() * 20)) / 100;
    const c = Math.floor(next() * 101);
    const threat = THREAT_MULTIPLIERS[Math.floor(next() * 3)].id;
    const mitigation = MITIGATION_FACTORS[Math.floor(next() * 3)].id;
    const before = agenticRisk(factors(...values));
    const after = agenticRisk(factors(...raised));
    assert.ok(after.sumHundredths >= before.sumHundredths);
    assert.ok(after.tenths >= before.tenths);
    const a = aivss({ cvssBaseTenths: c, aarsHundredths: before.sumHundredths, threat, mitigation });
    const b = aivss({ cvssBaseTenths: c, aarsHundredths: after.sumHundredths, threat, mitigation });
    assert.ok(b.tenths >= a.tenths, `raising ${FACTOR_IDS[which]} lowered AIVSS ${a.score} → ${b.score}`);
    const higherC = aivss({ cvssBaseTenths: Math.min(100, c + 1), aarsHundredths: before.sumHundredths, threat, mitigation });
    assert.ok(higherC.tenths >= a.tenths, 'raising the CVSS base lowered AIVSS');
  }
});

test('the directory vector prints shortest decimals in table order and reads back', () => {
  assert.equal(directoryVector(AUTOGEN), 'AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7');
  assert.equal(
    directoryVector(factors(0, 0.05, 0.1, 0.15, 1, 0.99, 0.5, 0.55, 0.01, 0.6)),
    'AA:0/GDP:0.05/SM:0.1/TU:0.15/MU:1/CA:0.99/DI:0.5/MAI:0.55/ND:0.01/OR:0.6',
  );
  assert.deepEqual(parseDirectoryVector(directoryVector(SMOLAGENTS)), { ok: true, factors: SMOLAGENTS });
  assert.match((parseDirectoryVector('AA:0.8') as { error: string }).error, /missing GDP/);
  assert.match((parseDirectoryVector('AA:0.8/AA:0.8') as { error: string }).error, /twice/);
  assert.match((parseDirectoryVector('XX:0.8') as { error: string }).error, /not a factor code/);
  assert.match((parseDirectoryVector(directoryVector(AUTOGEN).replace('AA:0.8', 'AA:1.5')) as { error: string }).error, /from 0 to 1/);
});

test('exact decimal helpers round half-up and format without float noise', () => {
  assert.equal(divideRoundHalfUp(485, 100), 5);
  assert.equal(divideRoundHalfUp(484, 100), 5);
  assert.equal(divideRoundHalfUp(449, 100), 4);
  assert.equal(divideRoundHalfUp(450, 100), 5);
  assert.equal(divideRoundHalfUp(0, 7), 0);
  // Halves go up, everything below a half goes down, at every scale.
  assert.deepEqual(
    [9, 10, 29, 30, 31, 49, 50].map((n) => divideRoundHalfUp(n, 20)),
    [0, 1, 1, 2, 2, 2, 3],
  );
  assert.equal(formatScaled(7275000, 6), '7.275');
  assert.equal(formatScaled(5, 2), '0.05');
  assert.equal(formatFixed(100, 1, 1), '10.0');
  assert.equal(formatFixed(0, 1, 1), '0.0');
  assert.equal(formatFixed(97, 2, 2), '0.97');
});
