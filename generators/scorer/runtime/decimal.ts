// Exact decimal arithmetic for the generated scorer: every figure is a rational n/d (BigInt,
// d > 0, lowest terms), so 0.8 + 0.8 + 0.4 is 2 and 3 × 0.6 is 1.8. Rounding happens only when
// `round` is called, by the rule the scheme declares.
//
// This file is inlined into every scorer.js (see ../emit/runtime.ts): it must stay free of
// imports, of Node and browser APIs, and of anything but plain functions and constants.

/** An exact rational number. Treat as immutable. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

export type RoundingMode = "half-up" | "half-even" | "truncate";

export const ZERO: Q = { n: 0n, d: 1n };
export const ONE: Q = { n: 1n, d: 1n };

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** n/d in lowest terms with a positive denominator; d must not be 0. */
export function ratio(n: bigint, d: bigint): Q {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (d === 1n) return { n, d };
  if (n === 0n) return ZERO;
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

export function int(n: number | bigint): Q {
  return { n: BigInt(n), d: 1n };
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal written as text ("3", "-0.8", "12.50", "1e-7") or a JavaScript number (read by
 * its shortest round-trip spelling, so the JSON number 0.1 is exactly 1/10). Returns null for
 * anything that is not a finite decimal.
 */
export function parse(value: string | number): Q | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value.trim();
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = m[2] ?? "";
  const frac = m[3] ?? "";
  if (whole === "" && frac === "") return null;
  let exp = (m[4] === undefined ? 0 : Number(m[4])) - frac.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
  let n = BigInt((whole + frac).replace(/^0+(?=\d)/, "") || "0");
  if (m[1] === "-") n = -n;
  if (exp >= 0) return { n: n * 10n ** BigInt(exp), d: 1n };
  exp = -exp;
  return ratio(n, 10n ** BigInt(exp));
}

/** A decimal constant known to be well formed (the generator writes these). */
export function dec(text: string): Q {
  const q = parse(text);
  if (q === null) throw new Error(`kaohe runtime: not a decimal: ${text}`);
  return q;
}

export function add(a: Q, b: Q): Q {
  if (a.d === b.d) return a.d === 1n ? { n: a.n + b.n, d: 1n } : ratio(a.n + b.n, a.d);
  return ratio(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Q, b: Q): Q {
  if (a.d === b.d) return a.d === 1n ? { n: a.n - b.n, d: 1n } : ratio(a.n - b.n, a.d);
  return ratio(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Q, b: Q): Q {
  if (a.d === 1n && b.d === 1n) return { n: a.n * b.n, d: 1n };
  return ratio(a.n * b.n, a.d * b.d);
}

/** a ÷ b. Division by zero gives 0: callers that can divide by zero say so in their explanation. */
export function div(a: Q, b: Q): Q {
  if (b.n === 0n) return ZERO;
  return ratio(a.n * b.d, a.d * b.n);
}

export function neg(a: Q): Q {
  return { n: -a.n, d: a.d };
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function cmp(a: Q, b: Q): number {
  const l = a.d === b.d ? a.n : a.n * b.d;
  const r = a.d === b.d ? b.n : b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function isZero(a: Q): boolean {
  return a.n === 0n;
}

export function sign(a: Q): number {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

export function min(a: Q, b: Q): Q {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Q, b: Q): Q {
  return cmp(a, b) >= 0 ? a : b;
}

export function sum(values: readonly Q[]): Q {
  let s = ZERO;
  for (const v of values) s = add(s, v);
  return s;
}

/** The arithmetic mean; the mean of no values is 0. */
export function mean(values: readonly Q[]): Q {
  return values.length === 0 ? ZERO : div(sum(values), int(values.length));
}

const POW10: bigint[] = [];
function pow10(k: number): bigint {
  let p = POW10[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    POW10[k] = p;
  }
  return p;
}

/**
 * a rounded to `digits` decimals. half-up is 四舍五入: halves go away from zero (−2.5 → −3);
 * half-even is 银行家舍入 (2.5 → 2, 3.5 → 4); truncate drops the digits (toward zero).
 */
export function round(a: Q, digits: number, mode: RoundingMode): Q {
  const m = pow10(digits);
  if (m % a.d === 0n) return a; // already has at most `digits` decimals
  const t = a.n * m;
  let q = t / a.d; // toward zero
  const r = t % a.d; // same sign as t
  if (mode !== "truncate") {
    const twice = (r < 0n ? -r : r) * 2n;
    const up = twice > a.d || (twice === a.d && (mode === "half-up" || q % 2n !== 0n));
    if (up) q += t < 0n ? -1n : 1n;
  }
  return ratio(q, m);
}

/** True when a has a finite decimal expansion (its denominator has no prime factor but 2 and 5). */
export function terminates(a: Q): boolean {
  let d = a.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n;
}

/**
 * The canonical decimal spelling ("2", "2.4", "-1.5": no exponent, no trailing zeros), or null
 * when a does not terminate.
 */
export function toDecimal(a: Q): string | null {
  if (a.d === 1n) return a.n.toString();
  let twos = 0;
  let fives = 0;
  let d = a.d;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return null;
  const k = twos > fives ? twos : fives;
  return spell((a.n * pow10(k)) / a.d, k);
}

/** The digits of `scaled` with a decimal point `k` places from the right, trailing zeros dropped. */
function spell(scaled: bigint, k: number): string {
  const negative = scaled < 0n;
  let digits = (negative ? -scaled : scaled).toString().padStart(k + 1, "0");
  let point = digits.length - k;
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--;
  digits = end > point ? digits.slice(0, point) + "." + digits.slice(point, end) : digits.slice(0, point);
  return negative && digits !== "0" ? "-" + digits : digits;
}

/**
 * The first `digits` decimals of a (cut, not rounded) followed by "…" when a does not
 * terminate: how an intermediate figure is shown in an explanation ("0.822222…").
 */
export function toDisplay(a: Q, digits: number): string {
  const exact = toDecimal(a);
  if (exact !== null) return exact;
  return spell((a.n * pow10(digits)) / a.d, digits) + "…";
}

/** x held within [lo, hi]. */
export function clamp(x: Q, lo: Q, hi: Q): Q {
  return cmp(x, lo) < 0 ? lo : cmp(x, hi) > 0 ? hi : x;
}

/** The piecewise-linear function through the points (ascending x), flat outside them. */
export function linear(x: Q, points: ReadonlyArray<readonly [Q, Q]>): Q {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return ZERO;
  if (cmp(x, first[0]) <= 0) return first[1];
  if (cmp(x, last[0]) >= 0) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (cmp(x, x1) > 0) continue;
    const [x0, y0] = points[i - 1]!;
    return add(y0, div(mul(sub(x, x0), sub(y1, y0)), sub(x1, x0)));
  }
  return last[1];
}
