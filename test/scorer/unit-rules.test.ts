// Rules chosen by unit (`若 单位 = 开化县 { … } 否则 { … }`): one named unit scored by its own
// thresholds, the others by the common ones; `单位 ≠ …` in a condition; the explanation names the unit.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "按单位选用规则" { 年度 2024 }
单位 县区 "县(市、区)" { 开化县, 常山县, 江山市 }
单位 部门 "部门" { 市经委 }
舍入 2位 四舍五入 于 指标
指标 生态 "生态指标" 10分 {
  输入 完成率 比率
  若 单位 = 开化县 {
    分档 完成率 { ≥ 80%: 10分, 其余: 5分 }
  } 否则 {
    分档 完成率 { ≥ 90%: 10分, 其余: 5分 }
  }
}
指标 协作 "协作" 2分 {
  输入 到位 是否
  若 单位 ≠ 市经委 且 到位 得 2分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const sub = (name: string, rate: number, met: boolean) => ({ unit: { name }, items: { 生态: { 完成率: rate }, 协作: { 到位: met } } });

describe("a rule chosen by unit", () => {
  it("开化县 at 85% meets its own 80% bar; 常山县 at 85% misses the common 90%", () => {
    const r = s.scoreAll([sub("开化县", 85, true), sub("常山县", 85, true), sub("江山市", 92, false), sub("市经委", 95, true)]);
    // 开化县 85% ≥ 80% → 10; 常山县 85% < 90% → 5; 江山市 92% ≥ 90% → 10; 市经委 95% ≥ 90% → 10
    expect(r.units.map((u) => u.items["生态"]!.score)).toEqual(["10", "5", "10", "10"]);
    // 协作: 开化县 到位 → 2; 常山县 → 2; 江山市 not 到位 → 0; 市经委 is excluded by 单位 ≠ 市经委 → 0
    expect(r.units.map((u) => u.items["协作"]!.score)).toEqual(["2", "2", "0", "0"]);
    // totals 10 + 2 = 12, 5 + 2 = 7, 10 + 0 = 10, 10 + 0 = 10
    expect(r.units.map((u) => u.total)).toEqual(["12", "7", "10", "10"]);
    expect(said(r.units[0]!.items["生态"]!)).toContain("单位「开化县」 = 「开化县」，条件成立");
    expect(said(r.units[1]!.items["生态"]!, "en")).toContain("unit “常山县”");
  });

  it("the IR compares the unit's name", () => {
    const item = s.ir.nodes.find((n) => n.id === "生态");
    expect(item?.kind === "item" && item.clauses[0]).toMatchObject({
      k: "branch",
      cond: { k: "is", a: { k: "unit-name" }, value: "开化县", negate: false },
    });
  });
});
