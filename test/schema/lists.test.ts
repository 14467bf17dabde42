// List inputs (`输入 回复率 比率 每 栏目`) in the published schema and the validator: a fixed list is
// an object with every element required and the input's bounds on each, an open list an array of
// values; Ajv (the published schema) and the generated validator accept and refuse the same, and
// the validator names the element.
import { describe, expect, it } from "vitest";
import { listsScheme } from "./fixtures/schemes.js";
import { compiledSchemas, schemaFiles, validatorFor } from "./helpers.js";

type Sub = Record<string, any>;

/** A complete, valid submission. */
function valid(): Sub {
  return {
    unit: { name: "甲" },
    facts: { 按时报送: { 一月: true, 二月: false, 三月: true } },
    items: {
      "1": { 回复率: { 政务公开: 95, 办事服务: 85, 互动交流: 50 } },
      "2": { 更新次数: [12, 0, 3], 信息条数: { 政务公开: 100, 办事服务: 0, 互动交流: 7 } },
    },
  };
}

describe("list inputs in the schema", () => {
  const ir = listsScheme();

  it("writes a fixed list as an object of its elements, each within the bounds, and an open list as an array", async () => {
    const { submission } = await schemaFiles(ir);
    const items = (submission.properties as Sub).items.properties;
    const rates = items["1"].properties["回复率"];
    expect(rates).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: ["政务公开", "办事服务", "互动交流"],
      properties: { 政务公开: { type: "number", minimum: 50, maximum: 100 } },
    });
    expect(rates.description).toContain("每项一个值（政务公开、办事服务、互动交流），每个值：50 到 100 之间的百分数");
    expect(items["2"].properties["更新次数"]).toMatchObject({ type: "array", items: { type: "integer", minimum: 0 } });
    expect(items["2"].properties["信息条数"].properties["互动交流"]).toMatchObject({ type: "integer", minimum: 0, maximum: 100 });
    // 信息条数 is optional: the item does not require it
    expect(items["2"].required).toEqual(["更新次数"]);
    expect((submission.properties as Sub).facts.properties["按时报送"].properties["二月"]).toEqual({ type: "boolean" });
  });

  it("accepts a complete submission, an empty open list, and a left-out optional list", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    const empty = valid();
    empty.items["2"] = { 更新次数: [] };
    for (const s of [valid(), empty]) {
      expect(v.validateSubmission(s)).toEqual([]);
      expect(schema.submission(s)).toBe(true);
    }
  });

  it("refuses a missing element, an unknown one, a value out of range, one value for the list, naming the element", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    const s = valid();
    s.items["1"].回复率 = { 政务公开: 95, 办事服务: 40, 其他: 3 };
    s.items["2"].更新次数 = [1, 2.5];
    s.facts.按时报送 = true;
    expect(schema.submission(s)).toBe(false);
    const problems = v.validateSubmission(s);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["S114", "/facts/按时报送"],
      ["S112", "/items/1/回复率/互动交流"],
      ["S111", "/items/1/回复率/其他"],
      ["S115", "/items/1/回复率/办事服务"],
      ["S116", "/items/2/更新次数/1"],
    ]);
    const byPath = new Map(problems.map((p) => [p.path, p.message]));
    expect(byPath.get("/items/1/回复率/办事服务")!["zh-CN"]).toBe(
      "指标1「栏目回复率」的「各栏目留言回复率」中「办事服务」的值填写的 40 超出允许范围。允许：50 到 100 之间的百分数（填 85 表示 85%）。",
    );
    expect(byPath.get("/items/1/回复率/其他")!.en).toContain("Allowed keys: 政务公开, 办事服务, 互动交流.");
    expect(byPath.get("/items/2/更新次数/1")!["zh-CN"]).toContain("的第 2 项");
    expect(byPath.get("/facts/按时报送")!["zh-CN"]).toContain("每项一个值（一月、二月、三月）");
  });
});
