// Rounding happens only where the scheme declares it: the stage (item, section, total), the
// decimals and the rule (四舍五入 by default, 截断, 银行家舍入); the explanation says so. A figure
// below the stage that does not terminate is shown rounded, and sums use it exactly.
import { describe, expect, it } from "vitest";
import { said, scorerFor } from "./support.js";

const scheme = (rounding: string) => `
方案 "舍入测试" { 年度 2024 }
${rounding}
分项 甲 "甲" 10分 {
  指标 1 "一" 5分 { 输入 x: 数值 最高 15  得 x × 1分 ÷ 3 }
  指标 2 "二" 5分 { 输入 x: 数值 最高 15  得 x × 1分 ÷ 3 }
}
`;
const sub = (a: number, b: number) => ({ unit: { name: "甲" }, items: { "1": { x: a }, "2": { x: b } } });

describe("rounding", () => {
  it("于 指标, 截断, 1 decimal: 2 ÷ 3 = 0.666… → 0.6 each; the section adds the cut figures, 1.2", async () => {
    const s = await scorerFor(scheme("舍入 1位 截断 于 指标"));
    const r = s.score(sub(2, 2));
    expect(r.items["1"]!.score).toBe("0.6");
    expect(r.sections["甲"]!.score).toBe("1.2");
    expect(r.total).toBe("1.2");
    expect(said(r.items["1"]!)).toContain("按方案舍入（保留 1 位小数，截断）：0.666666… → 0.6 分");
  });

  it("于 指标, 四舍五入 by default: 2 ÷ 3 → 0.67; 7.5 ÷ 3 = 2.5 is exact and untouched", async () => {
    const s = await scorerFor(scheme("舍入 2位 于 指标"));
    const r = s.score(sub(2, 7.5));
    expect(r.items["1"]!.score).toBe("0.67");
    expect(r.items["2"]!.score).toBe("2.5");
    expect(said(r.items["2"]!)).not.toContain("舍入");
    expect(r.total).toBe("3.17");
  });

  it("于 分项: items stay exact (shown rounded), the section rounds their exact sum: 2/3 + 2/3 = 1.333… → 1.33", async () => {
    const s = await scorerFor(scheme("舍入 2位 四舍五入 于 分项"));
    const r = s.score(sub(2, 2));
    expect(r.items["1"]!.score).toBe("0.67"); // shown rounded: 0.666…
    expect(said(r.items["1"]!)).toContain(
      "0.666666… 除不尽，按方案舍入规则（保留 2 位小数，四舍五入）显示为 0.67 分，合计时用精确值",
    );
    expect(r.sections["甲"]!.score).toBe("1.33"); // not 0.67 + 0.67 = 1.34
    expect(said(r.sections["甲"]!)).toContain("按方案舍入（保留 2 位小数，四舍五入）：1.333333… → 1.33 分");
    expect(r.total).toBe("1.33");
  });

  it.each([
    // x: 3.75 → 1.25 per item; total 2.5 → half to even 2. x: 5.25 → 1.75; total 3.5 → 4.
    [3.75, "2"],
    [5.25, "4"],
  ])("于 总分, 银行家舍入, 0 decimals: x = %s → total %s", async (x, total) => {
    const s = await scorerFor(scheme("舍入 0位 银行家舍入 于 总分"));
    const r = s.score(sub(x, x));
    expect(r.total).toBe(total);
    expect(said(r)).toContain("银行家舍入");
  });
});
