// A rule that adds up very many inputs (a unit table of 1,000 columns, say). Every stage walks an
// expression as a tree as deep as its chain of operators, so the parser allows 1,000 operators in
// one chain: up to there the scheme checks, builds and scores; past it E112 says where and what to
// do, and nothing is scored — never a stack overflow reported as kaohe's own failure.
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { scorerFor } from "./support.js";

/** A scheme whose one item scores the sum of `n` count inputs × 1分, capped at 10分. */
function longSum(n: number): { source: string; names: string[] } {
  // Names stop at ASCII digits, so each input is 项 + one CJK character.
  const names = Array.from({ length: n }, (_, i) => "项" + String.fromCodePoint(0x4e00 + i));
  const source = `
方案 "长式子" { 年度 2024 }
计分池 基本 "基本" 10分 {
  指标 1 "合计" 10分 {
${names.map((x) => `    输入 ${x}: 次数`).join("\n")}
    得 (${names.join(" + ")}) × 1分
    封顶 10分
  }
}
`;
  return { source, names };
}

describe("long expressions", () => {
  it("1,001 terms (1,000 operators) check, build and score", async () => {
    const { source, names } = longSum(1001);
    const s = await scorerFor(source);
    const zeros = Object.fromEntries(names.map((x) => [x, 0]));
    // three inputs at 2 each, the rest 0: (2 + 2 + 2) × 1分 = 6, under the cap of 10.
    const some = { ...zeros, [names[0]!]: 2, [names[500]!]: 2, [names[1000]!]: 2 };
    expect(s.score({ unit: { name: "甲" }, items: { "1": some } }).total).toBe("6");
    // every input 1: 1,001 × 1分, capped at 10.
    const all = Object.fromEntries(names.map((x) => [x, 1]));
    expect(s.score({ unit: { name: "甲" }, items: { "1": all } }).total).toBe("10");
  });

  it("3,000 terms: E112 at the 1,001st operator, no IR", () => {
    const { source } = longSum(3000);
    const r = compileSource(source, "long.kaohe");
    expect(r.ir).toBeNull();
    expect(r.diagnostics.map((d) => d.code)).toEqual(["E112"]);
    // the item's rule is on the line after the 3,000 inputs, the header and the pool/item lines.
    expect(r.diagnostics[0]!.span.start.line).toBe(3000 + 5);
  });
});
