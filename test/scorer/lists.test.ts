// List inputs: one value per column (a fixed dimension) or per account (an open one), read through
// 个数 / 合计 / 平均 / 最小 / 最大 and `每 栏目 若 …`; the explanations name the elements that
// counted. Every figure by hand below.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Item } from "../../compiler/ir.js";
import { cmp, parse } from "../../generators/scorer/runtime/decimal.js";
import { validSubmission } from "../support/arbitrary.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "列表输入" { }
舍入 2位 四舍五入 于 指标
维度 栏目 "网站栏目" { 政务公开, 办事服务, 互动交流 }
维度 账号 "政务新媒体账号"

指标 回复 "栏目留言回复率" 2分 {
  输入 回复率 比率 每 栏目 "各栏目留言回复率"
  得 2分
  每 栏目 若 回复率 < 90% 扣 0.5分 最多扣 1分
}
指标 更新 "栏目更新率" 3分 {
  输入 更新率 比率 每 栏目
  若 平均(更新率) ≥ 90% 得 2分
  若 最小(更新率) ≥ 80% 得 1分
}
指标 新媒体 "政务新媒体更新" 4分 {
  输入 更新次数 次数 每 账号 "各账号全年更新次数"
  每 个数(更新次数 ≥ 12) 得 1分 最高 4分
}
指标 信息 "信息报送" 5分 {
  输入 条数 次数 每 栏目 最高 100
  得 合计(条数) ÷ 300 × 5分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const 甲 = {
  unit: { name: "甲" },
  items: {
    回复: { 回复率: { 政务公开: 95, 办事服务: 85, 互动交流: 80 } },
    更新: { 更新率: { 政务公开: 100, 办事服务: 90, 互动交流: 83 } },
    新媒体: { 更新次数: [12, 5, 20, 13, 12] },
    信息: { 条数: { 政务公开: 100, 办事服务: 50, 互动交流: 30 } },
  },
};
const 乙 = {
  unit: { name: "乙" },
  items: {
    回复: { 回复率: { 政务公开: 95, 办事服务: 92, 互动交流: 90 } },
    更新: { 更新率: { 政务公开: 90, 办事服务: 85, 互动交流: 94 } },
    新媒体: { 更新次数: [] },
    信息: { 条数: { 政务公开: 0, 办事服务: 0, 互动交流: 1 } },
  },
};

describe("list inputs in the scorer", () => {
  it("甲: two columns below 90% deduct 0.5 each, at most 1; the mean 91% and the least 83%; 4 accounts; 180 of 300", () => {
    const r = s.score(甲);
    expect(r.items["回复"]!.score).toBe("1"); // 85% and 80% < 90%: 2 × 0.5 = 1 (at most 1); 2 − 1
    expect(r.items["更新"]!.score).toBe("3"); // (100 + 90 + 83) ÷ 3 = 91% ≥ 90%: 2; least 83% ≥ 80%: 1
    expect(r.items["新媒体"]!.score).toBe("4"); // 12, 20, 13, 12 ≥ 12: 4 × 1 = 4 (at most 4)
    expect(r.items["信息"]!.score).toBe("3"); // 100 + 50 + 30 = 180; 180 ÷ 300 × 5 = 3
    expect(r.total).toBe("11"); // 1 + 3 + 4 + 3
  });

  it("乙: no column below 90%; the mean 89.67% misses 90%; no account; 1 of 300 rounds to 0.02", () => {
    const r = s.score(乙);
    expect(r.items["回复"]!.score).toBe("2"); // 95, 92, 90: none < 90%
    expect(r.items["更新"]!.score).toBe("1"); // (90 + 85 + 94) ÷ 3 = 89.67% < 90%: 0; least 85% ≥ 80%: 1
    expect(r.items["新媒体"]!.score).toBe("0"); // an empty list counts 0
    expect(r.items["信息"]!.score).toBe("0.02"); // 1 ÷ 300 × 5 = 0.01666… → 0.02
    expect(r.total).toBe("3.02"); // 2 + 1 + 0 + 0.02
  });

  it("explanations list the elements that counted (for 个数), and every element (for 平均, 最小, 合计)", () => {
    const r = s.score(甲);
    expect(said(r.items["回复"]!)).toContain(
      "规则「每 栏目 若 回复率 < 90% 扣 0.5分 最多扣 1分」：个数 2（办事服务：回复率 85% < 90%、互动交流：回复率 80% < 90%）",
    );
    expect(said(r.items["回复"]!)).not.toContain("政务公开：");
    expect(said(r.items["回复"]!, "en")).toContain("count 2 (办事服务: 回复率 85% < 90%, 互动交流: 回复率 80% < 90%)");
    expect(said(r.items["更新"]!)).toContain("平均 91%（政务公开：更新率 100%、办事服务：更新率 90%、互动交流：更新率 83%） ≥ 90%");
    expect(said(r.items["更新"]!, "en")).toContain("least 83% (政务公开: 更新率 100%");
    // an open list names its elements by place
    expect(said(r.items["新媒体"]!)).toContain("个数 4（第 1 项：更新次数 12 ≥ 12、第 3 项：更新次数 20 ≥ 12");
    expect(said(r.items["新媒体"]!, "en")).toContain("count 4 (#1: 更新次数 12 ≥ 12, #3: 更新次数 20 ≥ 12");
    expect(said(r.items["信息"]!)).toContain("合计 180（政务公开：条数 100、办事服务：条数 50、互动交流：条数 30） ÷ 300 × 5 = 3 分");
    expect(said(s.score(乙).items["新媒体"]!)).toContain("个数 0（无）");
  });

  it("keeps every item within the range the checker proved, for random lists (empty open lists too)", () => {
    const items = s.ir.nodes.filter((n): n is Item => n.kind === "item");
    const within = (v: string, lo: string | null, hi: string | null) =>
      (lo === null || cmp(parse(v)!, parse(lo)!) >= 0) && (hi === null || cmp(parse(v)!, parse(hi)!) <= 0);
    fc.assert(
      fc.property(validSubmission(s.ir), (sub) => {
        const r = s.score(sub);
        for (const item of items) expect(within(r.items[item.id]!.score, item.min, item.max)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a fixed list without an element, with one it does not have, or out of range, naming the element", () => {
    const bad = { ...甲, items: { ...甲.items, 回复: { 回复率: { 政务公开: 95, 办事服务: 185, 其他: 3 } } } };
    let problems: Array<{ code: string; path: string; message: Record<string, string> }> = [];
    try {
      s.score(bad);
    } catch (e) {
      expect(e).toBeInstanceOf(s.SubmissionError);
      problems = (e as { problems: typeof problems }).problems;
    }
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["S112", "/items/回复/回复率/互动交流"],
      ["S111", "/items/回复/回复率/其他"],
      ["S115", "/items/回复/回复率/办事服务"],
    ]);
    expect(problems[0]!.message["zh-CN"]).toContain("「各栏目留言回复率」中「互动交流」的值未填写");
    expect(problems[1]!.message.en).toContain("Allowed keys: 政务公开, 办事服务, 互动交流.");
  });
});

const MORE = `
方案 "列表：单位情况、量、否决、等次" { }
舍入 2位 四舍五入 于 指标
等次 { A: 100%, B: 60% }
维度 月份 { 1月, 2月, 3月 }
维度 栏目 { 政务公开, 办事服务, 互动交流 }
输入 按时报送 是否 每 月份 "各月按时报送"
量 按时月数 = 个数(按时报送)
否决 若 个数(非 按时报送) ≥ 2 则 取消评优 "两个月以上未按时报送"
指标 报送 "按月报送" 3分 {
  每 按时月数 得 1分
}
指标 回复 "高于平均的栏目" 3分 {
  输入 回复率 比率 每 栏目
  输入 目标率 比率 每 栏目
  量 均值 = 平均(回复率)
  每 个数(回复率 > 均值) 得 0.5分
  每 栏目 若 回复率 ≥ 目标率 得 0.5分
}
指标 评级 "评级" 5分 {
  输入 率 比率 每 栏目
  等次 { A: 平均(率) ≥ 95%, B: 平均(率) < 95% }
}
`;

describe("a list fact, a figure and a veto over it; two lists of one dimension paired; a grade from a mean", () => {
  let m: Scorer;
  beforeAll(async () => {
    m = await scorerFor(MORE);
  });
  const sub = (months: boolean[], rates: number[], targets: number[], grade: number[]) => {
    const by = <T>(keys: string[], values: T[]) => Object.fromEntries(keys.map((k, i) => [k, values[i]]));
    const columns = ["政务公开", "办事服务", "互动交流"];
    return {
      unit: { name: "甲" },
      facts: { 按时报送: by(["1月", "2月", "3月"], months) },
      items: { 回复: { 回复率: by(columns, rates), 目标率: by(columns, targets) }, 评级: { 率: by(columns, grade) } },
    };
  };

  it("one month on time of three: 1分 and disqualified; one column above the mean, two at their target; mean 95% is A", () => {
    const r = m.score(sub([true, false, false], [95, 85, 80], [90, 85, 90], [100, 90, 95]));
    expect(r.figures).toEqual({ 按时月数: "1" }); // only 1月
    expect(r.items["报送"]!.score).toBe("1"); // 1 × 1
    expect(r.flags).toEqual(["disqualified"]); // 2月 and 3月 late: 2 ≥ 2
    expect(r.items["回复"]!.score).toBe("1.5"); // mean (95 + 85 + 80) ÷ 3 = 86.67%: only 95% above, 0.5; 95 ≥ 90, 85 ≥ 85: 2 × 0.5 = 1
    expect(r.items["评级"]!.score).toBe("5"); // (100 + 90 + 95) ÷ 3 = 95% ≥ 95%: A, 100% × 5
    expect(r.total).toBe("7.5"); // 1 + 1.5 + 5
    expect(said(r)).toContain("量 按时月数 = 个数(按时报送) = 个数 1（1月：按时报送：是） = 1");
    expect(said(r)).toContain("「两个月以上未按时报送」：个数 2（2月：非（按时报送：否）、3月：非（按时报送：否）） ≥ 2");
  });

  it("every month on time: 3分, no flag; no column above a mean of 90%; a mean of 94.67% is B", () => {
    const r = m.score(sub([true, true, true], [90, 90, 90], [90, 90, 90], [94, 95, 95]));
    expect(r.items["报送"]!.score).toBe("3"); // 3 × 1
    expect(r.flags).toEqual([]); // none late
    expect(r.items["回复"]!.score).toBe("1.5"); // none above 90%: 0; all three at 90%: 3 × 0.5
    expect(r.items["评级"]!.score).toBe("3"); // (94 + 95 + 95) ÷ 3 = 94.67% < 95%: B, 60% × 5
    expect(r.total).toBe("7.5"); // 3 + 1.5 + 3
  });
});

describe("a list compared across units", () => {
  it("最高值比 平均(回复率): each unit's mean over the best mean × the points", async () => {
    const c = await scorerFor(`
方案 "列表：最高值比" { }
舍入 2位 四舍五入 于 指标
维度 栏目 { 政务公开, 办事服务 }
指标 回复 "平均回复率" 10分 {
  输入 回复率 比率 每 栏目
  最高值比 平均(回复率)
}
`);
    const unit = (name: string, a: number, b: number) => ({ unit: { name }, items: { 回复: { 回复率: { 政务公开: a, 办事服务: b } } } });
    const batch = c.scoreAll([unit("甲", 90, 100), unit("乙", 80, 90)]);
    expect(batch.units[0]!.items["回复"]!.score).toBe("10"); // mean 95% is the best: 95 ÷ 95 × 10
    expect(batch.units[1]!.items["回复"]!.score).toBe("8.95"); // mean 85%: 85 ÷ 95 × 10 = 8.947… → 8.95
    expect(c.score(unit("乙", 80, 90)).items["回复"]!.pending).toBe(true); // alone: needs the others
  });
});

describe("a ranking averaged over periods", () => {
  it("ranks the units by the mean of their monthly ranks (排名 按 a figure over a list)", async () => {
    const c = await scorerFor(`
方案 "月度名次取平均" { }
舍入 2位 四舍五入 于 指标
维度 月份 { 1月, 2月, 3月 }
输入 月度名次 名次 每 月份 共 3 "各月在全市的名次"
量 平均名次 = 平均(月度名次)
指标 名次 "月度名次" 10分 {
  分档 平均名次 { ≤ 1.5: 10分, (1.5, 2.5]: 6分, 其余: 2分 }
}
排名 按 平均名次 升序 { 前 1 "表彰" }
`);
    const unit = (name: string, ranks: number[]) => ({
      unit: { name },
      facts: { 月度名次: { "1月": ranks[0], "2月": ranks[1], "3月": ranks[2] } },
      items: { 名次: {} },
    });
    const batch = c.scoreAll([unit("甲", [1, 3, 2]), unit("乙", [2, 1, 1]), unit("丙", [3, 2, 3])]);
    const [甲, 乙, 丙] = batch.units;
    expect(甲!.figures).toEqual({ 平均名次: "2" }); // (1 + 3 + 2) ÷ 3
    expect([甲!.items["名次"]!.score, 乙!.items["名次"]!.score, 丙!.items["名次"]!.score]).toEqual(["6", "10", "2"]); // 2 in (1.5, 2.5]; 4/3 ≤ 1.5; 8/3 above
    expect(batch.ranking!.map((r) => [r.unit, r.rank, r.marks])).toEqual([
      ["乙", 1, ["表彰"]], // mean 4/3, the least
      ["甲", 2, []], // mean 2
      ["丙", 3, []], // mean 8/3
    ]);
  });
});

describe("examples/lists: the illustrative scheme in examples/README.md", () => {
  it("scores 甲县 9 and 乙县 1.52", async () => {
    const { readFileSync } = await import("node:fs");
    const ex = await scorerFor(readFileSync("examples/lists/website.kaohe", "utf8"));
    const read = (name: string) => JSON.parse(readFileSync(`examples/lists/${name}.json`, "utf8"));
    const 甲县 = ex.score(read("甲县"));
    // 85%, 80% < 90%: 2 − 2 × 0.5 = 1; mean 91% ≥ 90% and least 83% ≥ 80%: 3; 12 and 20 ≥ 12: 2; 180 ÷ 300 × 5 = 3
    expect(Object.values(甲县.items).map((i) => i.score)).toEqual(["1", "3", "2", "3"]);
    expect(甲县.total).toBe("9"); // 1 + 3 + 2 + 3
    const 乙县 = ex.score(read("乙县"));
    // all three < 90%: 2 − 3 × 0.5 = 0.5; mean 89.67% < 90%, least 85% ≥ 80%: 1; no account: 0; 1 ÷ 300 × 5 = 0.02
    expect(Object.values(乙县.items).map((i) => i.score)).toEqual(["0.5", "1", "0", "0.02"]);
    expect(乙县.total).toBe("1.52"); // 0.5 + 1 + 0 + 0.02
  });
});
