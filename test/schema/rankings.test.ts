// Several rankings (排名 … 适用) are worked out from the scores: nothing of them is submitted. The
// schema of a scheme that ranks towns and zones together and apart is the schema of the same
// scheme without its rankings, and a zone's submission passes as a town's does.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { compiledSchemas, schemaFiles, validatorFor } from "./helpers.js";

const text = readFileSync("examples/rankings/towns-and-zones.kaohe", "utf8");
const ranked = compileSource(text, "towns-and-zones.kaohe").ir!;
const unranked = compileSource(text.replace(/^排名 .*\n/gm, ""), "towns-and-zones.kaohe").ir!;

describe("a scheme with several rankings", () => {
  it("asks units for the same as without them", async () => {
    expect(unranked.rankings).toEqual([]);
    expect(ranked.rankings.map((r) => r.id)).toEqual(["全县", "开发区", "乡镇"]);
    expect(await schemaFiles(ranked)).toEqual(await schemaFiles(unranked));
  });

  it("takes a zone's and a town's submission, and refuses a ranking's name where a unit belongs", async () => {
    const v = await validatorFor(ranked);
    const schemas = await compiledSchemas(ranked);
    for (const name of ["高新区", "甲镇"]) {
      const sub = { unit: { name }, items: { 招商: { 签约项目: 3 } } };
      expect(v.validateSubmission(sub)).toEqual([]);
      expect(schemas.submission(sub)).toBe(true);
    }
    // 全县 names a ranking, not a unit: it is not in the unit table (S117).
    const bad = { unit: { name: "全县" }, items: { 招商: { 签约项目: 3 } } };
    expect(v.validateSubmission(bad).map((p) => [p.code, p.path])).toEqual([["S117", "/unit/name"]]);
    expect(schemas.submission(bad)).toBe(false);
  });
});
