// Grades derived from their criteria (`等次 { A: 条件 … }`): the level whose criterion holds gives
// its share of the item's points, the explanation names the grade and the values behind it, and
// the unit submits the facts, not the grade.
import { beforeAll, describe, expect, it } from "vitest";
import { compiledSchemas } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "派生等次" { }

等次 { A: 100%, B: 80%, C: 60%, D: 40% }

指标 安全 "安全生产" 10分 {
  输入 完成率 比率
  输入 重大事故 是否
  等次 {
    A: 完成率 ≥ 95% 且 非 重大事故
    B: 完成率 ≥ 85% 且 完成率 < 95% 且 非 重大事故
    C: 完成率 ≥ 60% 且 完成率 < 85% 且 非 重大事故
    D: 完成率 < 60% 或 重大事故
  }
}

指标 培训 "培训" 5分 {
  输入 次数 次数
  等次 {
    A: 次数 ≥ 4
    B: 次数 ≥ 2 且 次数 < 4
    D: 其余
  }
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (完成率: number, 重大事故: boolean, 次数 = 0) => ({
  unit: { name: "甲" },
  items: { 安全: { 完成率, 重大事故 }, 培训: { 次数 } },
});

describe("a grade derived from its criteria", () => {
  it("96%, no accident: A, 100% × 10 = 10; 4 trainings: A, 100% × 5 = 5; total 15", () => {
    const r = s.score(unit(96, false, 4));
    expect(r.items["安全"]!.score).toBe("10");
    expect(r.items["培训"]!.score).toBe("5");
    expect(r.total).toBe("15"); // 10 + 5
    expect(said(r.items["安全"]!)).toContain("评为 A");
  });

  it("the bounds as written: 95% is A (≥ 95%), 85% is B (80% × 10 = 8), 60% is C (60% × 10 = 6)", () => {
    expect(s.score(unit(95, false)).items["安全"]!.score).toBe("10");
    expect(s.score(unit(85, false)).items["安全"]!.score).toBe("8");
    expect(s.score(unit(60, false)).items["安全"]!.score).toBe("6");
    expect(s.score(unit(59.9, false)).items["安全"]!.score).toBe("4"); // D: 40% × 10
  });

  it("an accident makes it D whatever the rate: 98% with 重大事故 → 40% × 10 = 4", () => {
    const r = s.score(unit(98, true));
    expect(r.items["安全"]!.score).toBe("4");
    expect(said(r.items["安全"]!)).toContain("评为 D");
  });

  it("其余 takes the rest: 1 training is neither A nor B → D, 40% × 5 = 2; 3 trainings → B, 80% × 5 = 4", () => {
    const one = s.score(unit(96, false, 1));
    expect(one.items["培训"]!.score).toBe("2");
    expect(said(one.items["培训"]!)).toContain("评为 D（其余）");
    expect(s.score(unit(96, false, 3)).items["培训"]!.score).toBe("4");
  });

  it("the unit submits the facts the grade comes from, not the grade", async () => {
    const { submission } = await compiledSchemas(s.ir);
    expect(submission(unit(90, false, 2))).toBe(true);
    expect(submission({ unit: { name: "甲" }, items: { 安全: { 完成率: 90, 重大事故: false, 等次: "A" }, 培训: { 次数: 2 } } })).toBe(
      false,
    );
  });
});
