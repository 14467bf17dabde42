// The generated validator: standalone source (no imports, no eval, no Node), deterministic, and
// running in a bare JavaScript realm as it would in a browser or inside scorer.js.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { generateValidatorModule } from "../../generators/schema/index.js";
import { compactSchema, inlineAjvRuntime } from "../../generators/schema/compact-schema.js";
import { standaloneValidator } from "../../generators/schema/standalone.js";
import { input, item, scheme } from "./fixtures/build.js";
import { allFixtures, countyScheme } from "./fixtures/schemes.js";

/** Loads the source in a fresh realm that has only the JavaScript built-ins. */
function inBareRealm(source: string): { validateSubmission(v: unknown): any[]; validateBatch(v: unknown): any[] } {
  const context = vm.createContext({});
  return vm.runInContext(`${source}\n({ validateSubmission, validateBatch })`, context);
}

describe.each(allFixtures)("the validator module of the %s fixture", (_name, make) => {
  it("has no imports, requires, eval or new Function", async () => {
    const source = await generateValidatorModule(make());
    const code = source.replace(/"(?:[^"\\]|\\.)*"/g, '""'); // words inside strings do not count
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\brequire\s*\(|\beval\s*\(|new\s+Function/);
    expect(source).toMatch(/^function validateSubmission\(value\)/m);
    expect(source).toMatch(/^function validateBatch\(values\)/m);
  });

  it("is the same bytes for the same IR", async () => {
    const a = await generateValidatorModule(make());
    const b = await generateValidatorModule(JSON.parse(JSON.stringify(make())));
    expect(a).toBe(b);
  });

  it("runs in a realm with no Node, no require and no window", async () => {
    const v = inBareRealm(await generateValidatorModule(make()));
    const problems = v.validateSubmission({});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ code: "S112", path: "/unit" });
    expect(v.validateBatch("x")).toMatchObject([{ code: "S125" }]);
  });
});

describe("Ajv's standalone code", () => {
  it("gets its runtime helpers inlined instead of required", () => {
    const code = 'const f = require("ajv/dist/runtime/ucs2length").default;const g = require("ajv/dist/runtime/equal").default;';
    const inlined = inlineAjvRuntime(code);
    expect(inlined).not.toContain("require");
    // Values made inside the realm: equal compares prototypes' methods, which differ across realms.
    const results = vm.runInContext(
      `${inlined}; [f("𠀀a"), g({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), g({ a: 1 }, { a: 2 })]`,
      vm.createContext({}),
    );
    expect(results).toEqual([2, true, false]); // a character outside the BMP counts once
  });

  it("is made standalone even for a schema that needs those helpers", () => {
    const schema = { type: "array", items: { type: "object" }, uniqueItems: true, maxItems: 3 };
    const withLength = { type: "string", minLength: 2 };
    const scoped = (s: Record<string, unknown>, name: string) => `(function () { ${standaloneValidator(s, name)}\nreturn ${name}; })()`;
    const source = `const checkList = ${scoped(schema, "checkList")}; const checkText = ${scoped(withLength, "checkText")};
      [checkList([{ a: 1 }, { a: 2 }]), checkList([{ a: 1 }, { a: 1 }]), checkText("𠀀"), checkText("ab")]`;
    expect(vm.runInContext(source, vm.createContext({}))).toEqual([true, false, false, true]);
  });
});

describe("the validator's compact schema", () => {
  const score = { title: "成绩", type: "number", minimum: 0, maximum: 100 };
  const item = (title: string) => ({ title, type: "object", additionalProperties: false, required: ["成绩"], properties: { 成绩: score } });

  it("drops annotations and defines a repeated subschema once, inner parts first", () => {
    const compact = compactSchema({
      $id: "urn:x",
      type: "object",
      properties: { a: item("甲"), b: item("乙"), c: { type: "array", items: score } },
    });
    const inner = { type: "number", minimum: 0, maximum: 100 };
    expect(compact).toEqual({
      $id: "urn:x",
      type: "object",
      properties: { a: { $ref: "#/$defs/kaohe1" }, b: { $ref: "#/$defs/kaohe1" }, c: { type: "array", items: { $ref: "#/$defs/kaohe0" } } },
      $defs: {
        kaohe0: inner,
        kaohe1: { type: "object", additionalProperties: false, required: ["成绩"], properties: { 成绩: { $ref: "#/$defs/kaohe0" } } },
      },
    });
  });

  it("keeps the checks and their paths: one function per repeated part", () => {
    const schema = { type: "object", properties: { a: item("甲"), b: item("乙") } };
    const source = `${standaloneValidator(schema, "check")}\n({ check })`;
    expect(source.match(/^function validate/gm)).toHaveLength(3); // the root, the item, the score
    const { check } = vm.runInContext(source, vm.createContext({}));
    expect(check({ a: { 成绩: 5 }, b: { 成绩: 100 } })).toBe(true);
    expect(check({ a: { 成绩: 5 }, b: { 成绩: 101, x: 1 } })).toBe(false);
    expect(check.errors.map((e: { instancePath: string; keyword: string }) => [e.instancePath, e.keyword])).toEqual([
      ["/b", "additionalProperties"],
      ["/b/成绩", "maximum"],
    ]);
  });
});

describe("validateSubmission", () => {
  it("never throws, even on values that throw when read", async () => {
    const v = inBareRealm(await generateValidatorModule(countyScheme()));
    const hostile = {
      get unit(): unknown {
        throw new Error("boom");
      },
    };
    const problems = v.validateSubmission(hostile);
    expect(problems).toMatchObject([{ code: "S109", path: "" }]);
    expect(problems[0].message.en).toContain("boom");
    const cyclic: Record<string, unknown> = { unit: { name: "通川区" } };
    cyclic.items = { "1": cyclic };
    expect(() => v.validateSubmission(cyclic)).not.toThrow();
    expect(v.validateBatch([hostile, { unit: { name: "x" } }])[0]).toMatchObject({ code: "S109", path: "/0" });
  });
});

describe("names that look like code", () => {
  it("cannot close an inline <script> or break out of a comment, and still validate as written", async () => {
    const ir = scheme("方案\n</script><script>alert(1)</script>", [
      item("1", "</script>", "5", [input("方式", { kind: "option", options: ["</script>", "专线"] })]),
    ]);
    const source = await generateValidatorModule(ir);
    expect(source).not.toContain("</");
    const v = inBareRealm(source);
    expect(v.validateSubmission({ unit: { name: "甲" }, items: { "1": { 方式: "</script>" } } })).toEqual([]);
    const [p] = v.validateSubmission({ unit: { name: "甲" }, items: { "1": { 方式: "<script>" } } });
    expect(p.message["zh-CN"]).toBe("指标1「</script>」的「方式」填写的「<script>」不在可选范围内。可选：以下之一：</script>、专线。");
  });
});
