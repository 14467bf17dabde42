// Constraints between inputs (约束) in the submission contract: the published JSON Schema says
// what JSON Schema can (a bound under a yes/no premise, as if/then) and lists every constraint in
// x-kaohe; the validator judges them all, exactly, with the inputs and their values named (S130).
import { beforeAll, describe, expect, it } from "vitest";
import { compiledSchemas, schemaFiles, validatorFor } from "./helpers.js";
import { scorerFor, type Scorer } from "../scorer/support.js";

const SCHEME = `
方案 "约束" { }
舍入 2位 四舍五入 于 指标
输入 发生重大事故 是否
输入 事故次数 次数
约束 若 发生重大事故 则 事故次数 ≥ 1 "发生了重大事故，事故次数至少为 1"

指标 挂接 "资源挂接" 3分 {
  输入 已挂接数 次数
  输入 目录总数 次数 最低 1
  输入 完成率 比率
  约束 已挂接数 ≤ 目录总数 "挂接的目录不能多于目录总数"
  约束 完成率 ≥ 10%
  得 已挂接数 ÷ 目录总数 × 3分
}
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});
const unit = (facts: Record<string, unknown>, item: Record<string, unknown>) => ({
  unit: { name: "甲" },
  facts: { 发生重大事故: false, 事故次数: 0, ...facts },
  items: { 挂接: { 已挂接数: 8, 目录总数: 10, 完成率: 50, ...item } },
});

describe("constraints in the submission contract", () => {
  it("a consistent submission passes the schema and the validator, and scores 8 ÷ 10 × 3 = 2.4", async () => {
    const { submission } = await compiledSchemas(s.ir);
    const v = await validatorFor(s.ir);
    expect(submission(unit({}, {}))).toBe(true);
    expect(v.validateSubmission(unit({}, {}))).toEqual([]);
    expect(s.score(unit({}, {})).total).toBe("2.4");
  });

  it("the schema says the bounds it can: 重大事故 with 0 accidents, and a rate below 10%, are refused by both", async () => {
    const { submission } = await compiledSchemas(s.ir);
    const v = await validatorFor(s.ir);
    for (const bad of [unit({ 发生重大事故: true }, {}), unit({}, { 完成率: 9.5 })]) {
      expect(submission(bad)).toBe(false);
      expect(v.validateSubmission(bad).map((p) => p.code)).toEqual(["S130"]);
    }
    expect(v.validateSubmission(unit({ 发生重大事故: true }, {}))[0]!.message["zh-CN"]).toBe(
      "单位情况（facts）填报的数据不符合约束“若 发生重大事故 则 事故次数 ≥ 1”（发生重大事故 = 是，事故次数 = 0）。发生了重大事故，事故次数至少为 1。请核对后改正。",
    );
    expect(v.validateSubmission(unit({}, { 完成率: 9.5 }))[0]!.message["zh-CN"]).toContain("完成率 = 9.5%");
  });

  it("between two inputs JSON Schema has no words: 12 of 10 passes the schema, the validator refuses it", async () => {
    const { submission } = await compiledSchemas(s.ir);
    const v = await validatorFor(s.ir);
    expect(submission(unit({}, { 已挂接数: 12 }))).toBe(true);
    const problems = v.validateSubmission(unit({}, { 已挂接数: 12 }));
    expect(problems.map((p) => [p.code, p.path])).toEqual([["S130", "/items/挂接/已挂接数"]]);
    expect(problems[0]!.message.en).toContain("(已挂接数 = 12, 目录总数 = 10)");
    const { submission: published } = await schemaFiles(s.ir);
    const item = (published.properties as any).items.properties["挂接"];
    expect(item["x-kaohe"].constraints).toEqual([
      { text: "已挂接数 ≤ 目录总数", reason: "挂接的目录不能多于目录总数", inSchema: false },
      { text: "完成率 ≥ 10%", reason: null, inSchema: true },
    ]);
  });

  it("exact arithmetic: 0.1 + 0.2 ≤ 0.3 holds (no binary rounding), a constraint on a missing input is not judged", async () => {
    const exact = await scorerFor(`
方案 "精确" { }
指标 甲 "甲" 1分 {
  输入 a 数值
  输入 b 数值
  输入 c 数值 可选
  约束 a + b ≤ 0.3
  约束 c ≥ 1
  若 a ≥ 0 得 1分
}
`);
    const v = await validatorFor(exact.ir);
    // c is left out: 约束 c ≥ 1 is not judged; 0.1 + 0.2 is exactly 0.3.
    expect(v.validateSubmission({ unit: { name: "甲" }, items: { 甲: { a: 0.1, b: 0.2 } } })).toEqual([]);
    expect(v.validateSubmission({ unit: { name: "甲" }, items: { 甲: { a: 0.1, b: 0.21 } } }).map((p) => p.code)).toEqual(["S130"]);
  });
});
