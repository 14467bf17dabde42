// Each kind of rule, scored by the generated scorer and explained: the figure (computed by hand in
// the comment beside it) and the line a policy officer reads aloud.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, unit, type Scorer } from "./support.js";

const SCHEME = `
方案 "规则测试" { 年度 2024 }
舍入 2位 四舍五入 于 指标
指标 1 "参加会议" 2分 {
  输入 参加会议: 次数
  每 参加会议 得 1分 最高 2分
}
指标 2 "政务公开" 2分 {
  输入 及时: 是否
  输入 质量: 是否
  输入 互动: 是否
  部分 "及时性" 最高 0.8分 { 若 及时 得 0.8分 }
  部分 "质量" 最高 0.8分 { 若 质量 得 0.8分 }
  部分 "互动反馈" 最高 0.4分 { 若 互动 得 0.4分 }
}
指标 3 "完成任务" 1.8分 {
  输入 完成: 次数 最高 3
  每 完成 得 0.6分
}
指标 4 "基础数据库" 3分 {
  输入 数据库: 清单 [宏观经济, 企业法人, 人口, 自然资源]
  得 3分
  每 缺项(数据库) 扣 1分 最多扣 2分
}
指标 5 "专线接入" 3分 {
  输入 接入: 选项 [专线接入, 非专线接入, 未接入]
  按 接入 { 专线接入: 3分  非专线接入: 1分  未接入: 0分 }
}
指标 6 "项目完成" 3分 {
  输入 完成率: 比率
  分档 完成率 { ≥ 90%: 3分  [60%, 90%): 2分  < 60%: 1分 }
}
指标 7 "目录挂接" 3分 {
  输入 挂接: 次数
  输入 总数: 次数
  得 挂接 ÷ 总数 × 3分
  封顶 3分
}
指标 8 "领导重视" 2分 {
  输入 开会: 是否
  若 开会 得 2分 否则 0.5分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const all = {
  "1": { 参加会议: 3 },
  "2": { 及时: true, 质量: true, 互动: true },
  "3": { 完成: 3 },
  "4": { 数据库: ["宏观经济", "人口"] },
  "5": { 接入: "非专线接入" },
  "6": { 完成率: 90 },
  "7": { 挂接: 30, 总数: 40 },
  "8": { 开会: false },
};
const scored = (items: Record<string, Record<string, unknown>> = {}) => s.score(unit("甲", { ...all, ...items }));

describe("points per occurrence, capped (R4)", () => {
  it("参加会议 3 × 1 分 = 3 分, at most 2 → 2", () => {
    const r = scored();
    expect(r.items["1"]!.score).toBe("2");
    expect(said(r.items["1"]!)).toContain("参加会议 3 × 1 分 = 3 分，最高 2 分 → 2 分");
    expect(said(r.items["1"]!, "en")).toContain("参加会议 3 × 1 points = 3 points, at most 2 → 2 points");
  });
  it("under the cap no cap is mentioned: 1 × 1 分 = 1 分", () => {
    const r = scored({ "1": { 参加会议: 1 } });
    expect(r.items["1"]!.score).toBe("1");
    expect(said(r.items["1"]!)).toContain("参加会议 1 × 1 分 = 1 分");
    expect(said(r.items["1"]!)).not.toContain("最高 2 分 →");
  });
  it("exact decimals: 3 × 0.6 = 1.8, not 1.7999999999999998", () => {
    const r = scored();
    expect(r.items["3"]!.score).toBe("1.8");
    expect(said(r.items["3"]!)).toContain("完成 3 × 0.6 分 = 1.8 分");
  });
});

describe("sub-caps inside one item (R11)", () => {
  it("0.8 + 0.8 + 0.4 = 2 exactly, each part named", () => {
    const r = scored();
    expect(r.items["2"]!.score).toBe("2");
    const text = said(r.items["2"]!);
    expect(text).toContain("部分「及时性」：0.8 = 0.8 分");
    expect(text).toContain("合计：0.8 + 0.8 + 0.4 = 2 分");
  });
  it("a missing part scores 0: 0.8 + 0 + 0.4 = 1.2", () => {
    const r = scored({ "2": { 及时: true, 质量: false, 互动: true } });
    expect(r.items["2"]!.score).toBe("1.2");
    expect(said(r.items["2"]!)).toContain("条件不成立 → 0 分");
  });
});

describe("deductions per missing element (R5)", () => {
  it("two of four databases: 3 − min(2 × 1, 2) = 1, the missing ones named", () => {
    const r = scored();
    expect(r.items["4"]!.score).toBe("1");
    expect(said(r.items["4"]!)).toContain("数据库 缺 2 项（企业法人、自然资源）");
  });
  it("all missing: the deduction stops at 2 (最多扣 2 分): 3 − 2 = 1", () => {
    const r = scored({ "4": { 数据库: [] } });
    expect(r.items["4"]!.score).toBe("1");
    expect(said(r.items["4"]!)).toContain("最多扣 2 分 → −2 分");
  });
  it("none missing: 3 − 0 = 3", () => {
    expect(scored({ "4": { 数据库: ["宏观经济", "企业法人", "人口", "自然资源"] } }).items["4"]!.score).toBe("3");
  });
});

describe("a value per option (R2) and tiers (R6)", () => {
  it("非专线接入 → 1 分", () => {
    const r = scored();
    expect(r.items["5"]!.score).toBe("1");
    expect(said(r.items["5"]!)).toContain("接入「非专线接入」 → 1 分");
  });
  it.each([
    [90, "3", "≥ 90%"], // 90% is in [90%, ∞)
    [89.99, "2", "[60%, 90%)"], // 90% is excluded from [60%, 90%)
    [60, "2", "[60%, 90%)"], // 60% is included
    [59.9, "1", "< 60%"],
  ])("完成率 %s (percent) → %s 分 in the band %s", (rate, points, band) => {
    const r = scored({ "6": { 完成率: rate } });
    expect(r.items["6"]!.score).toBe(points);
    expect(said(r.items["6"]!)).toContain(`完成率 ${rate}%，落在「${band}」档 → ${points} 分`);
  });
});

describe("a rate times the points (R7)", () => {
  it("30 ÷ 40 × 3 = 2.25", () => {
    const r = scored();
    expect(r.items["7"]!.score).toBe("2.25");
    expect(said(r.items["7"]!)).toMatch(/挂接 30 ÷ 总数 40 × 3 = 2\.25 分/);
  });
  it("1 ÷ 3 × 3 = 1 exactly (no 0.9999…)", () => {
    expect(scored({ "7": { 挂接: 1, 总数: 3 } }).items["7"]!.score).toBe("1");
  });
  it("2 ÷ 3 × 3 … 10 ÷ 7 × 3 = 4.285714… is capped at 3", () => {
    const r = scored({ "7": { 挂接: 10, 总数: 7 } });
    expect(r.items["7"]!.score).toBe("3");
    expect(said(r.items["7"]!)).toContain("封顶 3 分 → 3 分");
  });
  it("1 ÷ 7 × 3 = 0.428571… rounds to 0.43 as declared, and says so", () => {
    const r = scored({ "7": { 挂接: 1, 总数: 7 } });
    expect(r.items["7"]!.score).toBe("0.43");
    expect(said(r.items["7"]!)).toContain("按方案舍入（保留 2 位小数，四舍五入）：0.428571… → 0.43 分");
  });
  it("a division by 0 counts as 0 and says so", () => {
    const r = scored({ "7": { 挂接: 0, 总数: 0 } });
    expect(r.items["7"]!.score).toBe("0");
    expect(said(r.items["7"]!)).toContain("除数为 0，按 0 计");
  });
});

describe("fixed points when a condition holds (R1)", () => {
  it("否则 gives the other figure: 开会 否 → 0.5", () => {
    const r = scored();
    expect(r.items["8"]!.score).toBe("0.5");
    expect(said(r.items["8"]!)).toContain("开会：否，条件不成立 → 0.5 分");
    expect(said(r.items["8"]!, "en")).toContain("开会: no, which does not hold → 0.5 points");
  });
});

describe("the unit", () => {
  it("total = the sum of the items: 2 + 2 + 1.8 + 1 + 1 + 3 + 2.25 + 0.5 = 13.55", () => {
    const r = scored();
    expect(r.total).toBe("13.55");
    expect(Object.values(r.pools)).toEqual(["13.55"]);
    expect(r.complete).toBe(true);
    expect(r.items["1"]!.max).toBe("2");
  });
  it("every item's last line states its figure and its maximum", () => {
    const r = scored();
    for (const [id, item] of Object.entries(r.items)) {
      expect(item.explanation["zh-CN"].at(-1), id).toBe(`本项得分 ${item.score} 分（满分 ${item.max} 分）`);
      expect(item.explanation.en.at(-1), id).toBe(`Item score: ${item.score} points (out of ${item.max})`);
    }
  });
});
