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
      return fail(`${key} is a ${NON_BASE_METRICS[key]} metric; only the eleven base metrics are accepted`);
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
