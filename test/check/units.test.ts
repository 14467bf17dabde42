// The checker's small parts: "did you mean" over Chinese names, exact rationals, intervals,
// the kind algebra, and the band analysis behind E501–E503.
import { describe, expect, it } from "vitest";
import { analyseBands } from "../../compiler/check/bands.js";
import { div, mul, type Interval } from "../../compiler/check/interval.js";
import { arithKind, compareProblem, type Kind } from "../../compiler/check/kinds.js";
import { Rational } from "../../compiler/check/rational.js";
import { type Segment, segmentText, wholeNumbers } from "../../compiler/check/segments.js";
import { editDistance, suggest } from "../../compiler/check/suggest.js";

const q = (s: string): Rational => Rational.parse(s)!;
const iv = (lo: string | null, hi: string | null): Interval => ({
  lo: lo === null ? null : q(lo),
  hi: hi === null ? null : q(hi),
});
const seg = (lo: string | null, loIn: boolean, hi: string | null, hiIn: boolean): Segment => ({
  lo: lo === null ? null : q(lo),
  loIn,
  hi: hi === null ? null : q(hi),
  hiIn,
});
const show = (r: Rational): string => r.toDec();

describe("did you mean", () => {
  it("measures edits in characters, not bytes", () => {
    expect(editDistance("召开会议", "召开会意")).toBe(1);
    expect(editDistance("網站建設", "网站建设")).toBe(2); // traditional vs simplified: 網≠网, 設≠设
    expect(editDistance("", "开会")).toBe(2);
  });

  it("offers the closest names in scope, best first", () => {
    expect(suggest("召开会意次数", ["召开会议次数", "参加培训", "会议纪要"])).toEqual(["召开会议次数"]);
    expect(suggest("专线", ["专线接入", "非专线接入", "未接入"])).toEqual(["专线接入", "非专线接入"]);
    expect(suggest("完全无关", ["召开会议次数", "专线接入"])).toEqual([]);
    expect(suggest("site_scor", ["site_score", "rate"])).toEqual(["site_score"]);
  });
});

describe("rationals", () => {
  it("are exact where floats are not", () => {
    expect(q("0.8").add(q("0.8")).add(q("0.4")).toDec()).toBe("2");
    expect(q("3").mul(q("0.6")).toDec()).toBe("1.8");
    expect(q("001").toDec()).toBe("1");
    expect(q("-2.50").toDec()).toBe("-2.5");
  });

  it("round a non-terminating value outward at ten places", () => {
    const third = Rational.of(1n, 3n);
    expect(third.toDec("up")).toBe("0.3333333334");
    expect(third.toDec("down")).toBe("0.3333333333");
    expect(third.neg().toDec("down")).toBe("-0.3333333334");
  });
});

describe("intervals", () => {
  it("multiply with unbounded ends, 0 × ∞ being 0", () => {
    expect(mul(iv("0", null), iv("-3", "-3"))).toEqual(iv(null, "0"));
    expect(mul(iv("0", "0"), iv(null, null))).toEqual(iv("0", "0"));
  });

  it("divide: a divisor away from 0 is exact, one that reaches 0 is unbounded", () => {
    expect(div(iv("0", "10"), iv("2", "5"))).toEqual(iv("0", "5"));
    expect(div(iv("0", "10"), iv("1", null))).toEqual(iv("0", "10"));
    expect(div(iv("0", "10"), iv("0", null))).toEqual(iv("0", null));
  });
});

describe("kinds", () => {
  const k = (x: Kind["k"]): Kind => ({ k: x }) as Kind;
  it("follow the algebra of the seeds' formulas", () => {
    expect(arithKind("*", k("rate"), k("points"))).toEqual(k("points")); // 得分率 × 6分
    expect(arithKind("*", k("count"), k("points"))).toEqual(k("points")); // 次数 × 2分
    expect(arithKind("/", k("count"), k("count"))).toEqual(k("rate")); // 挂接目录数 ÷ 目录总数
    expect(arithKind("*", arithKind("/", k("score"), k("scalar")) as Kind, k("points"))).toEqual(k("points")); // 成绩 ÷ 100 × 分值
    expect(arithKind("+", k("count"), k("points"))).toMatchObject({ code: "E301", variant: "arith" });
    expect(arithKind("*", k("bool"), k("points"))).toMatchObject({ code: "E304" });
    expect(arithKind("+", { k: "amount", unit: "万元" }, { k: "amount", unit: "元" })).toMatchObject({ code: "E305" });
  });

  it("compare only like with like; a rate needs a percentage", () => {
    expect(compareProblem(k("rate"), k("scalar"))).toMatchObject({ code: "E301", variant: "rate-bare" });
    expect(compareProblem(k("rate"), k("rate"))).toBeNull();
    expect(compareProblem(k("count"), k("scalar"))).toBeNull();
    expect(compareProblem({ k: "amount", unit: "万元" }, k("scalar"))).toMatchObject({ code: "E305", variant: "bare" });
    expect(compareProblem(k("count"), k("rate"))).toMatchObject({ code: "E301", variant: "compare" });
  });
});

describe("bands", () => {
  const rate = seg("0", true, "1", true);
  it("find the gap above 90% (seed 000 item 31)", () => {
    const a = analyseBands(
      rate,
      [seg("1", true, "1", true), seg("0.6", true, "0.9", true), seg(null, false, "0.6", false)],
      false,
    );
    expect(a.gaps.map((g) => segmentText(g, show))).toEqual(["(0.9, 1)"]);
    expect(a.problems).toEqual([]);
  });

  it("find an overlap and name the earlier band", () => {
    const a = analyseBands(
      seg("1", true, "16", true),
      [seg(null, false, "5", true), seg("5", true, "10", true), seg("10", false, null, false)],
      true,
    );
    expect(a.problems).toHaveLength(1);
    expect(a.problems[0]).toMatchObject({ kind: "overlap", band: 1, by: [0] });
    expect(a.gaps).toEqual([]);
  });

  it("find bands out of range, shadowed or empty", () => {
    const a = analyseBands(
      rate,
      [
        seg("1", false, null, false),
        seg(null, false, null, false),
        seg("0.5", true, "0.6", true),
        seg("0.3", true, "0.2", true),
      ],
      false,
    );
    expect(a.problems.map((p) => [p.kind, p.band])).toEqual([
      ["outside", 0],
      ["shadowed", 2],
      ["empty", 3],
    ]);
  });

  it("count only whole numbers for counts: (2, 3) is no gap, [2, 3) is", () => {
    const counts = seg("0", true, null, false);
    expect(analyseBands(counts, [seg(null, false, "2", true), seg("3", true, null, false)], true).gaps).toEqual([]);
    const gaps = analyseBands(counts, [seg(null, false, "2", false), seg("3", true, null, false)], true).gaps;
    expect(gaps.map((g) => segmentText(wholeNumbers(g), show))).toEqual(["2"]);
  });
});
