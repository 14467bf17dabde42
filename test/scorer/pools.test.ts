// Score pools (S2, R12): the base pool (never below 0, at most its points), ★ adjustments (may be
// negative, outside the base), a capped bonus pool; the sub-scale with overflow (R18); N/A
// renormalised over the rest of the pool (R14, 无此项 按 重新分配).
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, unit, type Scorer } from "./support.js";

const SCHEME = `
方案 "计分池测试" { 年度 2024 }
舍入 2位 四舍五入 于 指标
无此项 按 重新分配
计分池 加扣分 "加扣分项" 调整 ★
计分池 奖励 "超额奖励" 2分 加分
计分池 基准分 "基准分" 12分 {
  指标 1 "甲" 4分 {
    可无此项
    输入 分: 分数 满分 4
    输入 主动: 是否
    得 分
    若 主动 加 2分 ★
  }
  指标 2 "乙" 6分 {
    可无此项
    输入 分: 分数 满分 6
    得 分
  }
  指标 3 "内容保障" 2分 {
    输入 报送: 次数
    每 报送 得 1分
    折算 300分 为 2分 超出 计入 奖励 最高 3分
  }
}
指标 4 "全年无安全事件" ★ {
  输入 三级事件: 次数
  每 三级事件 扣 3分
  最低 不限
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

describe("pools", () => {
  it("★ parts and ★ items go to the adjustment pool, which may be negative", () => {
    const r = s.score(
      unit("甲", { "1": { 分: 3, 主动: true }, "2": { 分: 5 }, "3": { 报送: 450 }, "4": { 三级事件: 2 } }),
    );
    // item 1: 3 in 基准分, ★ 2 in 加扣分; item 3: 450 × 1 = 450 on 300 → × 2 ÷ 300 = 3 → keeps 2, 1 to 奖励
    // item 4: 2 × −3 = −6. 基准分 3 + 5 + 2 = 10; 奖励 1; 加扣分 2 − 6 = −4; total 10 + 1 − 4 = 7
    expect(r.pools).toEqual({ 加扣分: "-4", 奖励: "1", 基准分: "10" });
    expect(r.total).toBe("7");
    expect(r.items["1"]!.pools).toEqual({ 基准分: "3", 加扣分: "2" });
    expect(r.items["4"]!.score).toBe("-6");
    expect(r.items["4"]!.max).toBeNull();
    expect(said(r.items["1"]!)).toContain("规则「若 主动 加 2分 ★」：主动：是，条件成立 → 2 分（计入「加扣分项」）");
    expect(said(r.items["4"]!)).toContain("本项得分 −6 分，计入「加扣分项」");
    expect(said(r)).toContain("加扣分项：「4」−6 + 「1」2 = −4 分"); // items by id: the ★ item, then the ★ part
    expect(said(r)).toContain("总分 = 加扣分项 −4 + 超额奖励 1 + 基准分 10 = 7 分");
  });

  it("the sub-scale: 900 on 300 → 6, keeps 2, 4 over → at most 3 → the bonus pool caps at 2", () => {
    const r = s.score(
      unit("乙", { "1": { 分: 4, 主动: false }, "2": { 分: 6 }, "3": { 报送: 900 }, "4": { 三级事件: 0 } }),
    );
    // 基准分 4 + 6 + 2 = 12; 奖励 min(min(6 − 2, 3), 2) = 2; 加扣分 0; total 14
    expect(r.items["3"]!.pools).toEqual({ 基准分: "2", 奖励: "3" });
    expect(r.pools).toEqual({ 加扣分: "0", 奖励: "2", 基准分: "12" });
    expect(r.total).toBe("14");
    const item = said(r.items["3"]!);
    expect(item).toContain("折算：900 分 × 2 ÷ 300 = 6 分");
    expect(item).toContain("超出 2 分的 4 分计入「超额奖励」，最高 3 分 → 3 分；本项取 2 分");
    expect(said(r)).toContain("超额奖励最高 2 分 → 2 分");
  });
});

describe("N/A renormalised (无此项 按 重新分配)", () => {
  it("甲 N/A: 乙 and 内容保障 share its 4 points: × 12 ÷ 8 = × 1.5", () => {
    const r = s.score({
      unit: { name: "丙" },
      items: { "2": { 分: 5 }, "3": { 报送: 150 }, "4": { 三级事件: 0 } },
      notApplicable: ["1"],
    });
    // 乙 5 × 1.5 = 7.5 (max 6 × 1.5 = 9); 内容保障 150 × 2 ÷ 300 = 1 → × 1.5 = 1.5 (max 3); 甲 0 (max 0)
    expect(r.items["1"]).toMatchObject({ score: "0", max: "0", na: true });
    expect(r.items["2"]).toMatchObject({ score: "7.5", max: "9" });
    expect(r.items["3"]).toMatchObject({ score: "1.5", max: "3" });
    expect(r.pools["基准分"]).toBe("9");
    expect(said(r.items["2"]!)).toContain(
      "无此项权数调整：5 × 12 ÷ 8 = 7.5 分（「基准分」满分 12 分，适用指标分值合计 8 分；本项分值 6 分调整为 9 分）",
    );
    expect(said(r.items["1"]!)).toContain("按方案（无此项 按 重新分配）本项不计分");
  });
});
