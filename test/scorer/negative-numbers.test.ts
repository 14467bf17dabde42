// Negative rates and amounts (growth below zero): signed literals in input bounds, bands and
// comparisons, `−` (U+2212) read as minus, and the schema's lower bound carried through.
import { beforeAll, describe, expect, it } from "vitest";
import { compiledSchemas } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "负增长" { }
计分池 基本 "基本" 7分 {
  指标 增长 "信息产业增加值增速" 5分 {
    输入 增速 比率 最低 -100% 最高 1000%
    分档 增速 { ≥ 10%: 5分, [0%, 10%): 3分, [-10%, 0%): 1分, < -10%: 0分 }
  }
  指标 投资 "信息化投资较上年增减" 2分 {
    输入 增减额 数量 万元 最低 −500万元
    若 增减额 ≥ −50万元 得 2分
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (增速: number, 增减额: number) => ({
  unit: { name: "甲" },
  items: { 增长: { 增速 }, 投资: { 增减额 } },
});

describe("negative rates and amounts", () => {
  it("growth of −3% falls in [-10%, 0%): 1分; a fall of 40万元 is ≥ −50万元: 2分; total 3", () => {
    const r = s.score(unit(-3, -40));
    expect(r.items["增长"]!.score).toBe("1");
    expect(r.items["投资"]!.score).toBe("2");
    expect(r.total).toBe("3"); // 1 + 2
    expect(said(r.items["增长"]!)).toContain("增速 −3%，落在「[-10%, 0%)」档 → 1 分");
  });

  it("−10% exactly is in [-10%, 0%) (closed below): 1分; −10.5% is < -10%: 0分", () => {
    expect(s.score(unit(-10, 0)).items["增长"]!.score).toBe("1");
    expect(s.score(unit(-10.5, 0)).items["增长"]!.score).toBe("0");
  });

  it("a fall of 60万元 is below −50万元: 0分; growth 12%: 5分; total 5", () => {
    const r = s.score(unit(12, -60));
    expect(r.total).toBe("5"); // 5 + 0
  });

  it("below the declared least value is refused, naming the input", () => {
    expect(() => s.score(unit(-101, 0))).toThrow(s.SubmissionError);
    let paths: string[] = [];
    try {
      s.score(unit(-101, -501));
    } catch (err) {
      paths = (err as InstanceType<Scorer["SubmissionError"]>).problems.map((p) => p.path);
    }
    expect(paths).toEqual(["/items/增长/增速", "/items/投资/增减额"]);
  });

  it("the JSON Schema carries the negative lower bounds", async () => {
    const { submission } = await compiledSchemas(s.ir);
    expect(submission(unit(-100, -500))).toBe(true);
    expect(submission(unit(-100.5, 0))).toBe(false);
    expect(submission(unit(0, -500.5))).toBe(false);
  });
});
