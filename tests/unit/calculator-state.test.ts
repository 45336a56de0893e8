import { test } from 'vitest';
import assert from 'node:assert/strict';
import { FACTOR_IDS, type FactorValues } from '../../src/core/factors.ts';
import { MITIGATION_IDS, THREAT_IDS } from '../../src/core/scoring.ts';
import { calculatorQuery, defaultState, readCalculatorState, readFactors, stateForAgent, type CalculatorState } from '../../src/core/calculator-state.ts';

const factors = (...values: number[]): FactorValues => Object.fromEntries(FACTOR_IDS.map((id, i) => [id, values[i]])) as FactorValues;

const AUTOGEN = factors(0.8, 0.9, 0.7, 0.9, 0.5, 0.8, 0.4, 1.0, 0.8, 0.7);
const CRITICAL = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

function* lcg(seed: number) {
  let state = seed >>> 0;
  for (;;) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    yield state / 2 ** 32;
  }
}

test('a state becomes a readable link that reads back to the same state', () => {
  const state: CalculatorState = { factors: AUTOGEN, cvss: CRITICAL, threat: 'attacked', mitigation: 'partial', agent: 'autogen' };
  const query = calculatorQuery(state);
  assert.equal(
    query,
    `?factors=AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7&cvss=${CRITICAL}&threat=attacked&mitigation=partial&agent=autogen`,
  );
  assert.deepEqual(readCalculatorState(query), { state, problems: [] });
});

test('defaults are left out of the link and come back when it is read', () => {
  const state = { ...defaultState(), factors: AUTOGEN };
  assert.equal(calculatorQuery(state), '?factors=AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7');
  assert.deepEqual(readCalculatorState(calculatorQuery(state)), { state, problems: [] });
  assert.deepEqual(readCalculatorState(''), { state: defaultState(), problems: [] });
});

test('every state round-trips through its link', () => {
  const random = lcg(7);
  const next = () => random.next().value as number;
  for (let i = 0; i < 2000; i++) {
    const state: CalculatorState = {
      factors: factors(...FACTOR_IDS.map(() => Math.floor(next() * 101) / 100)),
      cvss: next() < 0.5 ? '' : CRITICAL,
      threat: THREAT_IDS[Math.floor(next() * THREAT_IDS.length)],
      mitigation: MITIGATION_IDS[Math.floor(next() * MITIGATION_IDS.length)],
      agent: next() < 0.5 ? null : 'some-agent',
    };
    assert.deepEqual(readCalculatorState(calculatorQuery(state)), { state, problems: [] });
  }
});

test('a link encoded by URLSearchParams reads the same as the readable form', () => {
  const params = new URLSearchParams({ factors: 'AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:0.7', cvss: CRITICAL });
  assert.match(params.toString(), /%2F/);
  assert.deepEqual(readCalculatorState(params.toString()).state, { ...defaultState(), factors: AUTOGEN, cvss: CRITICAL });
});

test('an agent state reproduces its factors and reference', () => {
  assert.deepEqual(stateForAgent('autogen', AUTOGEN), { factors: AUTOGEN, cvss: '', threat: 'proof-of-concept', mitigation: 'none', agent: 'autogen' });
  assert.deepEqual(stateForAgent('x', AUTOGEN, { cvss: CRITICAL, threat: 'unreported' }), {
    factors: AUTOGEN,
    cvss: CRITICAL,
    threat: 'unreported',
    mitigation: 'none',
    agent: 'x',
  });
});

test('a damaged factor vector keeps every value it can read and names the rest', () => {
  const { factors: read, problems } = readFactors('AA:0.8/GDP:high/SM:0.7/XX:0.5/TU:1.5/TU:0.2/MU:0.333');
  assert.equal(read['autonomy-of-action'], 0.8);
  assert.equal(read['self-modification'], 0.7);
  assert.equal(read['goal-driven-planning'], 0);
  assert.equal(read['dynamic-tool-use'], 0);
  assert.equal(read['persistent-memory'], 0);
  assert.deepEqual(problems, [
    'Factors: GDP:high is not a value from 0 to 1 with at most two decimals; Goal-Driven Planning starts at 0.',
    'Factors: "XX:0.5" is not CODE:VALUE with a factor code (AA, GDP, SM, TU, MU, CA, DI, MAI, ND, OR); it was ignored.',
    'Factors: TU:1.5 is not a value from 0 to 1 with at most two decimals; Dynamic Tool Use starts at 0.',
    'Factors: TU appears more than once; the first value was kept.',
    'Factors: MU:0.333 is not a value from 0 to 1 with at most two decimals; Persistent Memory starts at 0.',
    'Factors: no value for CA, DI, MAI, ND, OR; they start at 0.',
  ]);
});

test('a malformed link explains each unreadable part and keeps the rest', () => {
  const { state, problems } = readCalculatorState(
    '?factors=AA:0.8/GDP:0.9/SM:0.7/TU:0.9/MU:0.5/CA:0.8/DI:0.4/MAI:1/ND:0.8/OR:2&cvss=CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N&threat=rumoured&mitigation=strong&colour=red',
  );
  assert.deepEqual(state, {
    factors: { ...AUTOGEN, 'opacity-reflexivity': 0 },
    cvss: 'CVSS:4.0/AV:X/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
    threat: 'proof-of-concept',
    mitigation: 'strong',
    agent: null,
  });
  assert.deepEqual(problems, [
    'Factors: OR:2 is not a value from 0 to 1 with at most two decimals; Opacity & Reflexivity starts at 0.',
    'CVSS vector: AV:X is not a valid Attack Vector; expected one of N, A, L, P. No AIVSS figure until it is corrected.',
    'Exploit maturity "rumoured" is not one of attacked, proof-of-concept, unreported; proof-of-concept is used.',
    '"colour" is not something the calculator reads; it was ignored.',
  ]);
});

test('a bad CVSS vector is named by the metric at fault and kept for correction', () => {
  const cases: [string, RegExp][] = [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /CVSS v3\.1 vectors are not accepted/],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N', /missing base metric SA/],
    [`${CRITICAL}/E:A`, /E is a threat metric/],
    ['CVSS:4.0/AV:N/AC:Q/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', /AC:Q is not a valid Attack Complexity/],
  ];
  for (const [vector, message] of cases) {
    const { state, problems } = readCalculatorState(`?cvss=${encodeURIComponent(vector)}`);
    assert.equal(state.cvss, vector);
    assert.equal(problems.length, 1);
    assert.match(problems[0], message);
    assert.deepEqual(readCalculatorState(calculatorQuery(state)).state, state);
  }
});

test('a key given twice uses the first value and says so', () => {
  const { state, problems } = readCalculatorState('?mitigation=partial&mitigation=strong');
  assert.equal(state.mitigation, 'partial');
  assert.deepEqual(problems, ['"mitigation" appears 2 times in the link; the first was used.']);
});
