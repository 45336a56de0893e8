/**
 * CVSS v4.0 reference vectors: the eleven base metrics, nothing else. This module checks a
 * vector's shape and names the part at fault; the score itself comes from cvss-score.ts, kept
 * apart so that a browser loads the scoring library only when a vector is given.
 */
export const CVSS_V4_BASE_METRICS = {
  AV: { name: 'Attack Vector', values: ['N', 'A', 'L', 'P'] },
  AC: { name: 'Attack Complexity', values: ['L', 'H'] },
  AT: { name: 'Attack Requirements', values: ['N', 'P'] },
  PR: { name: 'Privileges Required', values: ['N', 'L', 'H'] },
  UI: { name: 'User Interaction', values: ['N', 'P', 'A'] },
  VC: { name: 'Vulnerable System Confidentiality', values: ['H', 'L', 'N'] },
  VI: { name: 'Vulnerable System Integrity', values: ['H', 'L', 'N'] },
  VA: { name: 'Vulnerable System Availability', values: ['H', 'L', 'N'] },
  SC: { name: 'Subsequent System Confidentiality', values: ['H', 'L', 'N'] },
  SI: { name: 'Subsequent System Integrity', values: ['H', 'L', 'N'] },
  SA: { name: 'Subsequent System Availability', values: ['H', 'L', 'N'] },
} as const;

export type CvssBaseMetric = keyof typeof CVSS_V4_BASE_METRICS;

/** "a threat", "an environmental": the kind of a metric that is not a base one, with its article. */
const kindOf = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
const BASE_KEYS = Object.keys(CVSS_V4_BASE_METRICS) as CvssBaseMetric[];

const NON_BASE_METRICS: Readonly<Record<string, string>> = {
  E: 'threat',
  ...Object.fromEntries(['CR', 'IR', 'AR', 'MAV', 'MAC', 'MAT', 'MPR', 'MUI', 'MVC', 'MVI', 'MVA', 'MSC', 'MSI', 'MSA'].map((m) => [m, 'environmental'])),
  ...Object.fromEntries(['S', 'AU', 'R', 'V', 'RE', 'U'].map((m) => [m, 'supplemental'])),
};

/**
 * The same rule as a regular expression, for JSON Schema: all eleven base metrics, each once,
 * in any order (advisories do not always use the specification's order).
 */
export const CVSS_V4_BASE_PATTERN =
  '^' +
  BASE_KEYS.map((k) => `(?=.*/${k}:)`).join('') +
  `CVSS:4\\.0(?:/(?:${BASE_KEYS.map((k) => `${k}:[${CVSS_V4_BASE_METRICS[k].values.join('')}]`).join('|')})){${BASE_KEYS.length}}$`;

export type CvssParse = { ok: true; vector: string; metrics: Record<CvssBaseMetric, string> } | { ok: false; error: string };

