// A deduction doubled on repeat (`每 e 扣 q 重复加倍 [最多扣 m]`, "重复发生的加倍扣分"): the first
// occurrence deducts q, every repeat 2q, so n occurrences deduct q + 2q(n − 1) = q × (2n − 1);
// none deducts nothing. Figures by hand below; the checker's ranges and W707 after them.
import { beforeAll, describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { Item } from "../../compiler/ir.js";
import { compiledSchemas } from "../schema/helpers.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "重复加倍扣分" { }
指标 安全 "安全生产" 10分 {
  输入 违规次数 次数 最高 10
  得 10分
  每 违规次数 扣 1分 重复加倍 最多扣 6分
}
指标 纪律 "工作纪律" 5分 {
  输入 通报次数 次数
  得 5分
  每 通报次数 扣 0.5分 重复加倍
  最低 0分
}
指标 环保 "污染物排放" 5分 {
  输入 超标率 比率
  得 5分
  每满 10% 超标率 扣 1分 重复加倍
  最低 0分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (违规次数: number, 通报次数: number, 超标率: number) => ({
  unit: { name: "甲" },
  items: { 安全: { 违规次数 }, 纪律: { 通报次数 }, 环保: { 超标率 } },
});

describe("重复加倍: the first occurrence q, every repeat 2q", () => {
  it("none deducts nothing: 10 + 5 + 5 = 20", () => {
    const r = s.score(unit(0, 0, 5));
    expect(r.items["安全"]!.score).toBe("10");
    expect(r.items["纪律"]!.score).toBe("5");
    expect(r.items["环保"]!.score).toBe("5"); // 5% holds no full 10%
    expect(r.total).toBe("20");
    expect(said(r.items["安全"]!)).toContain("违规次数 0，未发生 → 0 分");
    expect(said(r.items["安全"]!, "en")).toContain("违规次数 0, none occurred → 0 points");
  });

  it("once deducts q: 10 − 1 = 9, 5 − 0.5 = 4.5, 5 − 1 = 4", () => {
    const r = s.score(unit(1, 1, 10));
    expect(r.items["安全"]!.score).toBe("9"); // 1 × (2 × 1 − 1) = 1
    expect(r.items["纪律"]!.score).toBe("4.5"); // 0.5 × 1
    expect(r.items["环保"]!.score).toBe("4"); // 10% is one full step: 1 × 1
    expect(r.total).toBe("17.5"); // 9 + 4.5 + 4
  });

  it("three times deducts q + 2q + 2q: 10 − 5 = 5, 5 − 2.5 = 2.5; 25% is two steps: 5 − 3 = 2", () => {
    const r = s.score(unit(3, 3, 25));
    expect(r.items["安全"]!.score).toBe("5"); // 1 + 2 + 2 = 1 × (2 × 3 − 1) = 5
    expect(r.items["纪律"]!.score).toBe("2.5"); // 0.5 + 1 + 1 = 0.5 × 5
    expect(r.items["环保"]!.score).toBe("2"); // 25 ÷ 10 → 2 steps: 1 + 2 = 3
    expect(r.total).toBe("9.5"); // 5 + 2.5 + 2
    expect(said(r.items["安全"]!)).toContain(
      "规则「每 违规次数 扣 1分 重复加倍 最多扣 6分」：违规次数 3，首次 −1 分 + 重复 2 次 × −2 分 = −5 分",
    );
    expect(said(r.items["纪律"]!, "en")).toContain(
      "通报次数 3: the first −0.5 points + 2 repeats × −1 points = −2.5 points",
    );
    expect(said(r.items["环保"]!)).toContain("超标率 25% 满 10% 2 个，首次 −1 分 + 重复 1 次 × −2 分 = −3 分");
  });

  it("最多扣 holds the doubled sum; the floor holds what has no 最多扣", () => {
    const r = s.score(unit(4, 6, 100));
    expect(r.items["安全"]!.score).toBe("4"); // 1 + 2 × 3 = 7, at most 6: 10 − 6
    expect(r.items["纪律"]!.score).toBe("0"); // 0.5 × (2 × 6 − 1) = 5.5: 5 − 5.5 = −0.5 → floor 0
    expect(r.items["环保"]!.score).toBe("0"); // 10 steps: 1 × 19 = 19: 5 − 19 → floor 0
    expect(said(r.items["安全"]!)).toContain("违规次数 4，首次 −1 分 + 重复 3 次 × −2 分 = −7 分，最多扣 6 分 → −6 分");
    expect(said(r.items["安全"]!, "en")).toContain("= −7 points, at most 6 deducted → −6 points");
  });

  it("the schema asks for the count as declared, within its 最高", async () => {
    const { submission } = await compiledSchemas(s.ir);
    expect(submission(unit(10, 0, 0))).toBe(true);
    expect(submission(unit(11, 0, 0))).toBe(false); // 违规次数 最高 10
    expect(submission(unit(1.5, 0, 0))).toBe(false); // a count is whole
  });
});

describe("重复加倍 in the checker", () => {
  const compiled = (input: string, rule: string, floor = "") =>
    compileSource(`方案 "倍" { }\n指标 1 "甲" 5分 {\n  ${input}\n  得 5分\n  ${rule}\n${floor}}\n`, "t.kaohe");
  const codes = (input: string, rule: string) => compiled(input, rule).diagnostics.map((d) => d.code);

  it("knows the doubled maximum: 3 occurrences deduct 5 (no E403), 4 deduct 7 (E403)", () => {
    expect(codes("输入 n 次数 最高 3", "每 n 扣 1分 重复加倍")).toEqual([]); // 5 − (1 + 2 + 2) = 0
    const e403 = compiled("输入 n 次数 最高 4", "每 n 扣 1分 重复加倍").diagnostics;
    expect(e403.map((d) => d.code)).toEqual(["E403"]);
    expect(e403[0]!.args.min).toBe("-2"); // 5 − (1 + 2 × 3) = −2
  });

  it("the item's least score in the IR: 5 − min(1 × (2 × 3 − 1), 4) = 1", () => {
    const ir = compiled("输入 n 次数 最高 3", "每 n 扣 1分 重复加倍 最多扣 4分").ir!;
    const item = ir.nodes.find((n): n is Item => n.kind === "item")!;
    expect(item.min).toBe("1");
    expect(item.clauses[1]).toMatchObject({ k: "per", doubling: true, each: "-1", limit: "4" });
  });

  it("W707: a 最多扣 the doubled deduction cannot reach; reached exactly is no warning", () => {
    expect(codes("输入 n 次数 最高 3", "每 n 扣 1分 重复加倍 最多扣 6分")).toEqual(["W707"]); // at most 5
    expect(codes("输入 n 次数 最高 3", "每 n 扣 1分 重复加倍 最多扣 5分")).toEqual([]); // 5 reached at n = 3
    expect(codes("输入 n 次数 最高 3", "每 n 扣 1分 最多扣 4分")).toEqual(["W707"]); // undoubled: at most 3
    expect(codes("输入 n 次数", "每 n 扣 1分 重复加倍 最多扣 5分")).toEqual([]); // n unbounded
  });

  it("E605: doubling goes with 扣 only", () => {
    const text = `方案 "倍" { }\n指标 1 "甲" 5分 {\n  输入 n 次数\n  每 n 加 1分 重复加倍 最高 5分\n}\n`;
    expect(compileSource(text, "t.kaohe").diagnostics.map((d) => d.code)).toEqual(["E605"]);
  });
});
