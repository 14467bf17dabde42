// Exact rational numbers (bigint numerator and denominator) for the checker's arithmetic:
// points, shares, bounds and intervals are never binary floats.

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  static of(num: bigint, den: bigint = 1n): Rational {
    if (den === 0n) throw new Error("kaohe: rational with zero denominator");
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    const g = gcd(num < 0n ? -num : num, den);
    return new Rational(num / g, den / g);
  }

  static int(n: number | bigint): Rational {
    return Rational.of(BigInt(n));
  }

  /** Parses a decimal as written ("3", "0.8", "001", "-2.50"); null if it is not one. */
  static parse(text: string): Rational | null {
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
    if (!m) return null;
    const frac = m[3] ?? "";
    const num = BigInt((m[2] ?? "0") + frac) * (m[1] === "-" ? -1n : 1n);
    return Rational.of(num, 10n ** BigInt(frac.length));
  }

  add(o: Rational): Rational {
    return Rational.of(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  sub(o: Rational): Rational {
    return Rational.of(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  mul(o: Rational): Rational {
    return Rational.of(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return Rational.of(this.num * o.den, this.den * o.num);
  }
  neg(): Rational {
    return Rational.of(-this.num, this.den);
  }
  cmp(o: Rational): number {
    const d = this.num * o.den - o.num * this.den;
    return d < 0n ? -1 : d > 0n ? 1 : 0;
  }
  eq(o: Rational): boolean {
    return this.cmp(o) === 0;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  floor(): Rational {
    const q = this.num / this.den;
    return Rational.of(this.num < 0n && q * this.den !== this.num ? q - 1n : q);
  }
  ceil(): Rational {
    return this.neg().floor().neg();
  }

  /** True when the value has a finite decimal expansion. */
  terminates(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /** Canonical decimal ("3", "0.8", "-1.5"); exact when it terminates, else cut at `digits`
   *  places towards `direction` ("up" rounds towards +∞, "down" towards −∞). */
  toDec(direction: "up" | "down" = "down", digits = 10): string {
    if (this.terminates()) return exactDecimal(this);
    const scale = 10n ** BigInt(digits);
    const scaled = Rational.of(this.num * scale, this.den);
    const whole = direction === "up" ? scaled.ceil() : scaled.floor();
    return exactDecimal(Rational.of(whole.num, scale));
  }

  toString(): string {
    return this.toDec();
  }

  static min(a: Rational, b: Rational): Rational {
    return a.lt(b) ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.gt(b) ? a : b;
  }
}

export const ZERO = Rational.int(0);
export const ONE = Rational.int(1);
export const HUNDRED = Rational.int(100);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function exactDecimal(r: Rational): string {
  const negative = r.num < 0n;
  const n = negative ? -r.num : r.num;
  let places = 0;
  let den = r.den;
  let scaled = n;
  while (den !== 1n) {
    // den has only factors 2 and 5: multiply up to a power of ten
    if (den % 10n === 0n) den /= 10n;
    else if (den % 2n === 0n) {
      den /= 2n;
      scaled *= 5n;
    } else {
      den /= 5n;
      scaled *= 2n;
    }
    places++;
  }
  let digits = scaled.toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, "0");
    digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`.replace(/\.?0+$/, "");
  }
  return (negative && digits !== "0" ? "-" : "") + digits;
}
