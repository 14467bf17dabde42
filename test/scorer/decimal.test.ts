// The exact-decimal runtime that every scorer.js carries (generators/scorer/runtime/decimal.ts).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  add,
  cmp,
  dec,
  div,
  mean,
  mul,
  neg,
  parse,
  round,
  sign,
  sub,
  sum,
  terminates,
  toDecimal,
  toDisplay,
  type Q,
  type RoundingMode,
} from "../../generators/scorer/runtime/decimal.js";

const s = (q: Q) => toDecimal(q);

describe("exact decimals", () => {
  it("adds and multiplies the figures floats get wrong", () => {
    expect(s(sum([dec("0.8"), dec("0.8"), dec("0.4")]))).toBe("2"); // float: 2.0000000000000004
    expect(s(mul(dec("3"), dec("0.6")))).toBe("1.8"); // float: 1.7999999999999998
    expect(s(mul(dec("0.1"), dec("3")))).toBe("0.3"); // float: 0.30000000000000004
    expect(s(add(dec("0.1"), dec("0.2")))).toBe("0.3");
    expect(s(sub(dec("1"), dec("0.9")))).toBe("0.1");
  });

  it("reads JSON numbers by their shortest spelling, and exponents", () => {
    expect(s(parse(0.1)!)).toBe("0.1");
    expect(s(parse(1e-7)!)).toBe("0.0000001");
    expect(s(parse(1.5e21)!)).toBe("1500000000000000000000");
    expect(s(parse("-012.50")!)).toBe("-12.5");
    expect(s(parse(".5")!)).toBe("0.5");
    expect(parse("1,5")).toBeNull();
    expect(parse("")).toBeNull();
    expect(parse(".")).toBeNull();
    expect(parse(Number.NaN)).toBeNull();
    expect(parse(Infinity)).toBeNull();
  });

  it("divides exactly and says when a quotient does not terminate", () => {
    expect(s(div(dec("3"), dec("4")))).toBe("0.75");
    expect(s(div(dec("37"), dec("45")))).toBeNull(); // 0.8222…
    expect(terminates(div(dec("37"), dec("45")))).toBe(false);
    expect(toDisplay(div(dec("37"), dec("45")), 6)).toBe("0.822222…");
    expect(s(mul(div(dec("1"), dec("3")), dec("3")))).toBe("1");
    expect(s(div(dec("5"), dec("0")))).toBe("0"); // division by zero is defined as 0
    expect(s(mean([dec("1"), dec("2")]))).toBe("1.5");
    expect(s(mean([]))).toBe("0");
  });

  it("canonical spelling: no trailing zeros, no exponent, no negative zero", () => {
    expect(s(dec("2.400"))).toBe("2.4");
    expect(s(dec("-0.0"))).toBe("0");
    expect(s(neg(dec("0")))).toBe("0");
    expect(s(dec("0.05"))).toBe("0.05");
    expect(s(dec("-0.05"))).toBe("-0.05");
    expect(s(dec("100"))).toBe("100");
  });

  const cases: Array<[string, RoundingMode, number, string]> = [
    // value, mode, digits, expected
    ["2.345", "half-up", 2, "2.35"],
    ["-2.345", "half-up", 2, "-2.35"], // half away from zero
    ["2.344", "half-up", 2, "2.34"],
    ["2.5", "half-up", 0, "3"],
    ["-2.5", "half-up", 0, "-3"],
    ["2.5", "half-even", 0, "2"],
    ["3.5", "half-even", 0, "4"],
    ["-2.5", "half-even", 0, "-2"],
    ["-3.5", "half-even", 0, "-4"],
    ["2.51", "half-even", 0, "3"],
    ["2.999", "truncate", 2, "2.99"],
    ["-2.999", "truncate", 2, "-2.99"], // toward zero
    ["1.2", "half-up", 2, "1.2"], // nothing to round
    ["0.005", "half-up", 2, "0.01"],
    ["-0.004", "half-up", 2, "0"],
  ];
  it.each(cases)("round(%s, %s, %i) = %s", (v, mode, digits, want) => {
    expect(s(round(dec(v), digits, mode))).toBe(want);
  });

  it("rounds non-terminating quotients: 37 ÷ 45 × 70 = 57.5555… → 57.56 / 57.55", () => {
    const x = mul(div(dec("37"), dec("45")), dec("70"));
    expect(s(round(x, 2, "half-up"))).toBe("57.56");
    expect(s(round(x, 2, "truncate"))).toBe("57.55");
    expect(s(round(div(dec("2"), dec("3")), 1, "half-even"))).toBe("0.7");
  });

  const decimal = fc
    .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
    .map(([n, k]) => {
      const str = (n < 0n ? -n : n).toString().padStart(k + 1, "0");
      return (n < 0n ? "-" : "") + (k === 0 ? str : str.slice(0, -k) + "." + str.slice(-k));
    });

  it("agrees with integer arithmetic on scaled values (property)", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const qa = dec(a);
        const qb = dec(b);
        expect(cmp(sub(add(qa, qb), qb), qa)).toBe(0);
        expect(s(dec(s(qa)!))).toBe(s(qa)); // canonical spelling reads back to itself
        if (cmp(qb, dec("0")) !== 0) expect(cmp(mul(div(qa, qb), qb), qa)).toBe(0);
      }),
    );
  });

  it("rounding moves a value by less than one unit in the last place, toward the right side (property)", () => {
    const unit = dec("0.01");
    fc.assert(
      fc.property(decimal, fc.constantFrom<RoundingMode>("half-up", "half-even", "truncate"), (a, mode) => {
        const q = dec(a);
        const r = round(q, 2, mode);
        const gap = sub(r, q);
        expect(cmp(sign(gap) < 0 ? neg(gap) : gap, unit)).toBeLessThan(0);
        if (mode === "truncate") expect(cmp(sign(r) < 0 ? neg(r) : r, sign(q) < 0 ? neg(q) : q)).toBeLessThanOrEqual(0);
        else expect(cmp(mul(sign(gap) < 0 ? neg(gap) : gap, dec("2")), unit)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("reading JavaScript numbers", () => {
  const viaText = (x: number) => toDecimal(parse(String(x))!);
  it("reads a double as its shortest spelling, whatever its size (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(toDecimal(parse(x)!)).toBe(viaText(x));
      }),
      { numRuns: 20_000 },
    );
  });
  it("reads decimals typed with up to 8 places exactly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 8 }), (n, k) => {
        const x = n / 10 ** k;
        expect(toDecimal(parse(x)!)).toBe(viaText(x));
      }),
      { numRuns: 20_000 },
    );
  });
  it("the figures of the seeds: 72.5, 0.1, 99.99, 1e-7", () => {
    expect(toDecimal(parse(72.5)!)).toBe("72.5");
    expect(toDecimal(parse(99.99)!)).toBe("99.99");
    expect(toDecimal(parse(-0.3)!)).toBe("-0.3");
    expect(toDecimal(parse(1e-7)!)).toBe("0.0000001");
  });
});
