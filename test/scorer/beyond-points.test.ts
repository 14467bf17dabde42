// `计入 <section>`: a bonus or deduction beyond an item's points that stays inside its section
// (seed 003's “計5分 … 每個加1分,最高加5分”). The clause's points are held by neither the item's
// cap nor its floor; they count in the named section (and the sections above it and the pool,
// whose points still cap it); a veto on the item takes them with it. Every figure is worked by
// hand beside it.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "分项内加分" { }
舍入 2位 四舍五入 于 指标
计分池 基准分 40分 {
  分项 审批 "一、审批监察" 10分 {
    指标 交换 "专网交换计5分，部门间交换每个加1分，最高加5分" 5分 {
      输入 已交换 是否
      输入 交换部门数 次数
      输入 泄密 是否
      若 已交换 得 5分
      每 交换部门数 加 1分 最高 5分 计入 审批
      否决 若 泄密 则 本项
    }
    指标 对接 "安全对接计5分" 5分 {
      输入 已对接 是否
      若 已对接 得 5分
    }
  }
  分项 网站 "二、政府网站" 30分 {
    分项 规范 "（一）网站规范" 20分 {
      指标 栏目 "互动栏目计20分，每增加1个加1分，低回复率每个扣1分" 20分 {
        输入 达标 是否
        输入 新增栏目 次数
        输入 低回复率栏目 次数
        若 达标 得 20分
        每 新增栏目 加 1分 计入 网站
        每 低回复率栏目 扣 1分 最多扣 20分
        最低 0分
      }
    }
    指标 内容 "按300分折算为10分，超额最高加20分" 10分 {
      输入 报送条数 次数
      每 报送条数 得 1分
      折算 300分 为 10分 超出 计入 网站 最高 20分
    }
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

interface Facts {
  已交换?: boolean;
  交换部门数?: number;
  泄密?: boolean;
  已对接?: boolean;
  达标?: boolean;
  新增栏目?: number;
  低回复率栏目?: number;
  报送条数?: number;
}
function sub(o: Facts = {}) {
  return {
    unit: { name: "甲" },
    items: {
      交换: { 已交换: o.已交换 ?? true, 交换部门数: o.交换部门数 ?? 0, 泄密: o.泄密 ?? false },
      对接: { 已对接: o.已对接 ?? true },
      栏目: { 达标: o.达标 ?? true, 新增栏目: o.新增栏目 ?? 0, 低回复率栏目: o.低回复率栏目 ?? 0 },
      内容: { 报送条数: o.报送条数 ?? 300 },
    },
  };
}

describe("计入 <section>: beyond the item's points, inside the section", () => {
  it("the checker bounds the sections and the pool with the bonuses", () => {
    const node = (id: string) => s.ir.nodes.find((n) => n.id === id)!;
    // 审批: 5 + 5 + at most 5 beyond = 15; 规范: 栏目's own 20 (its new columns go to 网站);
    // 网站: 规范 20 + 内容 10 + at most 20 + new columns without limit → unbounded
    expect([node("审批").max, node("网站").max, node("规范").max]).toEqual(["15", null, "20"]);
    expect(s.ir.pools[0]!.max).toBe("40"); // the pool's 40 points still cap it
    expect(node("交换")).toMatchObject({ max: "5", intoSections: ["审批"], otherPools: [] });
    expect(node("内容")).toMatchObject({ intoSections: ["网站"] });
  });

  it("7 exchanges: the item keeps 5, min(7 × 1, 5) = 5 counts in 审批: 5 + 5 + 5 = 15", () => {
    const r = s.score(sub({ 交换部门数: 7, 报送条数: 0, 达标: false }));
    expect(r.items["交换"]).toMatchObject({ score: "5", pools: { 基准分: "5" }, sections: { 审批: "5" } });
    expect(r.sections["审批"]!.score).toBe("15"); // 5 + 5 + 5
    expect(r.sections["网站"]!.score).toBe("0"); // 规范 0 + 内容 0 × 10/300 = 0
    expect(r.total).toBe("15");
    expect(said(r.sections["审批"]!)).toContain("加上各项分值之外计入本分项的 「交换」5，共 15 分");
    expect(said(r.items["交换"]!, "en")).toContain("beyond the item's points, into section “一、审批监察”");
  });

  it("a bonus written for a section above: 规范 holds the item's 20, 网站 the 3 new columns", () => {
    // 栏目: 20 (达标) − 0 = 20, capped at its 20; 3 new columns × 1 = 3 beyond, into 网站
    // 内容: 300 × 10/300 = 10, nothing above 10
    const r = s.score(sub({ 新增栏目: 3 }));
    expect(r.items["栏目"]).toMatchObject({ score: "20", sections: { 网站: "3" } });
    expect(r.sections["规范"]!.score).toBe("20");
    expect(r.sections["网站"]!.score).toBe("33"); // 规范 20 + 内容 10 + 3
    expect(r.total).toBe("40"); // 审批 10 + 网站 33 = 43 → the pool's 40
  });

  it("the deduction stays inside the item's floor; the bonus is not set against it", () => {
    // 栏目: 20 − 25 low columns → −5, at most −20 → 0, floor 0 → 0; 2 new columns + 2 beyond
    const r = s.score(sub({ 新增栏目: 2, 低回复率栏目: 25, 报送条数: 0 }));
    expect(r.items["栏目"]).toMatchObject({ score: "0", sections: { 网站: "2" } });
    expect(r.sections["网站"]!.score).toBe("2"); // 0 + 0 + 2
    expect(r.total).toBe("12"); // 审批 10 + 网站 2
  });

  it("the sub-scale's excess over 10 counts in 网站, at most 20", () => {
    // 390 × 10/300 = 13 → the item 10, 3 beyond; 1200 × 10/300 = 40 → 10, 30 above → at most 20
    const r = s.score(sub({ 报送条数: 390, 已对接: false, 已交换: false }));
    expect(r.items["内容"]).toMatchObject({ score: "10", sections: { 网站: "3" } });
    expect(r.sections["网站"]!.score).toBe("33"); // 20 + 10 + 3
    expect(r.total).toBe("33"); // 审批 0 + 网站 33
    const big = s.score(sub({ 报送条数: 1200, 已对接: false, 已交换: false, 达标: false }));
    expect(big.items["内容"]!.sections).toEqual({ 网站: "20" });
    expect(big.sections["网站"]!.score).toBe("30"); // 0 + 10 + 20
  });

  it("a veto on the item takes its bonus with it", () => {
    // 交换 vetoed: 0, and its 4 beyond are gone: 审批 = 0 + 5
    const r = s.score(sub({ 交换部门数: 4, 泄密: true, 报送条数: 0, 达标: false }));
    expect(r.items["交换"]).toMatchObject({ score: "0", sections: {} });
    expect(r.sections["审批"]!.score).toBe("5");
    expect(r.total).toBe("5");
  });

  it("items that count nothing beyond their points have no sections", () => {
    expect(s.score(sub()).items["对接"]!.sections).toEqual({});
  });
});
