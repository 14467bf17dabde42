// Syntax errors: all reported in one run, in order, each with a span and words that name what
// was expected and what was found; the parser goes on after each one.
import { describe, expect, it } from "vitest";
import type { ItemDecl } from "../../language/ast.js";
import type { Diagnostic } from "../../language/diagnostic.js";
import { MAX_DIAGNOSTICS, parse } from "../../language/parse.js";

function codes(diagnostics: Diagnostic[]): Array<[string, number]> {
  return diagnostics.map((d) => [d.code, d.span.start.line]);
}

describe("several errors in one run", () => {
  const text = [
    '方案 "多处错误" { }', // 1
    '指标 a "甲" 3分 {', // 2
    "  输入 开会 是否。", // 3: E107
    "  若 开会 得 否则 1分", // 4: E105, the points are missing
    "}", // 5
    '指标 b "乙" 2分 {', // 6
    "  若开会 得 2分", // 7: E108
    "  得 ３分", // 8: E103, full-width digit
    "}", // 9
    '指标 c "丙" 1分 {', // 10
    "  输入 x 是否 @", // 11: E103
    "  若 x 得 1分", // 12
    "}", // 13
  ].join("\n");
  const result = parse(text, "many.kaohe");

  it("reports every one, sorted by position", () => {
    expect(codes(result.diagnostics)).toEqual([
      ["E107", 3],
      ["E105", 4],
      ["E108", 7],
      ["E103", 8],
      ["E103", 11],
    ]);
  });

  it("keeps the statements around the errors", () => {
    const items = result.ast.declarations as ItemDecl[];
    expect(items.map((i) => (i.id as { text: string }).text)).toEqual(["a", "b", "c"]);
    expect(items[0]?.inputs.map((i) => i.name.text)).toEqual(["开会"]);
    expect(items[2]?.clauses.map((c) => c.kind)).toEqual(["if"]);
  });

  it("names what was expected and what was found, in both languages", () => {
    const e105 = result.diagnostics[1]!;
    expect(e105.args).toMatchObject({
      expectedZh: "数字（如 3分、80%）",
      foundZh: "关键字「否则」",
      expectedEn: "a number (such as 3分 or 80%)",
      foundEn: "the keyword 否则",
    });
    // "  若 开会 得 否则 1分": 否则 stands in columns 10 and 11.
    expect(e105.span).toMatchObject({
      file: "many.kaohe",
      start: { line: 4, column: 10 },
      end: { line: 4, column: 12 },
    });
  });

  it("suggests the spaced spelling for a glued keyword, and the half-width character", () => {
    expect(result.diagnostics[2]).toMatchObject({
      code: "E108",
      args: { glued: "若开会", keyword: "若", spaced: "若 开会" },
      suggestions: ["若 开会"],
    });
    expect(result.diagnostics[3]).toMatchObject({
      code: "E103",
      args: { char: "３", codePoint: "U+FF13" },
      suggestions: ["3"],
    });
    expect(result.diagnostics[4]).toMatchObject({ code: "E103", args: { char: "@" }, suggestions: [] });
  });
});

describe("glued keywords (E108)", () => {
  it.each([
    ["若开会 得 1分", "若开会", "若 开会"],
    ["若 开会得 1分", "开会得", "开会 得"],
    ["否决 若 x 则本项", "则本项", "则 本项"],
    ["每次数 得 1分", "每次数", "每 次数"],
  ])("%s", (stmt, glued, spaced) => {
    const { diagnostics } = parse(`方案 "x" { }\n指标 a 1分 {\n  输入 开会 是否\n  ${stmt}\n}`, "t");
    expect(diagnostics.map((d) => [d.code, d.args.glued, d.args.spaced])).toEqual([["E108", glued, spaced]]);
  });
});

describe("unclosed braces and the end of the file (E106)", () => {
  it("a } missing before a keyword that cannot stand inside", () => {
    const { ast, diagnostics } = parse(
      '方案 "x" { }\n指标 a 1分 {\n  得 1分\n指标 b 1分 {\n  得 1分\n}',
      "t",
    );
    expect(codes(diagnostics)).toEqual([["E106", 4]]);
    expect(diagnostics[0]!.related.map((r) => [r.code, r.span.start.line])).toEqual([["E106.open", 2]]);
    expect(diagnostics[0]!.args.noteZh).toContain("第2行");
    expect(ast.declarations.map((d) => d.kind)).toEqual(["item", "item"]);
  });

  it("a file that ends inside braces names every brace left open", () => {
    const { diagnostics } = parse('方案 "x" { }\n分项 s 1分 {\n  指标 a 1分 {\n    得 1分', "t");
    expect(codes(diagnostics)).toEqual([["E106", 4]]);
    expect(diagnostics[0]!.span.start).toEqual(diagnostics[0]!.span.end);
    expect(diagnostics[0]!.related.map((r) => r.span.start.line)).toEqual([3, 2]);
  });

  it("a file that ends in the middle of a statement", () => {
    const { diagnostics } = parse('方案 "x" { }\n指标 a 1分', "t");
    expect(diagnostics.map((d) => [d.code, d.args.expectedZh])).toEqual([["E106", "左花括号 {"]]);
  });
});

