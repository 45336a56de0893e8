import { describe, test } from 'vitest';
import assert from 'node:assert/strict';
import { parseAdvisoryVector } from '../../src/core/cvss.ts';
import { advisoryCvss } from '../../src/core/cvss-score.ts';
import { NO_VECTOR_REASON, scoreAdvisory, worstByAivss } from '../../src/core/advisories.ts';
import { agenticRisk } from '../../src/core/scoring.ts';
import { standardGaps } from '../../src/core/standard.ts';
import { DEFENCE_CONTROLS } from '../../src/core/defences.ts';
import { FACTOR_IDS, type FactorValues } from '../../src/core/factors.ts';
import { LAYER_IDS } from '../../src/core/maestro.ts';
import { checkContent } from '../../src/core/content-rules.ts';
import { agentSchema, type AgentEntry } from '../../src/core/schema.ts';
import { assessAgent, formerThreats } from '../../src/catalog/assess.ts';
import { checklistCsv, checklistMarkdown } from '../../src/catalog/checklist.ts';
import { agentToJson } from '../../src/catalog/agent-json.ts';
import { ageText } from '../../src/scripts/age.ts';
import { threatlessNote } from '../../src/catalog/coverage.ts';
import { validEntry } from './fixtures.ts';

const factors = (value: number) => Object.fromEntries(FACTOR_IDS.map((id) => [id, value])) as FactorValues;
const V4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N';

describe('advisory vectors', () => {
  test('CVSS 4.0, 3.1 and 3.0 base vectors are read and scored in their own version', () => {
    // Scores as published in the records these vectors come from (CVE-2026-4963, CVE-2025-5120, CVE-2025-14931).
    assert.deepEqual(advisoryCvss(V4), { version: '4.0', vector: V4, baseTenths: 53 });
    assert.equal(advisoryCvss('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:L').baseTenths, 99);
    assert.equal(advisoryCvss('CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:H/A:L').baseTenths, 76);
    assert.equal(advisoryCvss('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H').baseTenths, 100);
  });

  test('a v3 vector keeps its own metric order and is never turned into a v4 one', () => {
    const parsed = parseAdvisoryVector('CVSS:3.1/S:C/AV:N/AC:L/PR:N/UI:N/C:L/I:H/A:L');
    assert.deepEqual(parsed, { ok: true, version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:L' });
  });

  for (const [vector, message] of [
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:L/E:P/RL:X/RC:R', /E is a temporal metric/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:L/MAV:N', /MAV is an environmental metric/],
    [`${V4}/E:P`, /E is a threat metric/],
    [`${V4}/U:Amber`, /"U:Amber" is not a metric|U is a supplemental metric/],
    ['CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P', /not accepted/],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /starting with "CVSS:4.0\/"/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:X/S:U/C:H/I:H/A:H', /UI:X is not a valid User Interaction/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H', /missing base metric A/],
  ] as const) {
    test(`refused: ${vector}`, () => {
      const parsed = parseAdvisoryVector(vector);
      assert.equal(parsed.ok, false);
      assert.match((parsed as { error: string }).error, message);
    });
  }
});

