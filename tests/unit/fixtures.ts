import { stringify } from 'yaml';
import { FACTOR_IDS } from '../../src/core/factors.ts';
import { LAYER_IDS } from '../../src/core/maestro.ts';

/** A minimal valid entry's frontmatter; tests change one thing at a time. */
export function validEntry(): Record<string, unknown> {
  return {
    name: 'Example Agent',
    summary: 'A made-up framework used only by the tests.',
    assessed: '2026-11-20',
    homepage: 'https://example.org/',
    sources: [{ title: 'Example docs', url: 'https://example.org/docs' }],
    factors: Object.fromEntries(FACTOR_IDS.map((id) => [id, 0.5])),
    layers: Object.fromEntries(LAYER_IDS.map((id) => [id, { certain: false, analysis: 'Not certain from the sources.' }])),
  };
}

/** Serialises frontmatter the way a contributor writes it (dates unquoted). */
export function entryText(data: unknown, body = '\nSome notes.\n'): string {
  return `---\n${stringify(data).replace(/assessed: "(\d{4}-\d{2}-\d{2})"/, 'assessed: $1')}---\n${body}`;
}
