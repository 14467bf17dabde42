// Top-level named figures (量): from facts, columns and earlier figures; read by rules, 若
// conditions, 最高值比 and 分档; computed once per unit for its result (figures), its explanation
// and the ranking (排名 按 综合投资率). Every expected figure is worked out by hand below; the
// checker carries a figure's kind and range through.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { compiledSchemas, schemaFiles } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "综合投资考核" { }
单位 县区 "县区" 难度系数 { 甲县 1.2, 乙县 1, 丙县 0.8 }
输入 投资完成率 比率 最高 200%
量 综合投资率 = 投资完成率 × 难度系数
量 超额率 = 综合投资率 - 100%
舍入 2位 四舍五入 于 指标
指标 投资 "项目投资" 10分 {
  最高值比 综合投资率
}
指标 达标 "投资达标" 5分 {
  若 综合投资率 ≥ 100% 得 3分
  分档 超额率 { ≥ 10%: 2分, [0%, 10%): 1分, 其余: 0分 }
}
排名 按 综合投资率 降序 { 前 1 "表彰" }
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (name: string, 投资完成率: number) => ({ unit: { name }, facts: { 投资完成率 }, items: {} });
// 甲县 90% × 1.2 = 108%, 超额 8%; 乙县 110% × 1 = 110%, 超额 10%; 丙县 100% × 0.8 = 80%, 超额 −20%.
const batch = () => s.scoreAll([unit("甲县", 90), unit("乙县", 110), unit("丙县", 100)]);

describe("named figures", () => {
  it("are computed per unit and listed in the result, exact, rates as fractions", () => {
    const [甲, 乙, 丙] = batch().units;
    expect(甲!.figures).toEqual({ 综合投资率: "1.08", 超额率: "0.08" }); // 0.9 × 1.2; 1.08 − 1
    expect(乙!.figures).toEqual({ 综合投资率: "1.1", 超额率: "0.1" }); // 1.1 × 1; 1.1 − 1
    expect(丙!.figures).toEqual({ 综合投资率: "0.8", 超额率: "-0.2" }); // 1 × 0.8; 0.8 − 1
  });

  it("feed 最高值比: the best 综合投资率 is 乙县's 110%", () => {
    const [甲, 乙, 丙] = batch().units;
    expect(甲!.items["投资"]!.score).toBe("9.82"); // 108 ÷ 110 × 10 = 9.8181… → 9.82
    expect(乙!.items["投资"]!.score).toBe("10"); // 110 ÷ 110 × 10
    expect(丙!.items["投资"]!.score).toBe("7.27"); // 80 ÷ 110 × 10 = 7.2727… → 7.27
  });

  it("feed 若 and 分档, a figure read by another figure", () => {
    const [甲, 乙, 丙] = batch().units;
    expect(甲!.items["达标"]!.score).toBe("4"); // 108% ≥ 100%: 3; 超额 8% in [0%, 10%): 1
    expect(乙!.items["达标"]!.score).toBe("5"); // 3 + (10% ≥ 10%: 2)
    expect(丙!.items["达标"]!.score).toBe("0"); // 80% < 100%: 0; −20% is 其余: 0
    expect(甲!.total).toBe("13.82"); // 9.82 + 4
    expect(乙!.total).toBe("15"); // 10 + 5
    expect(丙!.total).toBe("7.27"); // 7.27 + 0
  });

  it("rank the units: 排名 按 综合投资率 降序", () => {
    expect(batch().ranking).toEqual([
      { unit: "乙县", rank: 1, value: "1.1", marks: ["表彰"] },
      { unit: "甲县", rank: 2, value: "1.08", marks: [] },
      { unit: "丙县", rank: 3, value: "0.8", marks: [] },
    ]);
  });

  it("are explained: how each was computed opens the unit's words; rules show the value", () => {
    const 甲 = batch().units[0]!;
    expect(said(甲)).toContain("量 综合投资率 = 投资完成率 × 难度系数 = 投资完成率 90% × 难度系数 1.2 = 108%");
    expect(said(甲)).toContain("量 超额率 = 综合投资率 - 100% = 综合投资率 108%（投资完成率 90% × 难度系数 1.2） − 100% = 8%");
    expect(said(甲, "en")).toContain("Figure 综合投资率 = 投资完成率 × 难度系数 = 投资完成率 90% × 难度系数 1.2 = 108%");
    expect(said(甲.items["达标"]!)).toContain("综合投资率 108%（投资完成率 90% × 难度系数 1.2） ≥ 100%");
    expect(said(甲)).toContain("按综合投资率从高到低排名：第 2 名");
  });

  it("scored alone, a unit has its figures; only the ratio to the best waits", () => {
    const r = s.score(unit("丙县", 100));
    expect(r.figures).toEqual({ 综合投资率: "0.8", 超额率: "-0.2" });
    expect(r.items["达标"]!.score).toBe("0");
    expect(r.items["投资"]!.pending).toBe(true);
  });

  it("are not inputs: the JSON Schema asks only for the facts they are made of", async () => {
    const { submission } = await schemaFiles(s.ir);
    const facts = (submission as { properties: { facts: { properties: Record<string, unknown> } } }).properties.facts;
    expect(Object.keys(facts.properties)).toEqual(["投资完成率"]);
    const { submission: valid } = await compiledSchemas(s.ir);
    expect(valid(unit("甲县", 90))).toBe(true);
    expect(valid({ ...unit("甲县", 90), facts: { 投资完成率: 90, 综合投资率: 108 } })).toBe(false);
  });
});

