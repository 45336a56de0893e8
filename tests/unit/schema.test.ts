import { test } from 'vitest';
import assert from 'node:assert/strict';
import { parseEntryFile, formatProblem, type EntryParse } from '../../src/core/entry-file.ts';
import { entryText, validEntry } from './fixtures.ts';

const FILE = 'content/agents/example-agent.md';

function problemsOf(parsed: EntryParse): string[] {
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

/** Parses a valid entry after `change`, and returns its problems as the validator prints them. */
function problemsAfter(change: (data: Record<string, any>) => void, file = FILE): string[] {
  const data = validEntry();
  change(data);
  return problemsOf(parseEntryFile(file, entryText(data)));
}

function assertOneProblem(problems: string[], expected: RegExp) {
  assert.equal(problems.length, 1, `expected one problem, got:\n${problems.join('\n')}`);
  assert.match(problems[0], expected);
}

test('a valid entry parses, keeps its body and takes its id from the file name', () => {
  const parsed = parseEntryFile(FILE, entryText(validEntry()));
  assert.ok(parsed.ok, problemsOf(parsed).join('\n'));
  assert.equal(parsed.id, 'example-agent');
  assert.equal(parsed.data.assessed, '2026-11-20');
  assert.equal(parsed.body.trim(), 'Some notes.');
});

test('factor values out of range, not numbers, or with three decimals are refused with the expected range', () => {
  assertOneProblem(
    problemsAfter((d) => (d.factors['dynamic-tool-use'] = 1.5)),
    /^content\/agents\/example-agent\.md: factors\.dynamic-tool-use: 1\.5 is out of range; expected a number from 0 to 1$/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.factors['dynamic-tool-use'] = -0.1)),
    /factors\.dynamic-tool-use: -0\.1 is out of range/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.factors['non-determinism'] = 'high')),
    /factors\.non-determinism: expected a number from 0 to 1, got the text "high"/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.factors['non-determinism'] = 0.125)),
    /factors\.non-determinism: 0\.125 has more than two decimals/,
  );
});

test('missing and unknown factor or layer ids are named', () => {
  assertOneProblem(
    problemsAfter((d) => delete d.factors['persistent-memory']),
    /factors\.persistent-memory: required; expected a number from 0 to 1/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.factors['tool-use'] = 0.5)),
    /factors: unknown field "tool-use"; expected only autonomy-of-action, .*opacity-reflexivity/,
  );
  assertOneProblem(
    problemsAfter((d) => delete d.layers['agent-ecosystem']),
    /layers\.agent-ecosystem: required; expected a mapping with certain and analysis/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.layers['layer-8'] = { certain: true, analysis: 'x' })),
    /layers: unknown field "layer-8"; expected only foundation-models/,
  );
  assertOneProblem(
    problemsAfter((d) => delete d.layers['data-operations'].certain),
    /layers\.data-operations\.certain: required; expected true or false/,
  );
  assertOneProblem(
    problemsAfter((d) => delete d.factors),
    /factors: required; expected the ten factors/,
  );
});

test('empty text, impossible dates and non-http(s) URLs are refused', () => {
  assertOneProblem(
    problemsAfter((d) => (d.summary = '   ')),
    /summary: must not be empty; expected a one-paragraph risk profile/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.layers['foundation-models'].analysis = '')),
    /layers\.foundation-models\.analysis: must not be empty/,
  );
  assertOneProblem(
    problemsAfter((d) => delete d.name),
    /name: required; expected the agent name/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.assessed = '2026-02-30')),
    /assessed: the text "2026-02-30" is not a real date; expected YYYY-MM-DD/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.assessed = '20 November 2026')),
    /assessed: .* is not a real date/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.homepage = 'javascript:alert(1)')),
    /homepage: the text "javascript:alert\(1\)" is not an http\(s\) URL/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.sources[0].url = 'ftp://example.org/x')),
    /sources\[0\]\.url: .* is not an http\(s\) URL/,
  );
});

