// submission.schema.json and batch.schema.json: valid JSON Schema 2020-12, deterministic, closed
// (additionalProperties: false on every object), and saying every input's type, range, options,
// required-ness and unit, with the scheme's titles and item codes.
import { describe, expect, it } from "vitest";
import { generateSchemaFiles } from "../../generators/schema/index.js";
import { createAjv } from "../../generators/schema/standalone.js";
import { allFixtures, countyScheme, formsScheme, targetsScheme } from "./fixtures/schemes.js";
import { schemaFiles } from "./helpers.js";

type Obj = Record<string, any>;

/** Every subschema that describes an object. */
function objectSchemas(schema: unknown, out: Obj[] = []): Obj[] {
  if (typeof schema !== "object" || schema === null) return out;
  const s = schema as Obj;
  if (s.type === "object" && (s.properties || s.required) && !("if" in s) && !("then" in s)) out.push(s);
  for (const [key, value] of Object.entries(s)) {
    if (key === "properties" || key === "$defs") Object.values(value as Obj).forEach((v) => objectSchemas(v, out));
    else if (key === "allOf") (value as unknown[]).forEach((v) => objectSchemas(v, out));
    else if (key === "items") objectSchemas(value, out);
  }
  return out;
}

describe.each(allFixtures)("schema files of the %s fixture", (_name, make) => {
  it("are valid JSON Schema 2020-12 that Ajv compiles in strict mode", async () => {
    const { submission, batch } = await schemaFiles(make());
    const ajv = createAjv({ source: false });
    expect(ajv.validateSchema(submission), JSON.stringify(ajv.errors)).toBe(true);
    expect(ajv.validateSchema(batch), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(submission)).not.toThrow();
    expect(() => createAjv({ source: false }).compile(batch)).not.toThrow();
    expect(submission.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("are the same bytes for the same IR, formatted with two spaces", async () => {
    const a = await generateSchemaFiles(make());
    const b = await generateSchemaFiles(JSON.parse(JSON.stringify(make())));
    expect(a).toEqual(b);
    expect(a.map((f) => f.path)).toEqual(["submission.schema.json", "batch.schema.json"]);
    for (const f of a) expect(f.content).toBe(JSON.stringify(JSON.parse(f.content), null, 2) + "\n");
  });

  it("close every object: additionalProperties is false", async () => {
    const { submission, batch } = await schemaFiles(make());
    const objects = [...objectSchemas(submission), ...objectSchemas(batch)];
    expect(objects.length).toBeGreaterThan(3);
    for (const o of objects) expect(o.additionalProperties, JSON.stringify(o).slice(0, 200)).toBe(false);
  });

  it("name the scheme and the kaohe version that made them", async () => {
    const ir = make();
    const { submission, batch } = await schemaFiles(ir);
    for (const s of [submission, batch]) {
      expect(s.$comment).toContain(ir.file);
      expect(s.$comment).toContain(ir.kaoheVersion);
      expect(s.title).toContain(ir.meta.title);
    }
  });
});

describe("the county fixture (seed 000 shape)", () => {
  it("gives every input its type, range, options, required-ness and unit", async () => {
    const { submission } = await schemaFiles(countyScheme());
    const items = (submission.properties as Obj).items;
    const input = (item: string, name: string) => items.properties[item].properties[name];
    expect(input("1", "开会")).toMatchObject({ type: "boolean", title: "召开信息化工作会议" });
    expect(input("3", "已建成")).toMatchObject({
      type: "array",
      uniqueItems: true,
      items: { type: "string", enum: ["人口", "法人", "空间地理", "宏观经济"] },
    });
    // A rate is a percent figure, 0–100 by default.
    expect(input("5", "回复率")).toMatchObject({ type: "number", minimum: 0, maximum: 100, "x-kaohe": { unit: "%" } });
    expect(input("7", "专项资金")).toMatchObject({ type: "number", minimum: 0, "x-kaohe": { type: "amount", unit: "万元" } });
    expect(input("7", "专项资金")).not.toHaveProperty("maximum");
    expect(input("7", "专项资金").description).toContain("万元");
    expect(input("8", "接入方式")).toMatchObject({ type: "string", enum: ["专线接入", "非专线接入", "未接入"] });
    // The scheme's 最高 50 on a count.
    expect(input("9", "事件次数")).toMatchObject({ type: "integer", minimum: 0, maximum: 50 });
    expect(input("9", "备注")).toMatchObject({ type: "string" });
    expect(input("9", "备注")).not.toHaveProperty("pattern");
    expect(input("10", "报告摘要")).toMatchObject({ type: "string", pattern: "\\S" });
    expect(input("10", "报告材料")).toMatchObject({ type: "array", minItems: 1, items: { type: "string" } });
    expect(input("10", "附件")).not.toHaveProperty("minItems");
    expect(input("11", "平台得分")).toMatchObject({ type: "number", minimum: 0, maximum: 10 });
    expect(input("11", "全省排名")).toMatchObject({ type: "integer", minimum: 1, maximum: 16 });
    expect(items.properties["9"].required).toEqual(["事件次数"]);
    expect(items.properties["11"].required).toEqual(["平台得分"]);
    expect(items.properties["12"]).toMatchObject({ properties: {}, required: [] });
  });

  it("carries item codes, titles and the scheme's descriptions (Chinese)", async () => {
    const { submission } = await schemaFiles(countyScheme());
    const item1 = (submission.properties as Obj).items.properties["1"];
    expect(item1.title).toBe("1 召开会议");
    expect(item1["x-kaohe"]).toEqual({ item: "1", code: "1", points: "3", allowNa: false });
    expect(item1.description).toContain("检查方法：查会议纪要");
    expect(item1.description).toContain("佐证材料：会议纪要");
    expect(item1.description).toContain("所属：环境建设");
    expect(item1.description).toContain("分值：3分");
  });

  it("requires the unit, the items with required inputs, and the required facts", async () => {
    const { submission } = await schemaFiles(countyScheme());
    const p = submission.properties as Obj;
    expect(submission.required).toEqual(["unit", "facts", "items"]);
    expect(p.items.required).toEqual(["1", "3", "5", "7", "8", "9", "10", "11"]);
    expect(p.facts.required).toEqual(["发生网络安全事件"]);
    expect(Object.keys(p.facts.properties)).toEqual(["发生网络安全事件", "单位人数"]);
    expect(p.unit.required).toEqual(["name"]);
    expect(p.unit.properties.name).toMatchObject({ type: "string", pattern: "\\S" });
    // No item may be N/A here, so there is no N/A list at all.
    expect(p).not.toHaveProperty("notApplicable");
    expect(submission).not.toHaveProperty("allOf");
  });
});

describe("the forms fixture (seed 004 shape)", () => {
  it("puts items under forms.<form>, one entry per form, all required", async () => {
    const { submission } = await schemaFiles(formsScheme());
    const p = submission.properties as Obj;
    expect(Object.keys(p)).toEqual(["unit", "forms"]);
    expect(p.forms.required).toEqual(["自评表", "实地调查"]);
    expect(p.forms.properties["自评表"]).toMatchObject({ title: "信息化绩效考核自评表", $ref: "#/$defs/form" });
    const form = (submission.$defs as Obj).form;
    expect(form.required).toEqual(["items"]);
    expect(form.properties.items.properties["领导重视程度"].properties["等次"]).toMatchObject({ enum: ["A", "B", "C", "D"] });
  });

  it("offers N/A only for the items that allow it, and waives their inputs when chosen", async () => {
    const { submission } = await schemaFiles(formsScheme());
    const form = (submission.$defs as Obj).form;
    expect(form.properties.notApplicable.items.enum).toEqual(["规章制度", "特色发展", "正版化"]);
    // Only the item that cannot be N/A is required outright; the others when not listed N/A.
    expect(form.properties.items.required).toEqual(["领导重视程度"]);
    expect(form.allOf).toHaveLength(3);
    expect(form.allOf[0]).toEqual({
      if: {
        type: "object",
        required: ["notApplicable"],
        properties: { notApplicable: { type: "array", contains: { const: "规章制度" } } },
      },
      then: { properties: { items: { type: "object", properties: { 规章制度: false } } } },
      else: { properties: { items: { type: "object", required: ["规章制度"] } } },
    });
    // 正版化 has no required input: nothing to require when it applies.
    expect(form.allOf[2]).not.toHaveProperty("else");
  });

  it("lets the unit name be only one of the listed units, and the kind one of the kinds", async () => {
    const { submission } = await schemaFiles(formsScheme());
    const unit = (submission.properties as Obj).unit;
    expect(unit.properties.name.enum).toEqual(["利州区交通运输局", "昭化区交通运输局", "市公路事务中心"]);
    expect(unit.properties.kind.enum).toEqual(["区县", "直属单位"]);
    expect(unit.properties.kind.description).toContain("区县（各区县交通运输局）");
    // The kind follows from the list, so it is not required.
    expect(unit.required).toEqual(["name"]);
    expect(unit.properties).not.toHaveProperty("target");
  });

  it("makes a batch an array of submissions, self-contained", async () => {
    const { batch } = await schemaFiles(formsScheme());
    expect(batch).toMatchObject({ type: "array", items: { $ref: "#/$defs/submission" } });
    expect(Object.keys(batch.$defs as Obj)).toEqual(["submission", "form"]);
    expect((batch.$defs as Obj).submission.properties.forms.properties["实地调查"].$ref).toBe("#/$defs/form");
  });
});

describe("unit targets (seed 003 shape)", () => {
  it("leaves the target out when the scheme lists it for every unit", async () => {
    const unit = ((await schemaFiles(targetsScheme("listed"))).submission.properties as Obj).unit;
    expect(unit.properties).not.toHaveProperty("target");
    expect(unit.required).toEqual(["name"]);
  });

  it("requires a positive target (and the kind) when no unit is listed", async () => {
    const unit = ((await schemaFiles(targetsScheme("submitted"))).submission.properties as Obj).unit;
    expect(unit.properties.target).toMatchObject({ type: "number", exclusiveMinimum: 0 });
    expect(unit.properties.target.description).toContain("目标分数");
    expect(unit.required).toEqual(["name", "kind", "target"]);
  });

  it("allows a target when only some listed units have one", async () => {
    const unit = ((await schemaFiles(targetsScheme("mixed"))).submission.properties as Obj).unit;
    expect(unit.properties.target).toMatchObject({ type: "number", exclusiveMinimum: 0 });
    expect(unit.required).toEqual(["name"]);
  });

  it("gives a rate the range the scheme wrote (最高 150%)", async () => {
    const { submission } = await schemaFiles(targetsScheme());
    const rate = (submission.properties as Obj).items.properties["信息采用"].properties["完成率"];
    expect(rate).toMatchObject({ type: "number", minimum: 0, maximum: 150 });
  });
});
