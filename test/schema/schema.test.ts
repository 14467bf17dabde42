// submission.schema.json and batch.schema.json: valid JSON Schema 2020-12, deterministic, closed
// (additionalProperties: false on every object), and saying every input's type, range, options,
// required-ness and unit, with the scheme's titles and item codes.
import { describe, expect, it } from "vitest";
import { generateSchemaFiles } from "../../generators/schema/index.js";
import { createAjv } from "../../generators/schema/standalone.js";
import { allFixtures, appliesScheme, countyScheme, formsScheme, targetsScheme } from "./fixtures/schemes.js";
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
        properties: { notApplicable: { type: "array", not: { items: { not: { const: "规章制度" } } } } },
      },
      then: { properties: { items: { type: "object", properties: { 规章制度: false } } } },
      else: { type: "object", properties: { items: { type: "object", required: ["规章制度"] } } },
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

describe("items for some kinds of unit only (适用, seed 001 shape)", () => {
  it("requires an item that applies to some kinds only through a rule on the unit, not outright", async () => {
    const { submission } = await schemaFiles(appliesScheme("listed"));
    const p = submission.properties as Obj;
    // 5 and 10 apply to every unit; 网站评估 only to 政府部门, 党建/宣传/简报 only to 其他部门.
    expect(p.items.required).toEqual(["5", "10"]);
    expect(p.items.properties["网站评估"]["x-kaohe"]).toMatchObject({ appliesTo: ["政府部门"] });
    expect(p.items.properties["党建"].description).toContain("适用：其他部门");
    expect(p.items.properties["5"]["x-kaohe"]).not.toHaveProperty("appliesTo");
  });

  it("with a list of units, tells the kind by the unit's name: absent items are false, the others required", async () => {
    const { submission } = await schemaFiles(appliesScheme("listed"));
    const rules = (submission.allOf as Obj[]).filter((r) => r.if.required?.includes("unit"));
    expect(rules).toHaveLength(2);
    const [forOthers, forGov] = rules as [Obj, Obj];
    // 网站评估 is absent for 其他部门, i.e. for the one unit listed under it.
    expect(forOthers.if.properties.unit).toMatchObject({ required: ["name"], properties: { name: { enum: ["市委办公室"] } } });
    expect(forOthers.then.properties.items.properties).toEqual({ 网站评估: false });
    expect(forOthers.then.properties).not.toHaveProperty("notApplicable");
    expect(forOthers.else.properties.items.required).toEqual(["网站评估"]);
    expect(forGov.if.properties.unit.properties.name.enum).toEqual(["市发展改革委", "市财政局"]);
    expect(forGov.then.properties.items.properties).toEqual({ 党建: false, 宣传: false, 简报: false });
    // An item that does not apply is not N/A either.
    expect(forGov.then.properties.notApplicable).toEqual({ type: "array", items: { not: { enum: ["宣传"] } } });
    // 党建 is required where it applies; 宣传 unless listed N/A; 简报 has nothing required.
    expect(forGov.else.allOf).toEqual([
      { type: "object", properties: { items: { type: "object", required: ["党建"] } } },
      {
        if: {
          type: "object",
          required: ["notApplicable"],
          properties: { notApplicable: { type: "array", not: { items: { not: { const: "宣传" } } } } },
        },
        else: { type: "object", properties: { items: { type: "object", required: ["宣传"] } } },
      },
    ]);
    // The N/A rule of 宣传 itself no longer requires it: that depends on the unit's kind.
    const naRule = (submission.allOf as Obj[]).find((r) => r.if.required?.includes("notApplicable"));
    expect(naRule).toMatchObject({ then: { properties: { items: { properties: { 宣传: false } } } } });
    expect(naRule).not.toHaveProperty("else");
  });

  it("without a list of units, tells the kind by unit.kind (required, as there are two kinds)", async () => {
    const { submission } = await schemaFiles(appliesScheme("unlisted"));
    expect((submission.properties as Obj).unit.required).toEqual(["name", "kind"]);
    const rule = (submission.allOf as Obj[]).find((r) => r.if.required?.includes("unit"))!;
    expect(rule.if.properties.unit).toEqual({ type: "object", required: ["kind"], properties: { kind: { enum: ["其他部门"] } } });
  });

  it("with forms, applies the rule to every form", async () => {
    const { submission, batch } = await schemaFiles(appliesScheme("listed", true));
    const rule = (submission.allOf as Obj[])[0]!;
    expect(Object.keys(rule.then.properties.forms.properties)).toEqual(["自评表", "实地表"]);
    expect(rule.then.properties.forms.properties["实地表"].properties.items.properties).toEqual({ 网站评估: false });
    expect((batch.$defs as Obj).submission.allOf).toEqual(submission.allOf);
  });

  it("gives an imported score without 满分 a floor of 0 and no maximum", async () => {
    const { submission } = await schemaFiles(appliesScheme("listed"));
    const p = submission.properties as Obj;
    const score = p.items.properties["网站评估"].properties["成绩"];
    expect(score).toMatchObject({ type: "number", minimum: 0, "x-kaohe": { type: "score" } });
    expect(score).not.toHaveProperty("maximum");
    expect(score.description).toBe("分数，不小于 0 的数");
    expect(p.facts.properties["直报点得分"]).not.toHaveProperty("maximum");
  });
});
