// Steps on rates and amounts: `每满 q x` counts x in full steps of q (truncated toward 0), inside a
// 若 that makes x non-negative; deductions per full step of a shortfall. Figures by hand below.
import { beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { compiledSchemas } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "步进" { }
指标 供水 "供水保证率" 5分 {
  输入 率 比率
  若 率 ≥ 98% {
    得 3分
    每满 1% (率 - 98%) 加 1分 最高 2分
  }
}
指标 短缺 "物资短缺" 5分 {
  输入 短缺率 比率
  得 5分
  每满 10% 短缺率 扣 1分
  最低 0分
}
指标 投资 "投资增减" 2分 {
  输入 增减额 数量 万元 最低 -1000万元
  若 增减额 ≥ 0万元 {
    每满 100万元 增减额 加 1分 最高 2分
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (率: number, 短缺率: number, 增减额: number) => ({
  unit: { name: "甲" },
  items: { 供水: { 率 }, 短缺: { 短缺率 }, 投资: { 增减额 } },
});

describe("每满: full steps of a rate or an amount", () => {
  it("99.5%: 3 + one full 1% above 98% = 4; 25% short: two full 10% = −2 → 3; 250万元: 2 full 100万元 = 2", () => {
    const r = s.score(unit(99.5, 25, 250));
    expect(r.items["供水"]!.score).toBe("4"); // 99.5 − 98 = 1.5 → 1 step; 3 + 1
    expect(r.items["短缺"]!.score).toBe("3"); // 25 ÷ 10 = 2.5 → 2 steps; 5 − 2
    expect(r.items["投资"]!.score).toBe("2"); // 250 ÷ 100 = 2.5 → 2 steps × 1
    expect(r.total).toBe("9"); // 4 + 3 + 2
    expect(said(r.items["供水"]!)).toContain("率 99.5% − 98% 满 1% 1 个 × 1 分 = 1 分");
    expect(said(r.items["短缺"]!, "en")).toContain("短缺率 25% holds 2 full steps of 10% × −1 points = −2 points");
  });

  it("exactly on a step counts it; the cap and the floor hold", () => {
    expect(s.score(unit(100, 10, 100)).items["供水"]!.score).toBe("5"); // 2 steps, at most 2: 3 + 2
    expect(s.score(unit(100, 10, 100)).items["短缺"]!.score).toBe("4"); // 1 step: 5 − 1
    expect(s.score(unit(97.9, 60, 99)).items["供水"]!.score).toBe("0"); // below 98%: nothing
    expect(s.score(unit(97.9, 60, 99)).items["短缺"]!.score).toBe("0"); // 6 steps: 5 − 6 → floor 0
    expect(s.score(unit(97.9, 60, 99)).items["投资"]!.score).toBe("0"); // 0.99 → 0 steps
    expect(s.score(unit(97.9, 60, -500)).items["投资"]!.score).toBe("0"); // a fall: the 若 fails
  });

  it("the schema is unchanged: the inputs as declared, the amount's negative bound", async () => {
    const { submission } = await compiledSchemas(s.ir);
    expect(submission(unit(99.5, 25, -1000))).toBe(true);
    expect(submission(unit(99.5, 25, -1001))).toBe(false);
  });
});

describe("每满 in the checker", () => {
  const codes = (rule: string) =>
    compileSource(`方案 "步" { }\n指标 1 "甲" 5分 {\n  输入 率 比率\n  ${rule}\n}\n`, "t.kaohe").diagnostics.map(
      (d) => d.code,
    );
  it("the value may be negative outside the 若 (E403), not inside it", () => {
    expect(codes("每满 1% (率 - 98%) 加 1分 最高 5分")).toEqual(["E403"]); // 0% − 98% → −98 steps
    // at most 2 of 5 (W703): 率 ≤ 100% holds 2 steps above 98%, so 最高 5分 is never reached (W707)
    expect(codes("若 率 ≥ 98% { 每满 1% (率 - 98%) 加 1分 最高 5分 }")).toEqual(["W703", "W707"]);
  });
  it("the step has the value's kind (E301) and is above 0 (E605)", () => {
    expect(codes("每满 1万元 率 加 1分 最高 5分")).toEqual(["E301"]);
    expect(codes("每满 0% 率 加 1分 最高 5分")).toEqual(["E605"]);
  });
});
