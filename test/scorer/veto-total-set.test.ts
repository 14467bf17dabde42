// `否决 若 c 则 总分 为 59分`: a vetoed unit's total is 59 whatever it scored — lowered from above
// (94 → 59) and raised from below (30 → 59), unlike `总分 最高 59分`, which only caps. It acts on
// the final total, after every pool (★ and bonus included); the pools keep their figures; the
// result lists the veto with `setTo`, and the explanation says both the condition and the setting.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "总分定为59分" { 年度 2024 }
输入 重大事故: 是否
输入 瞒报: 是否
输入 违规: 是否
否决 若 重大事故 则 总分 为 59分 "发生重大安全事故的，总分计 59 分"
否决 若 瞒报 则 总分 最高 50分 "瞒报事故的，总分最高 50 分"
否决 若 违规 则 总分 "严重违规的，总分为 0"
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

const sub = (完成率: number, 健全: boolean, o: { 事故?: boolean; 瞒报?: boolean; 违规?: boolean } = {}) => ({
  unit: { name: "甲" },
  facts: { 重大事故: o.事故 ?? false, 瞒报: o.瞒报 ?? false, 违规: o.违规 ?? false },
  items: { "1": { 完成率 }, "2": { 健全 } },
});

describe("a veto that sets the total (总分 为 59分)", () => {
  it("does not fire: 90% × 60 = 54, + 40, + ★ 2 = 96", () => {
    const r = s.score(sub(90, true));
    expect(r.total).toBe("96");
    expect(r.vetoes).toEqual([]);
  });

  it("fires from above: 54 + 40 + 2 = 96 → 59, the pools as they were", () => {
    const r = s.score(sub(90, true, { 事故: true }));
    expect(r.total).toBe("59");
    expect(r.pools).toEqual({ 加扣分: "2", 基本: "94" });
    expect(r.vetoes).toEqual([
      { id: "veto#1", label: "发生重大安全事故的，总分计 59 分", target: "total-set", node: null, cap: null, setTo: "59" },
    ]);
    expect(r.flags).toEqual([]);
    const zh = said(r);
    expect(zh).toContain("一票否决「发生重大安全事故的，总分计 59 分」：重大事故：是 → 总分为 59 分");
    expect(zh).toContain("总分 96 分，按「发生重大安全事故的，总分计 59 分」定为 59 分");
    expect(said(r, "en")).toContain("The total 96 is set to 59 by “发生重大安全事故的，总分计 59 分”");
  });

  it("fires from below: 50% × 60 = 30, no 制度 → 30 is raised to 59 (a cap would leave 30)", () => {
    const r = s.score(sub(50, false, { 事故: true }));
    expect(r.total).toBe("59");
    expect(said(r)).toContain("总分 30 分，按「发生重大安全事故的，总分计 59 分」定为 59 分");
  });

  it("with a cap: set to 59, then capped at 50; with 总分 as well: 0 (a zeroing veto wins)", () => {
    expect(s.score(sub(90, true, { 事故: true, 瞒报: true })).total).toBe("50"); // 96 → 59 → min(59, 50)
    expect(s.score(sub(90, true, { 事故: true, 瞒报: true, 违规: true })).total).toBe("0");
  });
});
