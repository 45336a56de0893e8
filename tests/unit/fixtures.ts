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

const CVSS = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';

/** One change each that makes a valid entry invalid: every kind of mistake the validator names. */
export const BAD_ENTRIES: { name: string; change: (d: Record<string, any>) => void }[] = [
  { name: 'factor above 1', change: (d) => (d.factors['dynamic-tool-use'] = 1.5) },
  { name: 'factor below 0', change: (d) => (d.factors['dynamic-tool-use'] = -0.1) },
  { name: 'factor as text', change: (d) => (d.factors['non-determinism'] = 'high') },
  { name: 'factor with three decimals', change: (d) => (d.factors['non-determinism'] = 0.125) },
  { name: 'missing factor', change: (d) => delete d.factors['persistent-memory'] },
  { name: 'unknown factor', change: (d) => (d.factors['tool-use'] = 0.5) },
  { name: 'missing layer', change: (d) => delete d.layers['agent-ecosystem'] },
  { name: 'unknown layer', change: (d) => (d.layers['layer-8'] = { certain: true, analysis: 'x' }) },
  { name: 'layer without certainty', change: (d) => delete d.layers['data-operations'].certain },
  { name: 'certainty as text', change: (d) => (d.layers['data-operations'].certain = 'yes') },
  { name: 'blank summary', change: (d) => (d.summary = '   ') },
  { name: 'empty analysis', change: (d) => (d.layers['foundation-models'].analysis = '') },
  { name: 'missing name', change: (d) => delete d.name },
  { name: 'impossible date', change: (d) => (d.assessed = '2026-02-30') },
  { name: 'date in words', change: (d) => (d.assessed = '20 November 2026') },
  { name: 'javascript: homepage', change: (d) => (d.homepage = 'javascript:alert(1)') },
  { name: 'ftp source', change: (d) => (d.sources[0].url = 'ftp://example.org/x') },
  { name: 'CVSS v3.1 vector', change: (d) => (d.reference = { title: 'RCE', cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }) },
  { name: 'malformed vector', change: (d) => (d.reference = { title: 'RCE', cvss: 'AV:N/AC:L' }) },
  { name: 'bad metric value', change: (d) => (d.reference = { title: 'RCE', cvss: CVSS.replace('AV:N', 'AV:X') }) },
  { name: 'missing metric', change: (d) => (d.reference = { title: 'RCE', cvss: CVSS.replace('/SA:N', '') }) },
  { name: 'threat metric', change: (d) => (d.reference = { title: 'RCE', cvss: `${CVSS}/E:A` }) },
  { name: 'environmental metric', change: (d) => (d.reference = { title: 'RCE', cvss: `${CVSS}/MAV:L` }) },
  { name: 'supplemental metric', change: (d) => (d.reference = { title: 'RCE', cvss: `${CVSS}/AU:Y` }) },
  { name: 'metric twice', change: (d) => (d.reference = { title: 'RCE', cvss: `${CVSS}/AV:N` }) },
  { name: 'unknown exploit maturity', change: (d) => (d.reference = { title: 'RCE', cvss: CVSS, threat: 'weaponised' }) },
  { name: 'unknown mitigation', change: (d) => (d.reference = { title: 'RCE', cvss: CVSS, mitigation: 'some' }) },
  { name: 'reference without title', change: (d) => (d.reference = { cvss: CVSS }) },
  { name: 'misspelt top-level key', change: (d) => (d.sumary = 'typo') },
  { name: 'unknown key in a source', change: (d) => (d.sources[0].note = 'x') },
  { name: 'unknown key in a layer', change: (d) => (d.layers['foundation-models'].certainty = true) },
  { name: 'unknown basis', change: (d) => (d.basis = ['rumour']) },
  { name: 'bad former id', change: (d) => (d.formerIds = ['Old Name']) },
];

export const GOOD_REFERENCE = { title: 'RCE', cvss: CVSS, threat: 'attacked', mitigation: 'partial' };
