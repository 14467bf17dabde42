// How explanations write what the scheme says and what the unit reported: a count as a bare number
// (a count has no unit in the IR: "缺项数 2", not "缺项数 2 次"); sums with their signs ("10 − 12 =
// −2", not "10 + -12 = -2"); a rule, band or veto condition written over several lines quoted on one;
// a rule chosen by a condition naming the condition and the side taken. Loading and scoring print
// nothing.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "说明的写法" { }
单位 县区 "县区" { 甲县 }
单位 部门 "部门" { 乙局 }
输入 事故: 次数
输入 重大: 是否
计分池 基本 "基准分" 10分 {
  分项 安全 "网络安全" 10分 {
    否决 若 事故 ≥ 3 或
         重大 则 安全
    指标 1 "安全管理" 6分 {
      输入 会议: 次数
      输入 资金: 数量 万元
      得 6分
      每 事故 扣 4分
      若 资金 ≥ 10万元 且
         会议 ≥ 2 加 1分 ★
      最低 0分
    }
    指标 2 "制度" 4分 {
      输入 完成率: 比率
      若 单位类别 = 县区 {
        分档 完成率 { ≥ 90%: 4分,
                      [60%, 90%): 2分, 其余: 0分 }
      } 否则 {
        若 完成率 ≥ 80% 得 4分
      }
    }
  }
}
计分池 加扣分 "加扣分项" 调整 ★
指标 3 "通报" ★ {
  输入 通报次数: 次数 最高 5
  每 通报次数 扣 2分 最多扣 6分
  最低 不限
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const sub = (name: string, o: { 事故?: number; 会议?: number; 资金?: number; 完成率?: number; 通报?: number } = {}) => ({
  unit: { name },
  facts: { 事故: o.事故 ?? 0, 重大: false },
  items: {
    "1": { 会议: o.会议 ?? 2, 资金: o.资金 ?? 20 },
    "2": { 完成率: o.完成率 ?? 95 },
    "3": { 通报次数: o.通报 ?? 0 },
  },
});

describe("figures in explanations", () => {
  it("a count is a bare number; an amount keeps its unit", () => {
    const text = said(s.score(sub("甲县", { 事故: 1 })).items["1"]!);
    // 1 × −4 = −4
    expect(text).toContain("规则「每 事故 扣 4分」：事故 1 × −4 分 = −4 分");
    expect(text).toContain("资金 20万元 ≥ 10万元 且 会议 2 ≥ 2");
    expect(text).not.toMatch(/\d 次/);
  });

  it("a sum with a deduction: 6 − 8 = −2, floored at 0; negative figures with a minus sign", () => {
    const r = s.score(sub("甲县", { 事故: 2, 通报: 2 }));
    const item = said(r.items["1"]!);
    // 6 + (2 × −4) = −2 → 最低 0
    expect(item).toContain("合计：6 − 8 = −2 分");
    expect(item).toContain("最低 0 分 → 0 分");
    expect(item).not.toMatch(/\+ -|-\d/);
    // 通报 2 × −2 = −4 in 加扣分, and the ★ part of item 1 (资金 20 ≥ 10, 会议 2 ≥ 2) is 1: −4 + 1 = −3
    expect(said(r.items["3"]!)).toContain("本项得分 −4 分，计入「加扣分项」");
    expect(said(r)).toContain("加扣分项：「3」−4 + 「1」1 = −3 分");
    // 基准分 0 + 4 = 4; total 4 − 3 = 1
    expect(said(r)).toContain("总分 = 基准分 4 − 加扣分项 3 = 1 分");
    expect(r.total).toBe("1");
  });

  it("a rule, a band and a veto condition written over several lines are quoted on one", () => {
    const r = s.score(sub("甲县", { 事故: 3, 完成率: 70 }));
    expect(said(r.items["1"]!)).toContain("规则「若 资金 ≥ 10万元 且 会议 ≥ 2 加 1分 ★」");
    expect(said(r.items["2"]!)).toContain("落在「[60%, 90%)」档 → 2 分");
    expect(r.vetoes[0]!.label).toBe("事故 ≥ 3 或 重大");
    expect(said(r.sections["安全"]!)).toContain("一票否决「事故 ≥ 3 或 重大」→ 本分项 0 分");
    for (const line of [...r.explanation["zh-CN"], ...r.items["1"]!.explanation["zh-CN"]]) expect(line).not.toContain("\n");
  });

  it("a rule chosen by the unit's kind names the condition and the side taken", () => {
    const county = said(s.score(sub("甲县", { 完成率: 95 })).items["2"]!);
    expect(county).toContain("规则「若 单位类别 = 县区」：单位类别「县区」 = 「县区」，条件成立 → 按其下的规则计分");
    expect(county).toContain("完成率 95%，落在「≥ 90%」档 → 4 分");
    const office = said(s.score(sub("乙局", { 完成率: 85 })).items["2"]!, "en");
    expect(office).toContain("unit kind “部门” = “县区”, which does not hold → scored by the rules under “否则”");
    expect(office).toContain("完成率 85% ≥ 80%, which holds → 4 points");
  });
});

describe("output", () => {
  afterEach(() => vi.restoreAllMocks());

  it("loading a scorer, scoring and explaining write nothing to stdout or the console", async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    for (const method of ["log", "info", "debug", "warn", "error"] as const)
      vi.spyOn(console, method).mockImplementation((...args) => void written.push(args.join(" ")));
    const fresh = await scorerFor(SCHEME.replace("说明的写法", "说明的写法（另一份）"));
    const batch = fresh.scoreAll([sub("甲县", { 事故: 1 }), sub("乙局")]);
    for (const u of batch.units) for (const item of Object.values(u.items)) expect(item.explanation.en.length).toBeGreaterThan(0);
    fresh.score(sub("甲县"));
    expect(written).toEqual([]);
  });
});

describe("rates are written one way, as the scheme writes them", () => {
  const RATES = `
方案 "比率的写法" { }
舍入 2位 四舍五入 于 指标
计分池 基本 "基准分" 30分 {
  指标 12 "网上办理" 30分 {
    输入 网上办理率: 比率
    最高值比 网上办理率
  }
}
`;
  let r: Scorer;
  beforeAll(async () => {
    r = await scorerFor(RATES);
  });

  it("ratio to the best: the best unit's rate as a percent, like the unit's own", () => {
    const batch = r.scoreAll([
      { unit: { name: "甲局" }, items: { "12": { 网上办理率: 95 } } },
      { unit: { name: "乙局" }, items: { "12": { 网上办理率: 76 } } },
    ]);
    const line = said(batch.units[1]!.items["12"]!);
    // 76% ÷ 95% × 30 = 24.
    expect(line).toContain("网上办理率 76% ÷ 最高值 95%（甲局）× 30 分 = 24 分");
    expect(line).not.toContain("0.95");
  });
});