describe('advisory scores', () => {
  test('a v4.0 advisory gets AIVSS v0.8 with the agent factor sum, its exploit maturity and no mitigation', () => {
    const score = scoreAdvisory(V4, 'proof-of-concept', factors(0.5));
    assert.equal(agenticRisk(factors(0.5)).sumHundredths, 500);
    // (5.3 + (10 − 5.3) × 0.5 × 0.97) × 1.00 = 7.5795 → 7.6
    assert.equal(score.aivss?.score, '7.6');
    assert.equal(score.aivss?.mitigation, 'none');
    assert.equal(score.aivssReason, null);
  });

  test('a v3 advisory shows its CVSS score and says why it has no AIVSS', () => {
    const score = scoreAdvisory('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:H/A:L', 'attacked', factors(1));
    assert.equal(score.cvssBaseTenths, 99);
    assert.equal(score.aivss, null);
    assert.match(score.aivssReason!, /CVSS v3\.1 vector only.*never converts/);
  });

  test('an advisory without a published vector has no figure at all', () => {
    assert.deepEqual(scoreAdvisory(undefined, 'unreported', factors(1)), {
      cvssVersion: null,
      cvssVector: null,
      cvssBaseTenths: null,
      cvssSeverity: null,
      aivss: null,
      aivssReason: NO_VECTOR_REASON,
    });
  });

  test('the worst advisory is the highest AIVSS, ties to the newer; none when no advisory has a v4.0 vector', () => {
    const advisory = (id: string, published: string, cvss: string | undefined) => ({
      id,
      published,
      score: scoreAdvisory(cvss, 'proof-of-concept', factors(0.5)),
    });
    const v3 = advisory('GHSA-aaaa-aaaa-aaaa', '2026-01-01', 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H');
    assert.equal(worstByAivss([v3, advisory('CVE-2026-0001', '2026-01-01', undefined)]), null);
    const older = advisory('GHSA-bbbb-bbbb-bbbb', '2025-01-01', V4);
    const newer = advisory('GHSA-cccc-cccc-cccc', '2026-02-01', V4);
    const higher = advisory('GHSA-dddd-dddd-dddd', '2024-01-01', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');
    assert.equal(worstByAivss([v3, older, newer])?.id, newer.id);
    assert.equal(worstByAivss([older, higher, newer])?.id, higher.id);
  });
});

/** An entry that meets the standard in full. */
function fullEntry(): AgentEntry {
  const data = validEntry() as Record<string, any>;
  data.version = '1.0.0';
  data.sources = ['a', 'b', 'c'].map((s) => ({ title: `Source ${s}`, url: `https://example.org/${s}`, accessed: '2026-12-01' }));
  data.rationale = Object.fromEntries(FACTOR_IDS.map((id) => [id, 'The 0.5 level fits.']));
  data.layers['agent-frameworks'] = {
    certain: true,
    analysis: 'Runs model code.',
    threats: [{ id: 'framework-evasion', asi: ['ASI05'], how: 'Code escapes.', check: 'A sandbox is used.' }],
  };
  data.defences = DEFENCE_CONTROLS.map((c) => ({ control: c.id, status: 'absent', evidence: 'Looked for; not found.', source: 'https://example.org/a' }));
  data.advisories = [
    {
      id: 'GHSA-6v92-r5mx-h5fx',
      title: 'Escape',
      url: 'https://github.com/advisories/GHSA-6v92-r5mx-h5fx',
      published: '2025-07-27',
      affected: '< 1.17.0',
      cvss: V4,
      cvssBy: 'GitHub',
      threat: 'proof-of-concept',
      asi: ['ASI05'],
      layer: 'agent-frameworks',
    },
  ];
  data.advisoriesChecked = { date: '2026-12-01', how: 'CVE records and GitHub advisories searched.' };
  const parsed = agentSchema.safeParse(data);
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  return parsed.data;
}

describe('the assessment standard', () => {
  test('a complete entry has no gaps; each missing part is named', () => {
    assert.deepEqual(standardGaps(fullEntry()), []);
    const partial = fullEntry();
    delete partial.version;
    partial.sources = partial.sources!.slice(0, 2).map(({ title, url }) => ({ title, url }));
    partial.layers['agent-frameworks'].threats = [];
    partial.defences = partial.defences!.slice(1);
    delete partial.advisoriesChecked;
    assert.deepEqual(standardGaps(partial), [
      'the version assessed',
      'at least 3 sources (it has 2)',
      'the date each source was read',
      'threats mapped to ASI ids on every pinned layer (agent-frameworks have none)',
      `the status of every built-in defence (1 of ${DEFENCE_CONTROLS.length} not reported)`,
      'a record of when and how the official advisory records were searched',
    ]);
  });

  test('a published advisory cannot be dropped by a later revision', () => {
    const current = fullEntry();
    const earlier = { ...fullEntry(), assessed: '2026-11-01' };
    const ref = (data: AgentEntry, file: string) => ({ id: 'alpha', file, data });
    current.changes = 'Re-rated.';
    assert.deepEqual(
      checkContent([ref(current, 'agents/alpha.md')], [{ ...ref(earlier, 'revisions/alpha/2026-11-01.md'), date: '2026-11-01' }], [], 'retired.yaml'),
      [],
    );
    const dropped = { ...current, advisories: [] };
    const problems = checkContent(
      [ref(dropped, 'agents/alpha.md')],
      [{ ...ref(earlier, 'revisions/alpha/2026-11-01.md'), date: '2026-11-01' }],
      [],
      'retired.yaml',
    );
    assert.deepEqual(
      problems.map((p) => `${p.file}: ${p.field}: ${p.message}`),
      [
        'agents/alpha.md: advisories: GHSA-6v92-r5mx-h5fx was published in the 2026-11-01 revision; an advisory stays listed once published (correct it instead of removing it)',
      ],
    );
  });
});

describe('what a reviewer takes away', () => {
  const agent = assessAgent('alpha', fullEntry(), '');

  test('the checklist has one item per threat, with its layer and ASI ids, in Markdown and CSV', () => {
    const markdown = checklistMarkdown(agent, 'https://example.org/agents/alpha/');
    assert.match(
      markdown,
      /## Layer 3: Agent Frameworks\n\n- \[ \] \*\*Framework Evasion\*\* \(ASI05\): A sandbox is used\.\n {2}- How it arises: Code escapes\.\n/,
    );
    assert.equal(
      checklistCsv(agent),
      'agent,assessed,layer,threat,asi,check,how\nalpha,2026-11-20,Agent Frameworks,Framework Evasion,ASI05,A sandbox is used.,Code escapes.\n',
    );
  });

  test('the JSON carries threats, defences, advisories with their figures, and the worst advisory', () => {
    const json = agentToJson(agent, 'https://example.org/agents/alpha/');
    assert.deepEqual(json.layers['agent-frameworks'].threats, [{ id: 'framework-evasion', asi: ['ASI05'], how: 'Code escapes.', check: 'A sandbox is used.' }]);
    assert.equal(json.defences.length, DEFENCE_CONTROLS.length);
    assert.deepEqual(
      { cvssVersion: json.advisories[0].cvssVersion, cvssBase: json.advisories[0].cvssBase, aivss: json.advisories[0].aivss },
      { cvssVersion: '4.0', cvssBase: 5.3, aivss: { score: 7.6, severity: 'High', formula: 'AIVSS v0.8 formula' } },
    );
    assert.deepEqual(json.worstAdvisory, { id: 'GHSA-6v92-r5mx-h5fx', aivss: 7.6 });
    assert.deepEqual(json.standardGaps, []);
    assert.deepEqual(Object.keys(json.layers), LAYER_IDS);
  });
});

test('an assessment’s age reads in days, then months, then years', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  assert.equal(ageText('2026-12-01', now), '(today)');
  assert.equal(ageText('2026-11-30', now), '(1 day ago)');
  assert.equal(ageText('2026-10-01', now), '(2 months ago)');
  assert.equal(ageText('2023-11-20', now), '(3 years ago)');
  assert.equal(ageText('2027-01-01', now), '');
});

test('a threat an earlier revision named keeps its anchor on the agent page, pointing to the last revision that named it', () => {
  const withThreats = (assessed: string, ids: string[]) => {
    const data = fullEntry();
    data.assessed = assessed;
    data.layers['agent-frameworks'].threats = ids.map((id) => ({ id, asi: ['ASI05' as const], how: 'How.', check: 'Check.' }));
    return assessAgent('alpha', data, '');
  };
  const current = withThreats('2026-12-01', ['framework-evasion']);
  const earlier = [withThreats('2026-10-01', ['supply-chain-attacks', 'input-validation-attacks']), withThreats('2026-11-01', ['supply-chain-attacks'])];
  const former = formerThreats(current, earlier).get('agent-frameworks')!;
  assert.deepEqual(
    former.map((f) => [f.id, f.revision.entry.assessed]),
    [
      ['supply-chain-attacks', '2026-11-01'],
      ['input-validation-attacks', '2026-10-01'],
    ],
  );
  assert.equal(formerThreats(current, []).size, 0);
});

test('the ASI pages say how many agents map no threats, and why, so no count reads as complete', () => {
  const mapped = assessAgent('alpha', fullEntry(), '');
  const bare = assessAgent('beta', validEntry() as unknown as AgentEntry, '');
  const ending = (one: boolean) => `so ${one ? 'it is' : 'they are'} not counted`;
  assert.equal(threatlessNote([mapped], ending), '');
  assert.equal(
    threatlessNote([mapped, bare], ending),
    '1 of 2 current agents maps no threats to the OWASP Top 10 for Agentic Applications 2026 yet: its entry predates the assessment standard of December 2026, so it is not counted.',
  );
});
