// Units of several kinds (S6): a rule chosen by the unit's kind (`若 单位类别 = 县区 { … } 否则 { … }`),
// items that apply to one kind only (`适用`: absent for the others, not N/A), ratio to the best
// among the units for which the branch holds, and the ranking by completion (R16, R21).
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "单位类别测试" { 年度 2024 }
单位 县区 "县区" 目标分数 { 甲县 10  乙县 20 }
单位 部门 "部门" 目标分数 { 丙局 10  丁局 5 }
目标 目标分数
舍入 2位 四舍五入 于 指标
排名 按 完成率 降序 { 前 1 "表彰" }
计分池 基本 "基本" 10分 {
  指标 1 "甲" 6分 {
    输入 值: 数值
    若 单位类别 = 县区 {
      最高值比 值
    } 否则 {
      得 值 × 1分
    }
    封顶 6分
  }
  指标 2 "乙" 4分 {
    适用 县区
    输入 开会: 是否
    若 开会 得 4分
  }
  指标 3 "丙" 4分 {
    适用 部门
    输入 开会: 是否
    若 开会 得 4分
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const county = (name: string, value: number, met: boolean) => ({
  unit: { name, kind: "县区" },
  items: { "1": { 值: value }, "2": { 开会: met } },
});
const office = (name: string, value: number, met: boolean) => ({
  unit: { name, kind: "部门" },
  items: { "1": { 值: value }, "3": { 开会: met } },
});
const batch = () => [
  county("甲县", 8, true),
  county("乙县", 4, false),
  office("丙局", 5, true),
  office("丁局", 9, true),
];

describe("a rule chosen by the unit's kind", () => {
  it("县区 compare with 县区 only: best 8 (not 丁局's 9) → 甲 6, 乙 4 ÷ 8 × 6 = 3; 部门 score 值 × 1, capped", () => {
    const r = s.scoreAll(batch());
    // 丙局 5 × 1 = 5; 丁局 9 × 1 = 9 → 封顶 6
    expect(r.units.map((u) => u.items["1"]!.score)).toEqual(["6", "3", "5", "6"]);
    const text = said(r.units[1]!.items["1"]!);
    expect(text).toContain("规则「若 单位类别 = 县区」：单位类别「县区」 = 「县区」，条件成立 → 按其下的规则计分");
    expect(text).toContain("值 4 ÷ 最高值 8（甲县）× 6 分 = 3 分");
    expect(said(r.units[3]!.items["1"]!)).toContain("条件不成立 → 按「否则」下的规则计分");
  });
});

describe("适用: an item for one kind is absent for the others", () => {
  it("a 部门 has no item 2, a 县区 no item 3; not N/A, not in the sums", () => {
    const r = s.scoreAll(batch());
    expect(Object.keys(r.units[0]!.items)).toEqual(["1", "2"]);
    expect(Object.keys(r.units[2]!.items)).toEqual(["1", "3"]);
    // 甲县 6 + 4 = 10; 乙县 3 + 0 = 3; 丙局 5 + 4 = 9; 丁局 6 + 4 = 10
    expect(r.units.map((u) => u.total)).toEqual(["10", "3", "9", "10"]);
    expect(said(r.units[2]!)).toContain("基本：「1」5 + 「3」4 = 9 分");
  });
});

describe("ranking by completion", () => {
  it("10 ÷ 10 = 100%, 3 ÷ 20 = 15%, 9 ÷ 10 = 90%, 10 ÷ 5 = 200%: 丁局 first, commended", () => {
    const r = s.scoreAll(batch());
    expect(r.units.map((u) => u.completion)).toEqual(["1", "0.15", "0.9", "2"]);
    expect(r.ranking).toEqual([
      { unit: "丁局", rank: 1, value: "2", marks: ["表彰"] },
      { unit: "甲县", rank: 2, value: "1", marks: [] },
      { unit: "丙局", rank: 3, value: "0.9", marks: [] },
      { unit: "乙县", rank: 4, value: "0.15", marks: [] },
    ]);
    expect(said(r.units[3]!)).toContain("按完成率从高到低排名：第 1 名（共 4 个单位，并列取较前名次）");
  });
});
