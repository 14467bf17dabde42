// Vetoes (R13) at their four levels: the item, a section, the total, and the disqualification
// flag that leaves the score. A veto always wins: whatever else the unit reports, what it targets
// is 0 (or flagged), and the explanation names the veto and its condition with the unit's figures.
// An item or section veto zeroes the score in its own pool: a ★ part the item puts into the
// adjustment pool stands; only the total veto takes it.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "否决测试" { 年度 2024 }
输入 网络安全事件: 是否
输入 重大失误: 是否
输入 二级事件: 次数
否决 若 网络安全事件 则 总分 "若当年发生过网络安全事件，则本年最终得分为0"
否决 若 重大失误 则 取消评优 "取消评优资格"
计分池 加扣分 "加扣分项" 调整 ★
计分池 奖励 "奖励" 5分 加分 {
  指标 5 "表彰" 5分 { 输入 表彰: 是否  若 表彰 得 5分 }
}
计分池 基本 "基准分" 15分 {
  分项 安全 "网络安全" 10分 {
    否决 若 二级事件 ≥ 1 则 安全 "发生Ⅱ级以上事件，整项不得分"
    指标 1 "保密" 6分 {
      输入 泄密: 是否
      输入 落实: 是否
      若 落实 得 6分
      若 落实 加 1分 ★
      否决 若 泄密 则 本项 "若当年发生过失泄密事件，则得分为0"
    }
    指标 2 "定级" 4分 { 输入 完成: 是否  若 完成 得 4分 }
  }
  指标 3 "培训" 5分 { 输入 次数: 次数  每 次数 得 1分 最高 5分 }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

function sub(o: { 泄密?: boolean; 二级事件?: number; 网络安全事件?: boolean; 重大失误?: boolean } = {}) {
  return {
    unit: { name: "甲" },
    facts: {
      网络安全事件: o.网络安全事件 ?? false,
      重大失误: o.重大失误 ?? false,
      二级事件: o.二级事件 ?? 0,
    },
    items: {
      "1": { 泄密: o.泄密 ?? false, 落实: true },
      "2": { 完成: true },
      "3": { 次数: 7 },
      "5": { 表彰: true },
    },
  };
}
const targets = (r: ReturnType<Scorer["score"]>) => r.vetoes.map((v) => v.target);

describe("vetoes", () => {
  it("none fires: 6 + 4 + min(7, 5) = 15, the bonus 5 and the ★ 1, total 21", () => {
    const r = s.score(sub());
    expect(r.total).toBe("21");
    expect(r.vetoes).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it("本项: the item is 0 in its own pool, its ★ part stands (15 − 6 = 9 base, total 9 + 5 + 1 = 15)", () => {
    const r = s.score(sub({ 泄密: true }));
    expect(r.items["1"]!.score).toBe("0");
    expect(r.items["1"]!.vetoedBy).toEqual([r.vetoes[0]!.id]);
    expect(r.vetoes[0]).toMatchObject({ target: "item", node: "1", label: "若当年发生过失泄密事件，则得分为0" });
    expect(r.sections["安全"]!.score).toBe("4");
    expect(r.items["1"]!.pools).toEqual({ 基本: "0", 加扣分: "1" });
    expect(r.total).toBe("15");
    expect(said(r.items["1"]!)).toContain("一票否决「若当年发生过失泄密事件，则得分为0」：泄密：是 → 本项 0 分");
  });

  it("a section: every item in it is 0, and the section (base 5, total 5 + 5 + 1 = 11)", () => {
    const r = s.score(sub({ 二级事件: 2 }));
    expect(targets(r)).toEqual(["section"]);
    expect(r.items["1"]!.score).toBe("0");
    expect(r.items["2"]!.score).toBe("0");
    expect(r.items["2"]!.vetoedBy).toHaveLength(1);
    expect(r.sections["安全"]).toMatchObject({ score: "0", vetoedBy: [r.vetoes[0]!.id] });
    expect(r.pools["基本"]).toBe("5");
    expect(r.pools["加扣分"]).toBe("1");
    expect(r.total).toBe("11");
    expect(said(r.items["2"]!)).toContain("二级事件 2 ≥ 1 →「网络安全」整项 0 分");
    expect(said(r.sections["安全"]!)).toContain("一票否决「发生Ⅱ级以上事件，整项不得分」→ 本分项 0 分");
  });

  it("the total: 0 whatever the pools hold, bonus included; the pools keep their figures", () => {
    const r = s.score(sub({ 网络安全事件: true }));
    expect(r.total).toBe("0");
    expect(r.pools).toEqual({ 加扣分: "1", 奖励: "5", 基本: "15" });
    expect(said(r)).toContain(
      "一票否决「若当年发生过网络安全事件，则本年最终得分为0」：网络安全事件：是 → 总分为 0 分",
    );
  });

  it("取消评优: the score stands and the unit is flagged", () => {
    const r = s.score(sub({ 重大失误: true }));
    expect(r.total).toBe("21");
    expect(r.flags).toEqual(["disqualified"]);
    expect(targets(r)).toEqual(["disqualify"]);
    expect(said(r, "en")).toContain("“取消评优资格”: 重大失误: yes → disqualified from commendation; the score stands");
  });

  it("several fire together, each listed; the total veto still wins", () => {
    const r = s.score(sub({ 泄密: true, 二级事件: 1, 网络安全事件: true, 重大失误: true }));
    expect(targets(r).sort()).toEqual(["disqualify", "item", "section", "total"]);
    expect(r.items["1"]!.vetoedBy).toHaveLength(2);
    expect(r.total).toBe("0");
    expect(r.flags).toEqual(["disqualified"]);
  });
});

describe("a section veto and a ★ item inside the section", () => {
  it("zeroes the section's own items; the ★ item scores in the adjustment pool and stands", async () => {
    const t = await scorerFor(`
方案 "分项否决与★指标" { }
输入 事故: 次数
计分池 基本 "基准分" 10分 {
  分项 安全 "网络安全" 10分 {
    否决 若 事故 ≥ 1 则 安全 "发生事故，整项不得分"
    指标 1 "保密" 10分 { 输入 落实: 是否  若 落实 得 10分 }
    指标 2 "通报" ★ { 输入 通报次数: 次数 最高 3  每 通报次数 扣 1分  最低 不限 }
  }
}
计分池 加扣分 "加扣分项" 调整 ★
`);
    const r = t.score({ unit: { name: "甲" }, facts: { 事故: 1 }, items: { "1": { 落实: true }, "2": { 通报次数: 2 } } });
    expect(r.items["1"]).toMatchObject({ score: "0", vetoedBy: [r.vetoes[0]!.id] });
    // 2 × −1 = −2, in 加扣分: not part of the section's score, so the veto leaves it.
    expect(r.items["2"]).toMatchObject({ score: "-2", vetoedBy: [] });
    expect(r.sections["安全"]!.score).toBe("0");
    expect(r.pools).toEqual({ 基本: "0", 加扣分: "-2" });
    // 0 − 2 = −2
    expect(r.total).toBe("-2");
    expect(said(r)).toContain("总分 = 基准分 0 − 加扣分项 2 = −2 分");
  });
});

// A veto written inside an item that applies to one unit kind (适用) belongs to that item: for a
// unit of another kind the item is absent, and so is everything written in it — its vetoes too.
describe("vetoes written in an item for one unit kind", () => {
  const KINDS = `
方案 "适用否决" { 年度 2024 }
单位 县区 "县区" { 甲县 }
单位 开发区 "开发区" { 乙区 }
输入 重大事故: 是否
计分池 基本 "基本" 10分 {
  指标 1 "通用" 6分 { 输入 完成: 是否  若 完成 得 6分 }
  指标 2 "县区专项" 4分 {
    适用 县区
    输入 开会: 是否
    若 开会 得 4分
    否决 若 重大事故 则 取消评优 "县区发生重大事故的取消评优"
    否决 若 重大事故 则 总分 "县区发生重大事故的总分为0"
  }
  指标 3 "开发区专项" 4分 { 适用 开发区  输入 开会: 是否  若 开会 得 4分 }
}
`;
  let k: Scorer;
  beforeAll(async () => {
    k = await scorerFor(KINDS);
  });

  it("does nothing for a unit of another kind: the zone keeps 6 + 4 = 10 and no flag", () => {
    const r = k.score({
      unit: { name: "乙区", kind: "开发区" },
      facts: { 重大事故: true },
      items: { "1": { 完成: true }, "3": { 开会: true } },
    });
    expect(r.vetoes).toEqual([]);
    expect(r.flags).toEqual([]);
    // item 1: 完成 → 6; item 3: 开会 → 4; item 2 is absent for 开发区.
    expect(r.total).toBe("10");
  });

  it("fires for the kind the item applies to: the county is 0 and disqualified", () => {
    const r = k.score({
      unit: { name: "甲县", kind: "县区" },
      facts: { 重大事故: true },
      items: { "1": { 完成: true }, "2": { 开会: true } },
    });
    expect(r.vetoes.map((v) => v.target)).toEqual(["disqualify", "total"]);
    expect(r.flags).toContain("disqualified");
    // 6 + 4 = 10 before the total veto; the veto makes the total 0.
    expect(r.total).toBe("0");
  });
});
