// List inputs compared between editions: an element added to or removed from a fixed list, and an
// input that became a list (or stopped being one), worded; a list scheme compared with itself
// has no change.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { diffSchemes } from "../../generators/diff/index.js";

const scheme = (columns: string, input: string) => `方案 "栏目" { }
维度 栏目 { ${columns} }
指标 回复 "栏目回复率" 2分 {
  ${input}
  得 2分
  每 栏目 若 回复率 < 90% 扣 0.5分 最多扣 2分
}
`;
const LIST = "输入 回复率 比率 每 栏目";

function compile(text: string, file: string): SchemeIR {
  const r = compileSource(text, file);
  if (!r.ir) throw new Error(`${file}: ${r.diagnostics.map((d) => d.code).join(", ")}`);
  return r.ir;
}
const changes = (a: string, b: string, lang: "zh-CN" | "en" = "zh-CN") =>
  diffSchemes(compile(a, "old.kaohe"), compile(b, "new.kaohe")).changes.map((c) => c.message[lang]);

describe("list inputs in the diff", () => {
  it("a scheme with lists compared with itself: nothing changed", () => {
    const a = scheme("政务公开, 办事服务, 互动交流", LIST);
    expect(changes(a, a)).toEqual([]);
  });

  it("names the elements added to and removed from a fixed list", () => {
    const a = scheme("政务公开, 办事服务, 互动交流", LIST);
    const b = scheme("政务公开, 办事服务, 政民互动", LIST);
    expect(changes(a, b)).toContain("输入「回复率」按栏目填报的项：新增 政民互动；删除 互动交流");
    expect(changes(a, b, "en")).toContain("Input “回复率”, one value per 栏目: added 政民互动; removed 互动交流");
    // the same elements in another order: no change
    expect(changes(a, scheme("互动交流, 政务公开, 办事服务", LIST))).toEqual([]);
  });

  it("says when an input stops being one value", () => {
    const one = `方案 "栏目" { }
维度 栏目 { 政务公开, 办事服务 }
指标 回复 "栏目回复率" 2分 {
  输入 回复率 比率
  若 回复率 ≥ 90% 得 2分
}
`;
    const listed = one.replace("输入 回复率 比率", LIST).replace("若 回复率 ≥ 90%", "若 最小(回复率) ≥ 90%");
    expect(changes(one, listed)).toContain("输入「回复率」填报方式：一个值 → 每个栏目一个值（政务公开、办事服务）");
  });
});
