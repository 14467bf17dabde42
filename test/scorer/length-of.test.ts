// 项数(x): how many elements a list has, whatever their values — an open list's as many as the unit
// gave. The seed's "2個以上互動交流欄目 … 每增加1個欄目加1分" counts the columns themselves. Every figure
// by hand below.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, unit, type Scorer } from "./support.js";

const SCHEME = `
方案 "项数" { }
维度 栏目 "互动交流栏目"
维度 季度 { 一季度, 二季度 }

指标 互动 "开设2个以上互动交流栏目,计2分;每增加1个栏目加1分" 5分 {
  输入 回复率 比率 每 栏目 最低 0%
  若 项数(回复率) ≥ 2 得 2分
  每 最大(项数(回复率) - 2, 0) 得 1分 最高 3分
}
指标 报送 "每季度报送" 2分 {
  输入 条数 次数 每 季度
  得 项数(条数) × 1分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const 报送 = { 条数: { 一季度: 0, 二季度: 7 } };

describe("项数 in the scorer", () => {
  it("counts an open list's elements, whatever their values; a fixed list's are its dimension's", () => {
    // 4 columns (rates 10%, 0%, 100%, 60%): 4 ≥ 2 → 2; 4 − 2 = 2 more → 2 × 1 = 2 (at most 3): 4
    const r = s.score(unit("甲", { 互动: { 回复率: [10, 0, 100, 60] }, 报送 }));
    expect(r.items["互动"]!.score).toBe("4");
    // a fixed list of two quarters: 2 × 1 = 2, the values (0 and 7) do not matter
    expect(r.items["报送"]!.score).toBe("2");
  });

  it("an open list with one element or none: fewer than 2, nothing, and none beyond 2", () => {
    // 1 column: 1 < 2 → 0; 最大(1 − 2, 0) = 0 beyond → 0
    expect(s.score(unit("乙", { 互动: { 回复率: [80] }, 报送 })).items["互动"]!.score).toBe("0");
    // no column: 0 < 2 → 0; 最大(0 − 2, 0) = 0 → 0
    expect(s.score(unit("丙", { 互动: { 回复率: [] }, 报送 })).items["互动"]!.score).toBe("0");
    // 6 columns: 2 + 4 beyond × 1 = 4, at most 3 → 2 + 3 = 5
    expect(s.score(unit("丁", { 互动: { 回复率: [1, 2, 3, 4, 5, 6] }, 报送 })).items["互动"]!.score).toBe("5");
  });

  it("the checker's range: a fixed list's number is its dimension's size, an open list's 0 or more", () => {
    const items = Object.fromEntries(s.ir.nodes.map((n) => [n.id, n]));
    expect(items["报送"]).toMatchObject({ min: "2", max: "2" }); // 项数 of 2 quarters × 1分, exactly
    expect(items["互动"]).toMatchObject({ min: "0", max: "5" }); // 0 columns: 0; 5 or more: 2 + 3
  });

  it("explains the number with every element, by place for an open list", () => {
    const r = s.score(unit("甲", { 互动: { 回复率: [10, 0, 100] }, 报送 }));
    expect(said(r.items["互动"]!)).toContain("项数 3（第 1 项：回复率 10%、第 2 项：回复率 0%、第 3 项：回复率 100%）");
    expect(said(r.items["互动"]!, "en")).toContain("number of elements 3 (#1: 回复率 10%, #2: 回复率 0%, #3: 回复率 100%)");
    expect(said(r.items["报送"]!)).toContain("项数 2（一季度：条数 0、二季度：条数 7）");
  });
});
