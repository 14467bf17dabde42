// A `/` cell in a unit table: the value is not set for that unit. In the target column the unit
// then reports its own target (unit.target, required of it and of no other listed unit), and its
// completion is worked out against it.
import { beforeAll, describe, expect, it } from "vitest";
import { scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "目标未定的单位" { 年度 2024 }
单位 县区 "县区" 目标分数 { 甲县 150, 乙县 / }
目标 目标分数
舍入 2位 四舍五入 于 总分
指标 采用 "信息采用" 150分 {
  输入 采用条数 次数
  每 采用条数 得 2分
  封顶 150分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

describe("a unit table cell written /", () => {
  it("leaves the value out of the IR: the unit's kind has the column, the unit has no value", () => {
    expect(s.ir.units).toEqual([
      { name: "甲县", kind: "县区", values: { 目标分数: "150" } },
      { name: "乙县", kind: "县区", values: {} },
    ]);
  });

  it("in the target column: 乙县 reports its own target, 甲县 may not", () => {
    // 乙县: 30 × 2 = 60 of its own target 80 → 60 ÷ 80 = 75%
    const r = s.score({ unit: { name: "乙县", target: 80 }, items: { 采用: { 采用条数: 30 } } });
    expect(r.total).toBe("60");
    expect(r.target).toBe("80");
    expect(r.completion).toBe("0.75");
    expect(() => s.score({ unit: { name: "乙县" }, items: { 采用: { 采用条数: 30 } } })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: "S123" })] }),
    );
    // 甲县: 30 × 2 = 60 of the listed 150 → 40%; giving a target of its own is refused
    expect(s.score({ unit: { name: "甲县" }, items: { 采用: { 采用条数: 30 } } }).completion).toBe("0.4");
    expect(() => s.score({ unit: { name: "甲县", target: 80 }, items: { 采用: { 采用条数: 30 } } })).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: "S122" })] }),
    );
  });
});