test('reference vulnerabilities accept only CVSS v4.0 base vectors and the known words', () => {
  const base = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
  const withReference = (reference: Record<string, unknown>) => problemsAfter((d) => (d.reference = reference));
  assert.deepEqual(withReference({ title: 'RCE', cvss: base, threat: 'attacked', mitigation: 'partial' }), []);
  assertOneProblem(
    withReference({ title: 'RCE', cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }),
    /reference\.cvss: CVSS v3\.1 vectors are not accepted; expected a CVSS v4\.0 vector/,
  );
  assertOneProblem(withReference({ title: 'RCE', cvss: 'AV:N/AC:L' }), /reference\.cvss: expected a CVSS v4\.0 vector starting with "CVSS:4\.0\/"/);
  assertOneProblem(
    withReference({ title: 'RCE', cvss: base.replace('AV:N', 'AV:X') }),
    /reference\.cvss: AV:X is not a valid Attack Vector; expected one of N, A, L, P/,
  );
  assertOneProblem(withReference({ title: 'RCE', cvss: base.replace('/SA:N', '') }), /reference\.cvss: missing base metric SA/);
  assertOneProblem(withReference({ title: 'RCE', cvss: `${base}/E:A` }), /reference\.cvss: E is a threat metric; only the eleven base metrics are accepted/);
  assertOneProblem(withReference({ title: 'RCE', cvss: `${base}/MAV:L` }), /MAV is an environmental metric/);
  assertOneProblem(withReference({ title: 'RCE', cvss: `${base}/AU:Y` }), /AU is a supplemental metric/);
  assertOneProblem(withReference({ title: 'RCE', cvss: `${base}/AV:N` }), /AV appears twice/);
  assertOneProblem(
    withReference({ title: 'RCE', cvss: base, threat: 'weaponised' }),
    /reference\.threat: the text "weaponised" is not an exploit maturity; expected one of attacked, proof-of-concept, unreported/,
  );
  assertOneProblem(
    withReference({ title: 'RCE', cvss: base, mitigation: 'some' }),
    /reference\.mitigation: the text "some" is not a mitigation level; expected one of none, partial, strong/,
  );
  assertOneProblem(withReference({ cvss: base }), /reference\.title: required/);
});

test('unknown keys at any level fail loudly', () => {
  assertOneProblem(
    problemsAfter((d) => (d.sumary = 'typo')),
    /example-agent\.md: \(frontmatter\): unknown field "sumary"; expected only name, summary/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.sources[0].note = 'x')),
    /sources\[0\]: unknown field "note"; expected only title, url/,
  );
  assertOneProblem(
    problemsAfter((d) => (d.layers['foundation-models'].certainty = true)),
    /layers\.foundation-models: unknown field "certainty"/,
  );
});

test('every problem in one entry is listed, not just the first', () => {
  const problems = problemsAfter((d) => {
    d.factors['autonomy-of-action'] = 2;
    d.assessed = '2026-13-01';
    d.homepage = 'mailto:x@example.org';
  });
  assert.equal(problems.length, 3, problems.join('\n'));
});

test('YAML syntax errors and duplicate keys name the line', () => {
  const broken = entryText(validEntry()).replace('name: Example Agent', 'name: [Example Agent');
  assert.match(
    problemsOf(parseEntryFile(FILE, broken))[0],
    /^content\/agents\/example-agent\.md: \(line 3\): YAML syntax error: missed comma between flow collection entries$/,
  );
  const duplicated = entryText(validEntry()).replace('name: Example Agent', 'name: Example Agent\nname: Again');
  assert.match(problemsOf(parseEntryFile(FILE, duplicated))[0], /\(line 3\): YAML syntax error: duplicated mapping key$/);
});

test('files without frontmatter or with a bad name are refused', () => {
  assertOneProblem(problemsOf(parseEntryFile(FILE, '# Just markdown\n')), /\(frontmatter\): missing; expected the file to start with a "---" line/);
  assertOneProblem(
    problemsOf(parseEntryFile('content/agents/Example Agent.md', entryText(validEntry()))),
    /\(file\): "Example Agent" is not a valid id; expected lower-case words joined by hyphens/,
  );
  assertOneProblem(problemsOf(parseEntryFile('content/agents/notes.txt', 'x')), /\(file\): not an agent entry; expected a file named <id>\.md/);
});

test('a bare YAML date cannot roll over into another day', () => {
  const text = entryText(validEntry()).replace('assessed: 2026-11-20', 'assessed: 2026-02-29');
  assertOneProblem(problemsOf(parseEntryFile(FILE, text)), /assessed: the text "2026-02-29" is not a real date/);
  const leap = entryText(validEntry()).replace('assessed: 2026-11-20', 'assessed: 2028-02-29');
  assert.ok(parseEntryFile(FILE, leap).ok);
});
