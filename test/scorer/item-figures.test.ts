// An item's named figures (量 written in an item) in its result: `items[id].figures`, by name,
// exact, the way a unit's `figures` writes them (a rate as a fraction; one that does not terminate
// rounded as the scheme declares). In a batch they are worked out when the items are first read
// (by scoring the unit again), alone with the first scoring. Every figure is worked out by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { scorerFor, type Scorer } from "./support.js";

// The manual's example ("Named figures: 量"), an item without figures, one that may be N/A, and
// a figure of an item that reads a rate.
const SCHEME = `
方案 "综合投资率" { }
舍入 2位 四舍五入 于 指标
无此项 按 平均分

指标 投资 "信息化投资完成情况" 10分 {
  输入 投资额 数量 万元
  输入 目标额 数量 万元 最低 1万元
  输入 难度系数 数值 最高 2
  量 完成率 = 投资额 ÷ 目标额
  量 综合投资率 = 完成率 × 难度系数
  分档 综合投资率 { ≥ 1: 10分, [0.8, 1): 8分, < 0.8: 5分 }
}
指标 机构 "机构健全" 2分 {
  输入 健全 是否
  若 健全 得 2分
}
指标 公开 "信息公开" 4分 {
  可无此项
  输入 公开率 比率
  量 短缺率 = 100% - 公开率
  若 短缺率 ≤ 10% 得 4分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (name: string, 投资额: number, 目标额: number, 难度系数: number, 公开率: number | null) => ({
  unit: { name },
  items: {
    投资: { 投资额, 目标额, 难度系数 },
    机构: { 健全: true },
    ...(公开率 === null ? {} : { 公开: { 公开率 } }),
  },
  notApplicable: 公开率 === null ? ["公开"] : [],
});
// 甲县: 350 ÷ 400 = 0.875, × 1.2 = 1.05 ≥ 1 → 10; 公开率 95%: 短缺率 100% − 95% = 5% = 0.05 → 4.
const 甲 = () => unit("甲县", 350, 400, 1.2, 95);
// 乙县: 100 ÷ 300 = 0.3333…, shown as declared (2位 四舍五入) "0.33"; × 1 the same; < 0.8 → 5;
// 公开 reported N/A: the peer average stands for it (4 in the batch), its rules are not worked out.
const 乙 = () => unit("乙县", 100, 300, 1, null);

describe("an item's named figures", () => {
  it("are in its result, exact, as the unit's figures are written (in a batch)", () => {
    const [a, b] = s.scoreAll([甲(), 乙()]).units;
    expect(a!.items["投资"]!.figures).toEqual({ 完成率: "0.875", 综合投资率: "1.05" }); // 350 ÷ 400; 0.875 × 1.2
    expect(a!.items["投资"]!.score).toBe("10"); // 1.05 ≥ 1
    expect(a!.items["公开"]!.figures).toEqual({ 短缺率: "0.05" }); // 1 − 0.95, a rate as a fraction
    expect(b!.items["投资"]!.figures).toEqual({ 完成率: "0.33", 综合投资率: "0.33" }); // 1/3 → 0.33; 1/3 × 1
    expect(b!.items["投资"]!.score).toBe("5"); // 1/3 < 0.8
  });

  it("are the same when the unit is scored alone", () => {
    const r = s.score(甲());
    expect(r.items["投资"]!.figures).toEqual({ 完成率: "0.875", 综合投资率: "1.05" }); // 350 ÷ 400; 0.875 × 1.2
    expect(r.items["公开"]!.figures).toEqual({ 短缺率: "0.05" }); // 1 − 0.95
  });

  it("are {} for an item without figures, and for one reported N/A (not worked out)", () => {
    const [, b] = s.scoreAll([甲(), 乙()]).units;
    expect(b!.items["机构"]!.figures).toEqual({});
    expect(b!.items["公开"]!.figures).toEqual({});
    expect(s.score(乙()).items["公开"]!.figures).toEqual({});
    expect(s.score(乙()).items["机构"]!.figures).toEqual({});
  });

  it("do not change when the explanations are read first, and go into JSON", () => {
    const [a] = s.scoreAll([甲(), 乙()]).units;
    expect(a!.explanation["zh-CN"].length).toBeGreaterThan(0);
    const json = JSON.parse(JSON.stringify(a!.items["投资"]));
    expect(json.figures).toEqual({ 完成率: "0.875", 综合投资率: "1.05" }); // as above
  });
});

// With forms (R15): each form's result has its own figures, the combined result their mean (an
// amount ÷ an amount is a rate, given as a fraction).
const FORMS = `
方案 "两表" { }
表 自评表 "自评表"
表 实地表 "实地调查表"
合成 平均
舍入 2位 四舍五入 于 指标
指标 完成 "任务完成" 10分 {
  输入 完成额 数量 万元
  输入 计划额 数量 万元 最低 1万元
  量 完成率 = 完成额 ÷ 计划额
  若 完成率 ≥ 80% 得 10分
}
`;

describe("an item's named figures with forms", () => {
  let f: Scorer;
  beforeAll(async () => {
    f = await scorerFor(FORMS);
  });
  // 自评表 8 of 10 = 0.8; 实地表 6 of 10 = 0.6; combined (0.8 + 0.6) ÷ 2 = 0.7.
  const sub = (name: string) => ({
    unit: { name },
    forms: {
      自评表: { items: { 完成: { 完成额: 8, 计划额: 10 } } },
      实地表: { items: { 完成: { 完成额: 6, 计划额: 10 } } },
    },
  });

  it("are each form's own, and their mean combined, alone and in a batch", () => {
    for (const r of [f.score(sub("甲")), f.scoreAll([sub("甲"), sub("乙")]).units[0]!]) {
      expect(r.forms!["自评表"]!.items["完成"]!.figures).toEqual({ 完成率: "0.8" }); // 8 ÷ 10
      expect(r.forms!["实地表"]!.items["完成"]!.figures).toEqual({ 完成率: "0.6" }); // 6 ÷ 10
      expect(r.items["完成"]!.figures).toEqual({ 完成率: "0.7" }); // (0.8 + 0.6) ÷ 2
      expect(r.items["完成"]!.score).toBe("5"); // (10 + 0) ÷ 2
    }
  });
});
