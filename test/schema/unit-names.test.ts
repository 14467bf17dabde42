// A misspelt unit name is refused, never scored as a new unit: with a list of units the name must
// be one of them (S117), and when it is one or two characters off a listed name the problem says
// which (did you mean …); a name far from every listed one gets the plain list.
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { validatorFor } from "./helpers.js";

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

  it("far from every listed name, gets the list without a guess", async () => {
    const v = await validatorFor(ir);
    const name = v.validateSubmission({ unit: { name: "某某局" }, items: {} }).find((p) => p.path === "/unit/name")!;
    expect(name.code).toBe("S117");
    expect(name.message.en).not.toContain("did you mean");
  });
});
