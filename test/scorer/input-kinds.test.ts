// Inputs of some unit kinds only (`输入 … 适用`), as seed 001 needs them: 政府部门 report the city's
// website score (a fact) and take it "directly" (成绩 ÷ 100 × 分值); the other departments report
// 指标值 and are compared with the best among themselves. Neither kind submits the other's input:
// the scorer refuses it (S131) and never reads it.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "输入按单位类别" { 年度 2011 }
单位 政府部门 "政府机关" { 市经委 市财政局 }
单位 其他部门 "其他部门" { 市法院 市检察院 }
舍入 2位 四舍五入 于 指标
输入 网站成绩 分数 满分 100 适用 政府部门 "全市政务网站绩效评估成绩"
指标 5 "网站机制健全" 60 {
  输入 指标值 数值 适用 其他部门 "办公室认定的本指标值"
  若 单位类别 = 政府部门 {
    得 网站成绩 ÷ 100分 × 分值
  } 否则 {
    最高值比 指标值
  }
}
指标 6 "网站运行安全" 40 {
  输入 达标 是否
  若 达标 得 40分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const gov = (name: string, score: number) => ({ unit: { name }, facts: { 网站成绩: score }, items: { "6": { 达标: true } } });
const other = (name: string, value: number) => ({ unit: { name }, items: { "5": { 指标值: value }, "6": { 达标: false } } });

describe("inputs of some unit kinds only", () => {
  it("the IR says which kinds report each input", () => {
    expect(s.ir.facts[0]).toMatchObject({ name: "网站成绩", appliesTo: ["政府部门"] });
    const item = s.ir.nodes.find((n) => n.id === "5");
    expect(item?.kind === "item" && item.inputs[0]).toMatchObject({ name: "指标值", appliesTo: ["其他部门"] });
  });

  it("政府部门 score their own input, the others theirs, compared among themselves", () => {
    const r = s.scoreAll([gov("市经委", 86), gov("市财政局", 70), other("市法院", 8), other("市检察院", 5)]);
    // 市经委 86 ÷ 100 × 60 = 51.6; 市财政局 70 ÷ 100 × 60 = 42;
    // 市法院 8 ÷ best 8 × 60 = 60; 市检察院 5 ÷ 8 × 60 = 37.5
    expect(r.units.map((u) => u.items["5"]!.score)).toEqual(["51.6", "42", "60", "37.5"]);
    // totals: 51.6 + 40 = 91.6; 42 + 40 = 82; 60 + 0 = 60; 37.5 + 0 = 37.5
    expect(r.units.map((u) => u.total)).toEqual(["91.6", "82", "60", "37.5"]);
    expect(said(r.units[2]!.items["5"]!)).toContain("指标值 8 ÷ 最高值 8（市法院）× 60 分 = 60 分");
    expect(said(r.units[0]!.items["5"]!)).not.toContain("指标值");
  });

  it("one unit alone: a 政府部门 needs nobody else (complete), the others wait for the batch", () => {
    const g = s.score(gov("市经委", 86));
    expect(g.items["5"]!.score).toBe("51.6");
    expect(g.complete).toBe(true);
    expect(s.score(other("市法院", 8)).complete).toBe(false);
  });

  it("refuses the other kind's input, and requires a kind's own", () => {
    const wrong = { ...other("市法院", 8), facts: { 网站成绩: 90 } };
    expect(() => s.score(wrong)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: "S131" })] }));
    const missing = { unit: { name: "市经委" }, items: { "6": { 达标: true } } };
    expect(() => s.score(missing)).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ code: "S112" })] }));
  });
});
