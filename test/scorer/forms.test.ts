// Several forms for one unit (R15, seed 004: 自评表 and 实地调查考核评价表, final = their mean) with
// grades (R10) and N/A taking the peer average per form (R14). A veto fired on either form
// applies to the combined result.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "两表测试" { 年度 2023 }
表 自评表 "信息化绩效考核自评表"
表 实地表 "信息化绩效实地调查考核评价表"
合成 平均
等次 { A: 100%  B: 80%  C: 60%  D: 40% }
无此项 按 平均分
舍入 2位 四舍五入 于 指标
输入 网络安全事件: 是否
否决 若 网络安全事件 则 总分 "若当年发生过网络安全事件，则本年信息化绩效考核最终得分为0"
指标 领导 "领导重视程度" 2分 {
  可无此项
  输入 评定: 等次
  等次 评定
}
指标 保密 "保密工作情况" 15分 {
  输入 评定: 等次
  输入 泄密: 是否
  等次 评定
  否决 若 泄密 则 本项 "若当年发生过失泄密事件，则得分为0"
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

type Grades = { 领导?: string | null; 保密: string; 泄密?: boolean };
function sub(name: string, self: Grades, field: Grades, incident = false) {
  const form = (g: Grades) => ({
    items: {
      ...(g.领导 === null ? {} : { 领导: { 评定: g.领导 ?? "A" } }),
      保密: { 评定: g.保密, 泄密: g.泄密 ?? false },
    },
    notApplicable: g.领导 === null ? ["领导"] : [],
  });
  return { unit: { name }, facts: { 网络安全事件: incident }, forms: { 自评表: form(self), 实地表: form(field) } };
}

describe("two forms averaged", () => {
  it("A and B: (2 + 1.6) ÷ 2 = 1.8 and (15 + 12) ÷ 2 = 13.5; total 15.3", () => {
    const r = s.score(sub("甲", { 领导: "A", 保密: "A" }, { 领导: "B", 保密: "B" }));
    expect(r.items["领导"]!.score).toBe("1.8");
    expect(r.items["保密"]!.score).toBe("13.5");
    expect(r.total).toBe("15.3");
    expect(r.forms!["自评表"]!.total).toBe("17"); // 2 + 15
    expect(r.forms!["实地表"]!.total).toBe("13.6"); // 1.6 + 12
    const text = said(r.items["保密"]!);
    expect(text).toContain(
      "〔信息化绩效考核自评表〕规则「等次 评定」：评定 A 等，占分值的 100% → 100% × 15 分 = 15 分",
    );
    expect(text).toContain(
      "〔信息化绩效实地调查考核评价表〕规则「等次 评定」：评定 B 等，占分值的 80% → 80% × 15 分 = 12 分",
    );
    expect(text).toContain("按方案（合成 平均）取 2 张表的平均 = 13.5 分");
  });

  it("a veto reported on one form only applies to the combined figure", () => {
    const r = s.score(sub("乙", { 保密: "A" }, { 保密: "A", 泄密: true }));
    expect(r.forms!["自评表"]!.items["保密"]!.score).toBe("15");
    expect(r.forms!["实地表"]!.items["保密"]!.score).toBe("0");
    expect(r.items["保密"]!.score).toBe("0");
    expect(r.items["保密"]!.vetoedBy).toHaveLength(1);
    expect(r.total).toBe("2"); // 领导 A on both: 2; 保密 vetoed
  });

  it("the total veto is a fact of the unit, shared by the forms", () => {
    const r = s.score(sub("丙", { 保密: "A" }, { 保密: "A" }, true));
    expect(r.total).toBe("0");
    expect(r.forms!["自评表"]!.total).toBe("0");
    expect(r.vetoes.map((v) => v.target)).toEqual(["total"]);
  });

  it("N/A takes the mean of the other units on the same form: (2 + 1.2) ÷ 2 = 1.6 on 实地表", () => {
    const r = s.scoreAll([
      sub("甲", { 领导: "A", 保密: "A" }, { 领导: "A", 保密: "A" }), // 领导 2 on both forms
      sub("乙", { 领导: "B", 保密: "A" }, { 领导: "C", 保密: "A" }), // 领导 1.6 and 1.2
      sub("丙", { 领导: "A", 保密: "A" }, { 领导: null, 保密: "A" }), // 自评 2, 实地 N/A
    ]);
    const c = r.units[2]!;
    // 实地表: mean over 甲 2 and 乙 1.2 = 1.6; combined (2 + 1.6) ÷ 2 = 1.8
    expect(c.forms!["实地表"]!.items["领导"]).toMatchObject({ score: "1.6", na: true });
    expect(c.items["领导"]).toMatchObject({ score: "1.8", na: false });
    expect(said(c.forms!["实地表"]!.items["领导"]!)).toContain("本项取适用本项的 2 个单位得分的平均：3.2 ÷ 2 = 1.6 分");
  });
});

// 舍入 … 于 分项: an item at the top of its pool is rounded with the sections, on each form,
// before the forms are averaged.
const ROUNDED_BY_SECTION = `
方案 "两表按分项舍入" { }
表 自评表 "自评表"
表 实地表 "实地表"
合成 平均
舍入 0位 四舍五入 于 分项
指标 回复 "回复率" 10分 {
  输入 回复率: 比率
  得 回复率 × 10分
}
`;

describe("forms with rounding at the sections", () => {
  let r: Scorer;
  beforeAll(async () => {
    r = await scorerFor(ROUNDED_BY_SECTION);
  });
  const two = (self: number, field: number) => ({
    unit: { name: "甲" },
    forms: { 自评表: { items: { 回复: { 回复率: self } } }, 实地表: { items: { 回复: { 回复率: field } } } },
  });

  it("rounds each form's item before the mean: 61% → 6.1 → 6, 86% → 8.6 → 9; (6 + 9) ÷ 2 = 7.5 → 8", () => {
    // Averaged unrounded it would be (6.1 + 8.6) ÷ 2 = 7.35 → 7.
    const one = r.score(two(61, 86));
    expect(one.forms!["自评表"]!.total).toBe("6");
    expect(one.forms!["实地表"]!.total).toBe("9");
    expect(one.total).toBe("8");
    const batch = r.scoreAll([two(61, 86)]);
    expect(batch.units[0]!.total).toBe("8");
    expect(batch.units[0]!.forms!["实地表"]!.total).toBe("9");
  });
});
