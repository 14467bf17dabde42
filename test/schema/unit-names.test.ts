// A misspelt unit name is refused, never scored as a new unit: with a list of units the name must
// be one of them (S117), and when it is one or two characters off a listed name the problem says
// which (did you mean …); a name far from every listed one gets the plain list. A kind whose units
// are not listed (seed 003's 信息直報點, `{ 其余 }`) takes any other name that says its kind.
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { readFileSync } from "node:fs";
import { compiledSchemas, validatorFor } from "./helpers.js";

const ir = compileFile("schemes/dazhou-2009.kaohe").ir!;

describe("a misspelt unit name", () => {
  it("is refused with the listed name it is closest to", async () => {
    const v = await validatorFor(ir);
    const problems = v.validateSubmission({ unit: { name: "通川去" }, items: {} });
    const name = problems.find((p) => p.path === "/unit/name")!;
    expect(name.code).toBe("S117");
    expect(name.message["zh-CN"]).toContain("「通川去」不在方案的单位表中，是不是要写「通川區」？");
    expect(name.message.en).toContain("did you mean “通川區”?");
    // one character off a six-character name: 市發展改革委 → 市發展改革會
    const six = v.validateSubmission({ unit: { name: "市發展改革會" }, items: {} }).find((p) => p.path === "/unit/name")!;
    expect(six.message.en).toContain("did you mean “市發展改革委”?");
  });

  it("far from every listed name, gets no guess: it must say its kind (seed 003's open 信息直報點)", async () => {
    const v = await validatorFor(ir);
    const problems = v.validateSubmission({ unit: { name: "某某局" }, items: {} });
    expect(problems.map((p) => p.message.en).join("\n")).not.toContain("did you mean");
    expect(problems.find((p) => p.path === "/unit/kind")?.code).toBe("S112");
  });
});

describe("an open unit class (单位 信息直報點 … { 其余 })", () => {
  const point = () => JSON.parse(readFileSync("examples/dazhou-2009/direct-reporting-point.json", "utf8"));

  it("accepts a unit not listed that says it is of the open kind, in the schema and the validator", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    expect(v.validateSubmission(point())).toEqual([]);
    expect(schema.submission(point())).toBe(true);
  });

  it("refuses a unit not listed that gives no kind, or a kind whose units are all listed", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    for (const unit of [{ name: "市政府信息公開管理中心" }, { name: "市政府信息公開管理中心", kind: "縣區" }]) {
      const s = { ...point(), unit };
      expect(v.validateSubmission(s).length, JSON.stringify(unit)).toBeGreaterThan(0);
      expect(schema.submission(s), JSON.stringify(unit)).toBe(false);
    }
    // a misspelt listed name with no kind: refused, with the name it is closest to
    const typo = { ...point(), unit: { name: "市發展改革會" } };
    const name = v.validateSubmission(typo).find((p) => p.path === "/unit/name");
    expect(name?.message.en).toContain("did you mean “市發展改革委”?");
  });
});