describe("the checker carries a figure's kind and range through", () => {
  const codes = (src: string) => compileSource(src, "t.kaohe").diagnostics.map((d) => d.code);
  const scheme = (figure: string, rule: string) =>
    `方案 "范围" { }\n输入 完成率 比率\n量 加权 = ${figure}\n指标 1 "投资" 5分 {\n  ${rule}\n}\n`;

  it("完成率 ≤ 100%: 加权 = 完成率 × 2 reaches 200%, so 加权 × 5分 reaches 10 > 5 (E402)", () => {
    expect(codes(scheme("完成率 × 2", "得 加权 × 5分"))).toEqual(["E402"]);
    expect(codes(scheme("完成率 × 1", "得 加权 × 5分"))).toEqual([]); // at most 100% × 5 = 5
  });

  it("a rate figure is not compared with points (E301)", () => {
    expect(codes(scheme("完成率 × 2", "若 加权 ≥ 3分 得 5分"))).toEqual(["E301"]);
  });
});

describe("examples/figures: the illustrative scheme in examples/README.md", () => {
  it("scores its three units as worked by hand", async () => {
    const ex = await scorerFor(readFileSync("examples/figures/investment.kaohe", "utf8"));
    const read = (name: string) => JSON.parse(readFileSync(`examples/figures/${name}.json`, "utf8"));
    const b = ex.scoreAll([read("甲县"), read("乙县"), read("丙县")]);
    // 甲县 90% × 1.2 = 108%: 108 ÷ 110 × 10 = 9.82; ≥ 100%: 3, (108% − 100%) holds one full 5%: 1
    expect(b.units[0]!.total).toBe("13.82"); // 9.82 + 3 + 1
    // 乙县 110% × 1 = 110%: 10; 3 + two full 5% (10%) = 5
    expect(b.units[1]!.total).toBe("15");
    // 丙县 100% × 0.8 = 80%: 80 ÷ 110 × 10 = 7.27; below 100%: 0
    expect(b.units[2]!.total).toBe("7.27");
    expect(b.ranking!.map((r) => [r.unit, r.rank, r.marks])).toEqual([
      ["乙县", 1, ["表彰"]],
      ["甲县", 2, []],
      ["丙县", 3, []],
    ]);
  });
});
