// Figures that need the other units: ratio to the best (R8), rank bands (R9), peer average for
// N/A (R14), targets (R16) and the ranking with its marks (R21). Scored alone, they are pending.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, unit, type Scorer } from "./support.js";

const SCHEME = `
方案 "一并评分测试" { 年度 2024 }
单位 县区 "县（市、区）" 目标分数 { 甲县 20  乙县 25  丙县 10  丁县 40 }
目标 目标分数
无此项 按 平均分
舍入 2位 四舍五入 于 指标
排名 按 总分 降序 { 前 1 "表彰"  后 2 "督促整改" }
指标 1 "指标值" 10分 {
  输入 值: 数值
  最高值比 值
}
指标 2 "全省排名" 6分 {
  输入 得分: 数值
  名次分档 得分 降序 { [1, 2]: 6分  [3, 3]: 3分  其余: 0分 }
}
指标 3 "可无此项" 4分 {
  可无此项
  输入 分: 分数 满分 4
  得 分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

const sub = (name: string, value: number, rank: number, part: number | null) =>
  unit(
    name,
    { "1": { 值: value }, "2": { 得分: rank }, ...(part === null ? {} : { "3": { 分: part } }) },
    { unit: { name, kind: "县区" }, notApplicable: part === null ? ["3"] : [] },
  );

// 甲: 值 8, 得分 90, 分 4 · 乙: 值 5, 得分 95, 分 2.5 · 丙: 值 8, 得分 90, N/A · 丁: 值 0, 得分 70, 分 1.5
const batch = () => [sub("甲县", 8, 90, 4), sub("乙县", 5, 95, 2.5), sub("丙县", 8, 90, null), sub("丁县", 0, 70, 1.5)];

describe("ratio to the best unit (R8)", () => {
  it("value ÷ best × points, the best units named", () => {
    const r = s.scoreAll(batch());
    // best 值 = 8 (甲县, 丙县): 甲 8 ÷ 8 × 10 = 10; 乙 5 ÷ 8 × 10 = 6.25; 丁 0 ÷ 8 × 10 = 0
    expect(r.units.map((u) => u.items["1"]!.score)).toEqual(["10", "6.25", "10", "0"]);
    expect(said(r.units[1]!.items["1"]!)).toContain("值 5 ÷ 最高值 8（丙县、甲县）× 10 分 = 6.25 分");
  });
  it("a best value of 0 gives every unit 0 (a defined result, no division by 0)", () => {
    const r = s.scoreAll([sub("甲县", 0, 90, 4), sub("乙县", 0, 95, 2)]);
    expect(r.units.map((u) => u.items["1"]!.score)).toEqual(["0", "0"]);
    expect(said(r.units[0]!.items["1"]!)).toContain("所有单位的最高值为 0，不大于 0，各单位本规则均得 0 分");
  });
  it("non-terminating ratios are rounded where the scheme says: 5 ÷ 7 × 10 = 7.142857… → 7.14", () => {
    const r = s.scoreAll([sub("甲县", 7, 90, 4), sub("乙县", 5, 95, 2)]);
    expect(r.units[1]!.items["1"]!.score).toBe("7.14");
  });
});

describe("rank bands (R9): ties share the better rank", () => {
  it("得分 95, 90, 90, 70 → ranks 1, 2, 2, 4 → 6, 6, 6, 0", () => {
    const r = s.scoreAll(batch());
    // 乙 95 → 1 → [1, 2] → 6; 甲 90 and 丙 90 → 2 → 6; 丁 70 → 4 → 其余 → 0
    expect(r.units.map((u) => u.items["2"]!.score)).toEqual(["6", "6", "6", "0"]);
    expect(said(r.units[3]!.items["2"]!)).toContain(
      "在 4 个单位中从高到低排第 4 名（并列取较前名次），落在「其余」档 → 0 分",
    );
  });
});

describe("N/A takes the mean of the units it applies to (R14, 无此项 按 平均分)", () => {
  it("丙县 gets (4 + 2.5 + 1.5) ÷ 3 = 8 ÷ 3 = 2.666666… → 2.67", () => {
    const r = s.scoreAll(batch());
    const item = r.units[2]!.items["3"]!;
    expect(item.na).toBe(true);
    expect(item.score).toBe("2.67");
    expect(said(item)).toContain("本项取适用本项的 3 个单位得分的平均：8 ÷ 3 = 2.666666… 分");
    expect(said(item)).toContain("按方案舍入（保留 2 位小数，四舍五入）：2.666666… → 2.67 分");
  });
});

describe("scored alone, figures that need the others are pending", () => {
  it("ratio, rank and peer average are 0 for now, the unit is not complete", () => {
    const r = s.score(sub("丙县", 8, 90, null));
    expect(r.complete).toBe(false);
    for (const id of ["1", "2", "3"]) {
      expect(r.items[id]!.pending).toBe(true);
      expect(r.items[id]!.score).toBe("0");
    }
    expect(said(r.items["1"]!)).toContain("单独评分暂计 0 分");
    expect(r.rank).toBeNull();
  });
});

describe("targets (R16) and the ranking (R21)", () => {
  it("completion = total ÷ target; the best is commended, the last two flagged", () => {
    const r = s.scoreAll(batch());
    // 甲 10 + 6 + 4 = 20 · 乙 6.25 + 6 + 2.5 = 14.75 · 丙 10 + 6 + 2.67 = 18.67 · 丁 0 + 0 + 1.5 = 1.5
    expect(r.units.map((u) => u.total)).toEqual(["20", "14.75", "18.67", "1.5"]);
    // 甲 20 ÷ 20 = 100%; 乙 14.75 ÷ 25 = 59%; 丙 18.67 ÷ 10 = 186.7%; 丁 1.5 ÷ 40 = 3.75%
    expect(r.units.map((u) => u.completion)).toEqual(["1", "0.59", "1.867", "0.0375"]);
    expect(r.units.map((u) => u.target)).toEqual(["20", "25", "10", "40"]);
    expect(said(r.units[1]!)).toContain("完成率 = 总分 14.75 分 ÷ 目标 25 分 = 59%");
    expect(r.ranking).toEqual([
      { unit: "甲县", rank: 1, value: "20", marks: ["表彰"] },
      { unit: "丙县", rank: 2, value: "18.67", marks: [] },
      { unit: "乙县", rank: 3, value: "14.75", marks: ["督促整改"] },
      { unit: "丁县", rank: 4, value: "1.5", marks: ["督促整改"] },
    ]);
    expect(r.units[0]!.flags).toEqual(["表彰"]);
    expect(r.units[3]!.rank).toBe(4);
    expect(said(r.units[3]!)).toContain("位列后 2 名：督促整改");
  });
  it("a tie at the edge includes all tied", () => {
    const r = s.scoreAll([sub("甲县", 8, 90, 4), sub("乙县", 8, 90, 4), sub("丙县", 8, 90, 4)]);
    // all 20: all rank 1, so all are in the top 1 and all in the bottom 2
    expect(r.ranking!.map((x) => [x.rank, x.marks])).toEqual([
      [1, ["表彰", "督促整改"]],
      [1, ["表彰", "督促整改"]],
      [1, ["表彰", "督促整改"]],
    ]);
  });
});

describe("the order of the units in the batch changes nothing", () => {
  it("reversed and rotated batches give each unit the same result and the same ranking", () => {
    const forward = s.scoreAll(batch());
    const byName = (units: typeof forward.units) =>
      Object.fromEntries(units.map((u) => [u.unit.name, JSON.stringify(u)]));
    for (const order of [batch().reverse(), [...batch().slice(2), ...batch().slice(0, 2)]]) {
      const other = s.scoreAll(order);
      expect(byName(other.units)).toEqual(byName(forward.units));
      expect(other.ranking).toEqual(forward.ranking);
    }
  });
});
