// `否决 若 c 则 总分 最高 59分`: a vetoed unit's total is capped at 59 instead of zeroed (a unit
// that scored less keeps its total). The cap acts on the final total, after every pool (★ and
// bonus included); the result lists the veto with its cap, and the explanation says both the
// condition and the capping.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "总分封顶" { 年度 2024 }
输入 重大事故: 是否
否决 若 重大事故 则 总分 最高 59分 "发生重大安全事故的，总分最高 59 分"
计分池 加扣分 "加扣分项" 调整 ★
计分池 基本 "基准分" 100分 {
  指标 1 "工作任务" 60分 { 输入 完成率: 比率  得 完成率 × 60分 }
  指标 2 "制度建设" 40分 {
    输入 健全: 是否
    若 健全 得 40分
    若 健全 加 2分 ★
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const sub = (事故: boolean, 完成率: number, 健全: boolean) => ({
  unit: { name: "甲" },
  facts: { 重大事故: 事故 },
  items: { "1": { 完成率 }, "2": { 健全 } },
});

describe("a veto that caps the total (总分 最高 59分)", () => {
  it("does not fire: 90% × 60 = 54, + 40, + ★ 2 = 96", () => {
    const r = s.score(sub(false, 90, true));
    expect(r.total).toBe("96");
    expect(r.vetoes).toEqual([]);
  });

  it("fires above the cap: 54 + 40 + 2 = 96 → 59 (the ★ 2 is capped too)", () => {
    const r = s.score(sub(true, 90, true));
    expect(r.total).toBe("59");
    expect(r.pools).toEqual({ 加扣分: "2", 基本: "94" });
    expect(r.vetoes).toEqual([
      { id: "veto#1", label: "发生重大安全事故的，总分最高 59 分", target: "total-cap", node: null, cap: "59", setTo: null },
    ]);
    expect(r.flags).toEqual([]);
    const zh = said(r);
    expect(zh).toContain("一票否决「发生重大安全事故的，总分最高 59 分」");
    expect(zh).toContain("总分最高 59 分");
    expect(zh).toContain("总分 96 分，按「发生重大安全事故的，总分最高 59 分」封顶为 59 分");
    expect(said(r, "en")).toContain("The total 96 is capped at 59");
  });

  it("fires below the cap: 50% × 60 = 30, no 制度 → 30 stays 30", () => {
    const r = s.score(sub(true, 50, false));
    expect(r.total).toBe("30");
    expect(r.vetoes.map((v) => v.target)).toEqual(["total-cap"]);
    expect(said(r)).not.toContain("封顶为");
  });
});