/** Checks that `input` is a CVSS v4.0 vector of exactly the eleven base metrics. */
export function parseCvssV4Base(input: string): CvssParse {
  const fail = (error: string): CvssParse => ({ ok: false, error });
  const vector = input;
  const prefix = /^CVSS:(\d+\.\d+)\//.exec(vector);
  if (!prefix) return fail('expected a CVSS v4.0 vector starting with "CVSS:4.0/"');
  if (prefix[1] !== '4.0') {
    return fail(`CVSS v${prefix[1]} vectors are not accepted; expected a CVSS v4.0 vector ("CVSS:4.0/…")`);
  }
  const metrics: Partial<Record<CvssBaseMetric, string>> = {};
  for (const part of vector.slice(prefix[0].length).split('/')) {
    const pair = /^([A-Z]+):([A-Z])$/.exec(part);
    if (!pair) return fail(`"${part}" is not a metric; expected METRIC:VALUE such as "AV:N"`);
    const [, key, value] = pair;
    if (key in NON_BASE_METRICS) {
      return fail(`${key} is ${kindOf(NON_BASE_METRICS[key])} metric; only the eleven base metrics are accepted`);
    }
    if (!(key in CVSS_V4_BASE_METRICS)) return fail(`${key} is not a CVSS v4.0 metric`);
    const metric = CVSS_V4_BASE_METRICS[key as CvssBaseMetric];
    if (metrics[key as CvssBaseMetric] !== undefined) return fail(`${key} appears twice`);
    if (!(metric.values as readonly string[]).includes(value)) {
      return fail(`${key}:${value} is not a valid ${metric.name}; expected one of ${metric.values.join(', ')}`);
    }
    metrics[key as CvssBaseMetric] = value;
  }
  const missing = BASE_KEYS.filter((k) => metrics[k] === undefined);
  if (missing.length > 0) return fail(`missing base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const complete = metrics as Record<CvssBaseMetric, string>;
  return { ok: true, metrics: complete, vector: formatCvssV4(complete) };
}

/** The vector in the specification's metric order. */
export function formatCvssV4(metrics: Record<CvssBaseMetric, string>): string {
  return `CVSS:4.0/${BASE_KEYS.map((k) => `${k}:${metrics[k]}`).join('/')}`;
}

/** CVSS v3.x base metrics (the same in 3.0 and 3.1). */
export const CVSS_V3_BASE_METRICS = {
  AV: { name: 'Attack Vector', values: ['N', 'A', 'L', 'P'] },
  AC: { name: 'Attack Complexity', values: ['L', 'H'] },
  PR: { name: 'Privileges Required', values: ['N', 'L', 'H'] },
  UI: { name: 'User Interaction', values: ['N', 'R'] },
  S: { name: 'Scope', values: ['U', 'C'] },
  C: { name: 'Confidentiality', values: ['H', 'L', 'N'] },
  I: { name: 'Integrity', values: ['H', 'L', 'N'] },
  A: { name: 'Availability', values: ['H', 'L', 'N'] },
} as const;
type CvssV3BaseMetric = keyof typeof CVSS_V3_BASE_METRICS;
const V3_KEYS = Object.keys(CVSS_V3_BASE_METRICS) as CvssV3BaseMetric[];
const V3_NON_BASE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['E', 'RL', 'RC'].map((m) => [m, 'temporal'])),
  ...Object.fromEntries(['CR', 'IR', 'AR', 'MAV', 'MAC', 'MPR', 'MUI', 'MS', 'MC', 'MI', 'MA'].map((m) => [m, 'environmental'])),
};

export type CvssVersion = '4.0' | '3.1' | '3.0';
export type AdvisoryVectorParse = { ok: true; version: CvssVersion; vector: string } | { ok: false; error: string };

/** JSON Schema form of parseAdvisoryVector's rule: a base vector of CVSS 4.0, 3.1 or 3.0. */
export const CVSS_ADVISORY_PATTERN = `(?:${CVSS_V4_BASE_PATTERN})|(?:^${V3_KEYS.map((k) => `(?=.*/${k}:)`).join('')}CVSS:3\\.[01](?:/(?:${V3_KEYS.map(
  (k) => `${k}:[${CVSS_V3_BASE_METRICS[k].values.join('')}]`,
).join('|')})){${V3_KEYS.length}}$)`;

/**
 * An advisory's published base vector: CVSS 4.0 (checked as above), 3.1 or 3.0, base metrics only.
 * Threat, temporal, environmental and supplemental metrics are refused rather than dropped, so an
 * entry shows the base vector it was scored on; v3 vectors are never turned into v4 ones.
 */
export function parseAdvisoryVector(input: string): AdvisoryVectorParse {
  const prefix = /^CVSS:(\d+\.\d+)\//.exec(input);
  if (!prefix) return { ok: false, error: 'expected a CVSS base vector starting with "CVSS:4.0/", "CVSS:3.1/" or "CVSS:3.0/"' };
  const version = prefix[1];
  if (version === '4.0') {
    const v4 = parseCvssV4Base(input);
    return v4.ok ? { ok: true, version, vector: v4.vector } : v4;
  }
  if (version !== '3.1' && version !== '3.0') return { ok: false, error: `CVSS v${version} is not accepted; expected CVSS 4.0, 3.1 or 3.0` };
  const metrics: Partial<Record<CvssV3BaseMetric, string>> = {};
  for (const part of input.slice(prefix[0].length).split('/')) {
    const pair = /^([A-Z]+):([A-Z])$/.exec(part);
    if (!pair) return { ok: false, error: `"${part}" is not a metric; expected METRIC:VALUE such as "AV:N"` };
    const [, key, value] = pair;
    if (key in V3_NON_BASE) return { ok: false, error: `${key} is ${kindOf(V3_NON_BASE[key])} metric; give the base vector only (up to A:…)` };
    if (!(key in CVSS_V3_BASE_METRICS)) return { ok: false, error: `${key} is not a CVSS v${version} metric` };
    const metric = CVSS_V3_BASE_METRICS[key as CvssV3BaseMetric];
    if (metrics[key as CvssV3BaseMetric] !== undefined) return { ok: false, error: `${key} appears twice` };
    if (!(metric.values as readonly string[]).includes(value)) {
      return { ok: false, error: `${key}:${value} is not a valid ${metric.name}; expected one of ${metric.values.join(', ')}` };
    }
    metrics[key as CvssV3BaseMetric] = value;
  }
  const missing = V3_KEYS.filter((k) => metrics[k] === undefined);
  if (missing.length > 0) return { ok: false, error: `missing base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  return { ok: true, version, vector: `CVSS:${version}/${V3_KEYS.map((k) => `${k}:${metrics[k]}`).join('/')}` };
}
