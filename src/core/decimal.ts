/**
 * Exact decimal helpers over scaled integers. Every figure in the directory has a fixed number
 * of decimals (factors: 2, CVSS: 1, multipliers: 2), so holding them as integers of that scale
 * keeps sums and products exact where floating point is not (0.1 + 0.2 …).
 */

/** A value with at most `decimals` decimals as an integer of that scale, or null if it has more. */
export function toScaled(value: number, decimals: number): number | null {
  const scale = 10 ** decimals;
  const scaled = Math.round(value * scale);
  return Math.abs(value * scale - scaled) < 1e-6 ? scaled : null;
}

/** Shortest decimal form of `scaled / 10^decimals`: (80, 2) → "0.8", (100, 2) → "1". */
export function formatScaled(scaled: number, decimals: number): string {
  const sign = scaled < 0 ? '-' : '';
  const digits = Math.abs(scaled)
    .toString()
    .padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Fixed decimal form: (75, 1, 1) → "7.5", (100, 1, 1) → "10.0", (0, 1, 1) → "0.0". */
export function formatFixed(scaled: number, decimals: number, shown: number): string {
  const short = formatScaled(scaled, decimals);
  const [whole, fraction = ''] = short.split('.');
  return shown === 0 ? whole : `${whole}.${fraction.padEnd(shown, '0')}`;
}

/**
 * Rounds a non-negative `numerator / denominator` half-up to an integer, exactly, for integers
 * within Number's safe range (`toFixed` and `Math.round(x * 10)` on floats get 4.85 wrong).
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError('divideRoundHalfUp needs safe integers and a positive denominator');
  }
  if (numerator < 0) throw new RangeError('divideRoundHalfUp needs a non-negative numerator');
  const doubled = 2 * numerator + denominator;
  return (doubled - (doubled % (2 * denominator))) / (2 * denominator);
}
