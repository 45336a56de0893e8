import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readContent } from '../../src/catalog/content-files.ts';
import { assessAgent } from '../../src/catalog/assess.ts';
import { LAYER_IDS } from '../../src/core/maestro.ts';
import { standardGaps } from '../../src/core/standard.ts';

const { entries, revisions, problems } = await readContent('content');
const seedRevision = new Map(revisions.filter((r) => r.date === '2026-11-20').map((r) => [r.id, r]));

test('every published entry is valid', () => {
  assert.deepEqual(problems, []);
});

test('the seed revisions keep the seed figures and layer certainty exactly', () => {
  const seeds = {
    autogen: { values: [0.8, 0.9, 0.7, 0.9, 0.5, 0.8, 0.4, 1, 0.8, 0.7], risk: '7.5', tier: 'High', pinned: ['agent-frameworks', 'agent-ecosystem'] },
    smolagents: {
      values: [0.6, 0.5, 0.2, 0.7, 0.2, 0.4, 0.1, 0.3, 0.6, 0.4],
      risk: '4.0',
      tier: 'Medium',
      pinned: ['foundation-models', 'agent-frameworks', 'deployment-infrastructure'],
    },
  };
  for (const [id, seed] of Object.entries(seeds)) {
    const entry = seedRevision.get(id);
    assert.ok(entry, `${id}'s seed revision is kept`);
    assert.deepEqual(Object.values(entry.data.factors), seed.values, id);
    assert.deepEqual(
      LAYER_IDS.filter((l) => entry.data.layers[l].certain),
      seed.pinned,
      id,
    );
    assert.equal(entry.data.assessed, '2026-11-20');
    assert.deepEqual(entry.data.basis, ['listing']);
    assert.equal(entry.data.reference, undefined, 'the seeds give no reference vulnerability');
    const agent = assessAgent(id, entry.data, entry.body);
    assert.deepEqual([agent.risk.display, agent.risk.tier], [seed.risk, seed.tier]);
  }
});

test('every uncertain layer says so in its text, so a quoted analysis keeps its caveat', () => {
  for (const entry of entries) {
    for (const id of LAYER_IDS) {
      const layer = entry.data.layers[id];
      if (!layer.certain) assert.match(layer.analysis, /^Not certain from the (listing|sources)/, `${entry.file}: layers.${id}`);
    }
  }
});

test('every current entry meets the assessment standard of December 2026 in full', () => {
  const gaps = entries.map((e) => ({ file: e.file, gaps: standardGaps(e.data) })).filter((e) => e.gaps.length > 0);
  assert.deepEqual(gaps, []);
});

/** "The 0.5 level fits: …", "Between 0.5 and 0.8: …", "Above the 0.8 description: …" (src/core/calibration.ts). */
const NAMES_A_LEVEL =
  /^(The (0|0\.2|0\.5|0\.8|1|1\.0) level fits|Between (0|0\.2|0\.5|0\.8) and (0\.2|0\.5|0\.8|1)|(Above|Below) the (0|0\.2|0\.5|0\.8|1) (level|description))/;

test('every rationale names the calibration level that fits, or the two its value sits between', () => {
  const vague = entries.flatMap((e) =>
    Object.entries(e.data.rationale ?? {})
      .filter(([, text]) => !NAMES_A_LEVEL.test(text ?? ''))
      .map(([factor, text]) => `${e.file}: rationale.${factor}: "${(text ?? '').slice(0, 60)}…"`),
  );
  assert.deepEqual(vague, []);
});

test('every entry explains all ten factors, cites at least two sources and says what it rests on', () => {
  const researched = entries;
  assert.ok(researched.length >= 20, `${researched.length} researched entries`);
  for (const entry of researched) {
    const missing = Object.keys(entry.data.factors).filter((id) => !entry.data.rationale?.[id as keyof typeof entry.data.rationale]);
    assert.deepEqual(missing, [], `${entry.file}: rationale missing for ${missing.join(', ')}`);
    assert.ok((entry.data.sources?.length ?? 0) >= 2, `${entry.file}: needs at least two sources`);
    assert.ok(entry.data.basis && !entry.data.basis.includes('listing'), `${entry.file}: basis must name documentation or source`);
  }
});
