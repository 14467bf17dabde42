// The unit's rating (`评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`): a label from the final total,
// carried in the result and the explanation; a veto (`否决 若 c 则 评定 不合格`) sets it whatever
// the total. Totals by hand in the comments: 任务 完成率 × 50, 制度 50 when 健全.
import { beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { compiledSchemas } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "年度考核评定" { }

输入 重大事故 是否 "发生重大安全事故"
评定 {
  优秀: 总分 ≥ 90
  良好: 总分 ≥ 80 且 总分 < 90
  合格: 总分 ≥ 60 且 总分 < 80
  不合格: 其余
}
否决 若 重大事故 则 评定 不合格 "发生重大安全事故的，评定为不合格"

指标 任务 "工作任务" 50分 {
  输入 完成率 比率
  得 完成率 × 50分
}
指标 制度 "制度建设" 50分 {
  输入 健全 是否
  若 健全 得 50分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (name: string, 完成率: number, 健全: boolean, 重大事故 = false) => ({
  unit: { name },
  facts: { 重大事故 },
  items: { 任务: { 完成率 }, 制度: { 健全 } },
});

describe("评定: the unit's rating from its total", () => {
  it("each level, at its edges: 90 优秀, 89.5 良好, 80 良好, 60 合格, 59.4 不合格", () => {
    expect(s.score(unit("甲", 100, true)).rating).toBe("优秀"); // 50 + 50 = 100 ≥ 90
    expect(s.score(unit("甲", 40, true)).total).toBe("70"); // 40% × 50 + 50
    expect(s.score(unit("甲", 40, true)).rating).toBe("合格"); // 70 in [60, 80)
    const edge = (完成率: number) => s.score(unit("甲", 完成率, true)).rating;
    expect(edge(80)).toBe("优秀"); // 80% × 50 = 40, + 50 = 90: ≥ 90
    expect(edge(79)).toBe("良好"); // 79% × 50 = 39.5, + 50 = 89.5
    expect(edge(60)).toBe("良好"); // 60% × 50 = 30, + 50 = 80
    expect(edge(20)).toBe("合格"); // 20% × 50 = 10, + 50 = 60
    expect(edge(18.8)).toBe("不合格"); // 18.8% × 50 = 9.4, + 50 = 59.4 < 60: 其余
  });

  it("the explanation says the criterion with the total, or 其余", () => {
    const r = s.score(unit("甲", 88, true)); // 88% × 50 = 44, + 50 = 94
    expect(r.total).toBe("94");
    expect(said(r)).toContain("评定：总分 94 分 ≥ 90，条件成立 → 优秀");
    expect(said(r, "en")).toContain("Rating: the total 94 points ≥ 90 holds → 优秀");
    const low = s.score(unit("乙", 60, false)); // 30 + 0 = 30
    expect(said(low)).toContain("评定：不符合以上各档 → 不合格（其余）");
  });

  it("a veto sets the rating whatever the total, and the total stands", () => {
    const r = s.score(unit("丙", 100, true, true)); // 50 + 50 = 100, but an accident
    expect(r.total).toBe("100");
    expect(r.rating).toBe("不合格");
    expect(r.vetoes).toEqual([{ id: "veto#1", label: "发生重大安全事故的，评定为不合格", target: "rating", node: null, cap: null, setTo: null }]);
    expect(r.flags).toEqual([]);
    expect(said(r)).toContain("一票否决「发生重大安全事故的，评定为不合格」：重大事故：是 → 评定为「不合格」");
    expect(said(r)).toContain("评定：按一票否决「发生重大安全事故的，评定为不合格」评为 不合格，不论总分");
  });

  it("scoreAll rates every unit on its own total", () => {
    const b = s.scoreAll([unit("甲", 88, true), unit("乙", 76, true), unit("丙", 100, true, true)]);
    expect(b.units.map((u) => [u.unit.name, u.total, u.rating])).toEqual([
      ["甲", "94", "优秀"], // 44 + 50
      ["乙", "88", "良好"], // 38 + 50
      ["丙", "100", "不合格"], // vetoed
    ]);
  });

  it("a scheme without 评定 rates nobody: rating null", async () => {
    const plain = await scorerFor(SCHEME.replace(/评定 \{[\s\S]*?\n\}\n否决[^\n]*\n/, ""));
    expect(plain.score(unit("甲", 100, true)).rating).toBeNull();
    expect(plain.ir.rating).toBeNull();
  });

  it("the schema is unchanged: a unit submits facts and inputs, never its rating", async () => {
    const { submission } = await compiledSchemas(s.ir);
    expect(submission(unit("甲", 88, true))).toBe(true);
    expect(submission({ ...unit("甲", 88, true), rating: "优秀" })).toBe(false);
  });
});

describe("评定 in the checker", () => {
  const codes = (rating: string) =>
    compileSource(`方案 "评" { }\n${rating}\n指标 1 "甲" 100分 {\n  输入 率 比率\n  得 率 × 100分\n}\n`, "t.kaohe").diagnostics.map(
      (d) => d.code,
    );
  it("levels that cover [0, 100] once are clean; a gap is E501, an overlap E502", () => {
    expect(codes("评定 { 合格: 总分 ≥ 60, 不合格: 总分 < 60 }")).toEqual([]);
    expect(codes("评定 { 合格: 总分 ≥ 60, 不合格: 总分 < 50 }")).toEqual(["E501"]); // 50 ≤ total < 60
    expect(codes("评定 { 合格: 总分 ≥ 60, 不合格: 总分 ≤ 60 }")).toEqual(["E502"]); // 60 is both
  });
  it("the total's range bounds the cases: a level below 0 is never needed", () => {
    expect(codes("评定 { 合格: 总分 ≥ 60, 不合格: 总分 < 60 且 总分 ≥ 0 }")).toEqual([]); // the total is never below 0
  });
  it("a label twice is E202; the rating declared twice is E202", () => {
    expect(codes("评定 { 合格: 总分 ≥ 60, 合格: 总分 ≥ 70, 不合格: 其余 }")).toEqual(["E202"]);
    expect(codes("评定 { 合格: 其余 }\n评定 { 合格: 其余 }")).toEqual(["E202"]);
  });
  it("评定 is still a name elsewhere: an input may be called 评定", () => {
    const text = `方案 "评" { }\n等次 { A: 100%, B: 80% }\n指标 1 "甲" 10分 {\n  输入 评定 等次\n  等次 评定\n}\n`;
    expect(compileSource(text, "t.kaohe").diagnostics).toEqual([]);
  });
});
