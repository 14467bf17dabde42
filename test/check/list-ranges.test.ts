// Kinds and ranges through list expressions: a mean (least, greatest) of rates is a rate within the
// element's bounds; a count of elements is 0..n (n the fixed elements; an open list has no n); a
// sum is n times the element's range. Ranges worked by hand from the declared bounds.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { Item } from "../../compiler/ir.js";

const DIMENSIONS: Array<[string, string]> = [
  ["栏目", "维度 栏目 { 政务公开, 办事服务, 互动交流 }"],
  ["账号", "维度 账号"],
];

/** The item in a scheme declaring the dimensions it reads (one declared and not read is W701). */
function compiled(body: string, points = "5分") {
  const dims = DIMENSIONS.filter(([name]) => body.includes(name)).map(([, decl]) => decl);
  const head = `方案 "列表" { }\n舍入 2位 四舍五入 于 指标\n${dims.join("\n")}\n`;
  const result = compileSource(`${head}指标 1 "甲" ${points} {\n${body}\n}\n`, "t.kaohe");
  const item = result.ir?.nodes.find((n): n is Item => n.kind === "item") ?? null;
  return { codes: result.diagnostics.map((d) => d.code), item };
}

describe("ranges through list expressions", () => {
  it("a mean of rates is a rate within the elements' bounds: 平均(率) × 5分 in [50% × 5, 100% × 5] = [2.5, 5]", () => {
    const { codes, item } = compiled("  输入 率 比率 每 栏目 最低 50%\n  得 平均(率) × 5分");
    expect(codes).toEqual([]);
    expect([item?.min, item?.max]).toEqual(["2.5", "5"]);
  });

  it("least and greatest stay within the element's range too: 最小(率) × 4分 with 率 in [25%, 100%] → [1, 4]", () => {
    const { codes, item } = compiled("  输入 率 比率 每 栏目 最低 25%\n  得 最小(率) × 4分 + 最大(率) × 1分");
    expect(codes).toEqual([]);
    expect([item?.min, item?.max]).toEqual(["1.25", "5"]); // 25% × 4 + 25% × 1 = 1.25; 4 + 1 = 5
  });

  it("a count of 3 fixed elements is 0..3: 每 个数(…) 得 1分 needs no 最高 under 3分; 2分 is E402", () => {
    expect(compiled("  输入 率 比率 每 栏目\n  每 个数(率 ≥ 90%) 得 1分", "3分").codes).toEqual([]);
    expect(compiled("  输入 率 比率 每 栏目\n  每 个数(率 ≥ 90%) 得 1分", "2分").codes).toEqual(["E402"]);
  });

  it("每 栏目 若 …: 3 elements × 0.5 = at most 1.5 off 2分, so the item stays in [0.5, 2]", () => {
    const { codes, item } = compiled("  输入 率 比率 每 栏目\n  得 2分\n  每 栏目 若 率 < 90% 扣 0.5分", "2分");
    expect(codes).toEqual([]);
    expect([item?.min, item?.max]).toEqual(["0.5", "2"]); // 2 − 3 × 0.5; no element below 90%
  });

  it("an open list has any number of elements: its count is unbounded (E402 without 最高)", () => {
    expect(compiled("  输入 次数 次数 每 账号\n  每 个数(次数 ≥ 12) 得 1分", "4分").codes).toEqual(["E402"]);
    expect(compiled("  输入 次数 次数 每 账号\n  每 个数(次数 ≥ 12) 得 1分 最高 4分", "4分").codes).toEqual([]);
  });

  it("a sum is n times the element's range: 合计(条数) ÷ 300 × 5分 with 条数 ≤ 100 stays in [0, 5]", () => {
    const { codes, item } = compiled("  输入 条数 次数 每 栏目 最高 100\n  得 合计(条数) ÷ 300 × 5分");
    expect(codes).toEqual([]);
    expect([item?.min, item?.max]).toEqual(["0", "5"]); // 3 × 100 = 300; 300 ÷ 300 × 5
    // 最高 150: 3 × 150 ÷ 300 × 5 = 7.5 > 5
    expect(compiled("  输入 条数 次数 每 栏目 最高 150\n  得 合计(条数) ÷ 300 × 5分").codes).toEqual(["E402"]);
  });

  it("a condition that can never hold counts no element: 个数(率 > 100%) is 0 (W703: the rule gives nothing)", () => {
    const { codes, item } = compiled("  输入 率 比率 每 栏目\n  每 个数(率 > 100%) 得 1分", "3分");
    expect(codes).toEqual(["W703"]);
    expect([item?.min, item?.max]).toEqual(["0", "0"]); // no element's 率 can be above 100%
  });
});
