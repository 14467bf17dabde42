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

// A pool and a section for one kind only, N/A shared out among the items that apply, and a score
// imported without 满分 (I8: unbounded, so its item is capped).
const POOLS = `
方案 "适用于计分池与分项" { 年度 2024 }
单位 县区 "县区" { 甲县 乙县 }
单位 部门 "部门" { 丙局 }
无此项 按 重新分配
舍入 2位 四舍五入 于 指标
输入 直报点得分: 分数 "省直报点考核得分（不设满分）"
计分池 基本 "基本" 10分 {
  分项 共同 "共同" 4分 {
    指标 1 "甲" 4分 { 输入 开会: 是否  若 开会 得 4分 }
  }
  分项 县区项 "县区工作" 6分 {
    适用 县区
    指标 2 "乙" 3分 { 可无此项  输入 开会: 是否  若 开会 得 3分 }
    指标 3 "丙" 3分 { 输入 开会: 是否  若 开会 得 3分 }
  }
  指标 4 "丁" 6分 {
    适用 部门
    输入 开会: 是否
    若 开会 得 6分
  }
}
计分池 直报 "直报点加分" 5分 加分 {
  适用 县区
  指标 5 "直报点" 5分 {
    得 直报点得分 × 40%
    封顶 5分
  }
}
`;

describe("适用 on a pool and a section", () => {
  let p: Scorer;
  beforeAll(async () => {
    p = await scorerFor(POOLS);
  });
  const countyUnit = (name: string, score: number, na: boolean) => ({
    unit: { name },
    facts: { 直报点得分: score },
    items: { "1": { 开会: true }, "3": { 开会: true }, ...(na ? {} : { "2": { 开会: true } }) },
    ...(na ? { notApplicable: ["2"] } : {}),
  });
  const officeUnit = { unit: { name: "丙局" }, facts: { 直报点得分: 50 }, items: { "1": { 开会: true }, "4": { 开会: false } } };

  it("a 部门 has neither the 县区 section nor the 县区 pool: not in its result, not in its total", () => {
    const r = p.score(officeUnit);
    expect(Object.keys(r.sections)).toEqual(["共同"]);
    expect(Object.keys(r.items)).toEqual(["1", "4"]);
    expect(r.pools).toEqual({ 基本: "4" });
    // 4 + 0; the imported score of 50 feeds nothing: item 5 is absent for a 部门.
    expect(r.total).toBe("4");
    expect(said(r)).toContain("总分 = 基本 4 = 4 分");
    expect(said(r)).not.toContain("直报点加分");
  });

  it("N/A shares out only among the items that apply: 县区 with 2 N/A, 10 ÷ (4 + 3)", () => {
    const r = p.score(countyUnit("甲县", 9.5, true));
    // 1: 4 × 10 ÷ 7 = 5.714… → 5.71; 3: 3 × 10 ÷ 7 = 4.285… → 4.29; item 4 (部门 only) takes no share.
    expect(r.items["1"]).toMatchObject({ score: "5.71", max: "5.71" });
    expect(r.items["3"]).toMatchObject({ score: "4.29", max: "4.29" });
    expect(r.items["4"]).toBeUndefined();
    expect(r.sections["县区项"]!.score).toBe("4.29");
    expect(r.pools["基本"]).toBe("10");
  });

  it("an imported score without 满分 counts as large as it is, up to the item's cap", () => {
    // 9.5 × 40% = 3.8
    expect(p.score(countyUnit("甲县", 9.5, false)).items["5"]!.score).toBe("3.8");
    // 250 × 40% = 100, capped at 5
    const r = p.score(countyUnit("乙县", 250, false));
    expect(r.items["5"]!.score).toBe("5");
    expect(said(r.items["5"]!)).toContain("直报点得分 250 分 × 0.4 = 100 分");
    expect(said(r.items["5"]!)).toContain("封顶 5 分 → 5 分");
    // 4 + 3 + 3 = 10 in 基本, 5 in 直报
    expect(r.total).toBe("15");
  });
});

describe("ranking by completion, with a kind that has no target", () => {
  it("the unit without a target has no completion and is listed unranked", async () => {
    // After seed 003: the target is that of one pool; the other kind is assessed in another pool.
    const t = await scorerFor(`
方案 "无目标的单位" { }
单位 县区 "县区" 目标分数 { 甲县 10  乙县 5 }
单位 全市 "全市" { 本市 }
目标 目标分数 计入 考核
舍入 2位 四舍五入 于 总分
排名 按 完成率 降序 { 前 1 "表彰" }
计分池 考核 "县区考核" 10分 {
  适用 县区
  指标 1 "甲" 10分 { 输入 值: 次数 最高 10  每 值 得 1分 }
}
计分池 全市考核 "全市考核" 10分 {
  适用 全市
  指标 2 "乙" 10分 { 输入 值: 次数 最高 10  每 值 得 1分 }
}
`);
    const r = t.scoreAll([
      { unit: { name: "甲县" }, items: { "1": { 值: 8 } } },
      { unit: { name: "本市" }, items: { "2": { 值: 10 } } },
      { unit: { name: "乙县" }, items: { "1": { 值: 5 } } },
    ]);
    // 甲县 8 ÷ 10 = 80%; 乙县 5 ÷ 5 = 100%; 本市 has no target.
    expect(r.units.map((u) => u.completion)).toEqual(["0.8", null, "1"]);
    expect(r.ranking).toEqual([
      { unit: "乙县", rank: 1, value: "1", marks: ["表彰"] },
      { unit: "甲县", rank: 2, value: "0.8", marks: [] },
    ]);
    expect(r.units[1]!.rank).toBeNull();
    expect(r.units[1]!.pools).toEqual({ 全市考核: "10" });
    expect(r.units[1]!.total).toBe("10");
  });
});

describe("one unit kind declared and no list of units", () => {
  it("a unit that gives no kind is of that kind: what applies to it is scored", async () => {
    const t = await scorerFor(`
方案 "只有一类单位" { }
单位 县区 "县区" {}
指标 1 "甲" 2分 { 适用 县区  输入 开会: 是否  若 开会 得 2分 }
`);
    const r = t.score({ unit: { name: "某县" }, items: { "1": { 开会: true } } });
    expect(r.unit).toEqual({ name: "某县", kind: "县区" });
    expect(r.items["1"]!.score).toBe("2");
    expect(r.total).toBe("2");
  });
});
