// Named figures (量): computed from the unit's inputs, read by name in 分档 and 最高值比, and named
// with their value and how they were computed in the explanations.
import { beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "量" { }
舍入 2位 四舍五入 于 指标

指标 投资 "信息化投资完成情况" 10分 {
  输入 投资额 数量 万元
  输入 目标额 数量 万元 最低 1万元
  输入 难度系数 数值 最高 2
  量 完成率 = 投资额 ÷ 目标额
  量 综合投资率 = 完成率 × 难度系数
  分档 综合投资率 { ≥ 1: 10分, [0.8, 1): 8分, < 0.8: 5分 }
}
指标 比较 "投资比较" 5分 {
  输入 投资额 数量 万元
  量 调整后投资 = 投资额 × 1.2
  最高值比 调整后投资
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (name: string, 投资额: number, 目标额: number, 难度系数: number, 比较: number) => ({
  unit: { name },
  items: { 投资: { 投资额, 目标额, 难度系数 }, 比较: { 投资额: 比较 } },
});

describe("named figures", () => {
  it("a figure of figures in 分档: 350 ÷ 400 × 1.2 = 1.05 ≥ 1 → 10; 300 ÷ 400 × 1 = 0.75 < 0.8 → 5", () => {
    const batch = s.scoreAll([unit("甲县", 350, 400, 1.2, 100), unit("乙县", 300, 400, 1, 200)]);
    const [a, b] = batch.units;
    expect(a!.items["投资"]!.score).toBe("10");
    expect(b!.items["投资"]!.score).toBe("5");
    expect(said(a!.items["投资"]!)).toContain("综合投资率 1.05（完成率 0.875（投资额 350万元 ÷ 目标额 400万元） × 难度系数 1.2）");
  });

  it("a figure in 最高值比: 100 × 1.2 = 120 of the best 200 × 1.2 = 240 → 120 ÷ 240 × 5 = 2.5", () => {
    const batch = s.scoreAll([unit("甲县", 350, 400, 1.2, 100), unit("乙县", 300, 400, 1, 200)]);
    expect(batch.units[0]!.items["比较"]!.score).toBe("2.5");
    expect(batch.units[1]!.items["比较"]!.score).toBe("5");
    expect(batch.units[0]!.total).toBe("12.5"); // 10 + 2.5
  });

  it("a figure is not something a unit submits", () => {
    expect(() => s.score({ unit: { name: "甲县" }, items: { 投资: { 投资额: 1, 目标额: 1, 难度系数: 1, 完成率: 1 }, 比较: { 投资额: 1 } } })).toThrow(
      s.SubmissionError,
    );
  });

  it("the checker: a figure named like an input (E202), one read before it is written (E201), one never read (W701)", () => {
    const codes = (body: string) =>
      compileSource(`方案 "量" { }\n指标 甲 "甲" 5分 {\n  输入 次数 次数\n${body}\n  每 次数 得 1分 最高 5分\n}\n`, "t.kaohe").diagnostics.map((d) => d.code);
    expect(codes("  量 次数 = 1")).toEqual(["E202"]);
    expect(codes("  量 甲量 = 乙量 + 1\n  量 乙量 = 次数\n  若 甲量 ≥ 1 加 0分")).toContain("E201");
    expect(codes("  量 多余 = 次数 × 2")).toEqual(["W701"]);
  });
});
