import { expect, test } from 'vitest';
import { agentSchema } from '../../src/core/schema.ts';
import { buildCatalog } from '../../src/catalog/directory.ts';
import { filterCounts, searchFilters } from '../../src/catalog/search-filters.ts';
import { validEntry } from './fixtures.ts';

const entry = (change: (d: Record<string, any>) => void = () => {}) => {
  const data = validEntry() as Record<string, any>;
  change(data);
  return agentSchema.parse(data);
};
const { agents } = buildCatalog(
  [
    { id: 'plain', data: entry(), body: '' },
    {
      id: 'pinned',
      data: entry((d) => {
        d.factors['dynamic-tool-use'] = 0.9;
        d.layers['agent-frameworks'] = {
          certain: true,
          analysis: 'Runs code.',
          threats: [{ id: 'framework-evasion', asi: ['ASI05', 'ASI02'], how: 'Escapes.', check: 'A sandbox.' }],
        };
      }),
      body: '',
    },
  ],
  [],
  [],
);

test('an agent page carries one filter per tier, factor, pinned layer, ASI id and advisories', () => {
  const filters = searchFilters(agents.find((a) => a.id === 'pinned')!);
  expect(filters).toContainEqual(['dynamic-tool-use', 'high']);
  expect(filters).toContainEqual(['pinned', 'agent-frameworks']);
  expect(filters.filter(([key]) => key === 'asi')).toEqual([
    ['asi', 'ASI02'],
    ['asi', 'ASI05'],
  ]);
  expect(filters).toContainEqual(['advisories', 'no']);
});

test('counts every value over the directory, and zero for one no agent has', () => {
  const count = filterCounts(agents);
  expect([count('tier', 'Medium'), count('dynamic-tool-use', 'moderate'), count('dynamic-tool-use', 'high'), count('pinned', 'agent-frameworks')]).toEqual([
    2, 1, 1, 1,
  ]);
  expect(count('tier', 'Critical')).toBe(0);
});