describe("other syntax diagnostics", () => {
  it("E104: a text without its closing quote, reported once", () => {
    const { diagnostics } = parse('方案 "x" { }\n指标 a "甲 1分 {\n  得 1分\n}', "t");
    expect(diagnostics[0]).toMatchObject({ code: "E104", args: { open: '"', close: '"' } });
    expect(diagnostics.filter((d) => d.code === "E104")).toHaveLength(1);
  });

  it("E110: no header", () => {
    const { ast, diagnostics } = parse("指标 a 1分 { 得 1分 }", "t");
    expect(codes(diagnostics)).toEqual([["E110", 1]]);
    expect(ast.declarations).toHaveLength(1);
  });

  it("E102: nothing but comments", () => {
    expect(codes(parse("# 只有注释\n\n// 还是注释\n", "t").diagnostics)).toEqual([["E102", 1]]);
  });

  it("E105: a stray token between statements, with the run of them underlined", () => {
    const { diagnostics } = parse('方案 "x" { }\n指标 a 3分 {\n  得 3分 2分 1分\n}', "t");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: "E105",
      // "  得 3分 2分 1分": 2分 starts in column 8, 1分 ends in column 12.
      span: { start: { line: 3, column: 8 }, end: { line: 3, column: 13 } },
    });
    expect(diagnostics[0]!.args.expectedZh).toContain("指标内的一条语句");
  });

  it("E111: nesting too deep for the parser", () => {
    const deep = `方案 "x" { }\n指标 a 1分 { 得 ${"(".repeat(5000)}1 }`;
    expect(parse(deep, "t").diagnostics.map((d) => d.code)).toEqual(["E111"]);
    const nots = `方案 "x" { }\n指标 a 1分 { 若 ${"非 ".repeat(5000)}x 得 1分 }`;
    expect(parse(nots, "t").diagnostics.map((d) => d.code)).toEqual(["E111"]);
  });
});

describe("a long file (parsed a run of declarations at a time)", () => {
  it("reports errors anywhere in it at their place, and keeps every declaration", () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `指标 i${i} 1分 {\n  输入 开会 是否\n  若 开会 得 1分\n}`,
    );
    items[1500] = "指标 i1500 1分 {\n  输入 开会 是否\n  若 开会 得 1分"; // its } is missing
    items[2500] = "指标 i2500 1分 {\n  若开会 得 1分\n}";
    const { ast, diagnostics } = parse(`方案 "长文件" { }\n${items.join("\n")}`, "long.kaohe");
    // Item i starts on line 2 + 4i; i1500 has three lines, so the items after it start one line
    // earlier: the } is found missing at i1501 (line 2 + 4 × 1501 − 1), and 若开会 stands on the
    // second line of i2500 (line 2 + 4 × 2500 − 1 + 1).
    expect(codes(diagnostics)).toEqual([
      ["E106", 2 + 4 * 1501 - 1],
      ["E108", 2 + 4 * 2500 - 1 + 1],
    ]);
    expect(ast.declarations).toHaveLength(3000);
  });
});

describe("too many errors (E109)", () => {
  it(`lists ${MAX_DIAGNOSTICS} and says how many more`, () => {
    const lines = Array.from({ length: 80 }, (_, i) => `指标 i${i} 1分 { 得 ; }`);
    const { diagnostics } = parse(`方案 "x" { }\n${lines.join("\n")}`, "t");
    expect(diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.slice(0, MAX_DIAGNOSTICS).every((d) => d.code === "E105")).toBe(true);
    expect(diagnostics[MAX_DIAGNOSTICS]).toMatchObject({ code: "E109", args: { count: 30, atLeastZh: "" } });
    expect(diagnostics[MAX_DIAGNOSTICS]!.span.start.line).toBe(52);
  });
});
