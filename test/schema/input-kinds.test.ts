// Inputs of some unit kinds only (`输入 成绩 分数 适用 政府部门`): the published schema and the
// generated validator require them from units of those kinds and refuse them from the others
// (S131), for facts and for an item's inputs, with and without forms; the item holding such an
// input is required only from the kinds that report something in it.
import { describe, expect, it } from "vitest";
import type { SubmissionProblem } from "../../generators/scorer/result.js";
import { inputKindsScheme } from "./fixtures/schemes.js";
import { compiledSchemas, validatorFor } from "./helpers.js";

type Sub = Record<string, any>;

/** A complete, valid submission of a 政府部门 unit: the website score, no 指标值. */
function gov(): Sub {
  return {
    unit: { name: "市发展改革委" },
    facts: { 网站绩效评估成绩: 86 },
    items: { "6": { 达标: true, 安全检查报告: ["检查报告.pdf"] }, "7": { 公开条数: 120 } },
  };
}

/** A complete, valid submission of a 其他部门 unit: 指标值, no website score, item 7 not needed. */
function other(): Sub {
  return { unit: { name: "市委办公室" }, items: { "5": { 指标值: 8 }, "6": { 达标: false } } };
}

function codes(problems: SubmissionProblem[]): Array<[string, string]> {
  return problems.map((p) => [p.code, p.path]);
}

describe("inputs of some unit kinds only", () => {
  const ir = inputKindsScheme("listed");

  it("accepts each kind reporting its own inputs, in the schema and the validator alike", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    for (const s of [gov(), other()]) {
      expect(v.validateSubmission(s)).toEqual([]);
      expect(schema.submission(s)).toBe(true);
    }
    // item 5 has nothing a 政府部门 unit reports: it may be left out, or sent empty
    const empty = gov();
    empty.items["5"] = {};
    expect(v.validateSubmission(empty)).toEqual([]);
    expect(schema.submission(empty)).toBe(true);
  });

  it("refuses a fact from a unit of a kind that does not report it (S131), worded", async () => {
    const v = await validatorFor(ir);
    const s = other();
    s.facts = { 网站绩效评估成绩: 90 };
    const [p] = v.validateSubmission(s);
    expect(codes(v.validateSubmission(s))).toEqual([["S131", "/facts/网站绩效评估成绩"]]);
    expect(p!.message["zh-CN"]).toBe("单位情况「网站绩效评估成绩」（facts.网站绩效评估成绩）只由「政府部门」类单位填报，「其他部门」类单位不应填报。请删去「网站绩效评估成绩」。");
    expect(p!.message.en).toMatch(/reported by units of the kind 政府部门 only; a unit of the kind “其他部门” must not fill it in/);
    expect((await compiledSchemas(ir)).submission(s)).toBe(false);
  });

  it("refuses an item's input from a unit of another kind, even a wrong value is not worth a second word", async () => {
    const v = await validatorFor(ir);
    const s = gov();
    s.items["5"] = { 指标值: "八" };
    expect(codes(v.validateSubmission(s))).toEqual([["S131", "/items/5/指标值"]]);
    const t = other();
    t.items["6"].安全检查报告 = ["报告.pdf"];
    expect(codes(v.validateSubmission(t))).toEqual([["S131", "/items/6/安全检查报告"]]);
    expect((await compiledSchemas(ir)).submission(t)).toBe(false);
  });

  it("requires the fact and the item from the kinds that report them", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    const noFacts = gov();
    delete noFacts.facts;
    expect(codes(v.validateSubmission(noFacts))).toEqual([["S112", "/facts/网站绩效评估成绩"]]);
    expect(schema.submission(noFacts)).toBe(false);
    const noItem = other();
    delete noItem.items["5"];
    const problems = v.validateSubmission(noItem);
    expect(codes(problems)).toEqual([["S113", "/items/5"]]);
    expect(problems[0]!.message["zh-CN"]).toContain("需要填写：办公室认定的本指标值");
    expect(schema.submission(noItem)).toBe(false);
    const noInput = other();
    noInput.items["5"] = {};
    expect(codes(v.validateSubmission(noInput))).toEqual([["S112", "/items/5/指标值"]]);
    expect(schema.submission(noInput)).toBe(false);
    // item 7 may be N/A for a 政府部门 unit; listed so, it is not required
    const na = gov();
    delete na.items["7"];
    expect(codes(v.validateSubmission(na))).toEqual([["S113", "/items/7"]]);
    na.notApplicable = ["7"];
    expect(v.validateSubmission(na)).toEqual([]);
    expect(schema.submission(na)).toBe(true);
  });

  it("takes the kind from the submission when no units are listed, and per form with forms", async () => {
    const unlisted = inputKindsScheme("unlisted");
    const v = await validatorFor(unlisted);
    const s = other();
    s.unit = { name: "市人大办公室", kind: "其他部门" };
    expect(v.validateSubmission(s)).toEqual([]);
    s.unit.kind = "政府部门";
    expect(codes(v.validateSubmission(s)).sort()).toEqual([
      ["S112", "/facts/网站绩效评估成绩"],
      ["S113", "/items/7"],
      ["S131", "/items/5/指标值"],
    ]);

    const forms = inputKindsScheme("listed", true);
    const vf = await validatorFor(forms);
    const { unit, facts, ...content } = gov();
    const f: Sub = { unit, facts, forms: { 自评表: structuredClone(content), 实地表: structuredClone(content) } };
    expect(vf.validateSubmission(f)).toEqual([]);
    f.forms.实地表.items["5"] = { 指标值: 3 };
    expect(codes(vf.validateSubmission(f))).toEqual([["S131", "/forms/实地表/items/5/指标值"]]);
    expect((await compiledSchemas(forms)).submission(f)).toBe(false);
  });
});
