// The renderer: the underline sits under the span's columns, counting CJK and full-width
// characters as two columns; JSON carries the same facts for tools.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Span } from "../../language/ast.js";
import type { Diagnostic } from "../../language/diagnostic.js";
import { compileSource } from "../../compiler/compile.js";
import { diagnosticsToJson, renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { displayWidth } from "../../compiler/diagnostics/width.js";

/** A span over `needle` on line `line` (1-based) of `text`; columns in UTF-16 code units. */
function spanOf(text: string, line: number, needle: string): Span {
  const lines = text.split("\n");
  const col = lines[line - 1]!.indexOf(needle);
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col;
  return {
    file: "x.kaohe",
    start: { offset, line, column: col + 1 },
    end: { offset: offset + needle.length, line, column: col + 1 + needle.length },
  };
}

function diagnostic(span: Span): Diagnostic {
  return {
    code: "E201",
    severity: "error",
    span,
    args: { name: "召开会意", item: "" },
    related: [],
    suggestions: ["召开会议"],
  };
}

/** The source line and the underline line of a rendered diagnostic. */
function underline(rendered: string): { source: string; marks: string } {
  const lines = rendered.split("\n");
  const at = lines.findIndex((l) => /^\s*\d+ \| /.test(l));
  return { source: lines[at]!, marks: lines[at + 1]! };
}

describe("display width", () => {
  it("counts East Asian wide and full-width characters as two columns", () => {
    expect(displayWidth("召开会议")).toBe(8);
    expect(displayWidth("網站建設")).toBe(8); // traditional
    expect(displayWidth("（）：，％")).toBe(10); // full-width punctuation
    expect(displayWidth("𠀀")).toBe(2); // outside the BMP: one character, two columns
    expect(displayWidth("abc 3分")).toBe(7); // five narrow, one wide
    expect(displayWidth("★Ⅲ")).toBe(2); // East Asian Ambiguous: narrow
    expect(displayWidth("\t")).toBe(4);
  });
});

describe("underline", () => {
  it("sits under a Chinese name after Chinese text and full-width punctuation", () => {
    const text = '指标 1 "领导重视" 3分 {\n  若 （专题）召开会意 ≥ 1 得 3分\n}\n';
    const d = diagnostic(spanOf(text, 2, "召开会意"));
    const { source, marks } = underline(renderDiagnostics([d], new Map([["x.kaohe", text]]), "en"));
    const prefix = source.indexOf("|") + 2; // where the source text starts on its line
    expect(marks.slice(0, prefix)).toBe(" ".repeat(prefix - 2) + "| ");
    // "  若 （专题）" is 2 + 2 + 1 + 2 + 4 + 2 = 13 columns; "召开会意" is 8
    expect(marks.slice(prefix)).toBe(" ".repeat(13) + "^".repeat(8));
  });

  it("sits under ASCII one column per character", () => {
    const text = '方案 "t" { }\nround 2 site_score\n';
    const d = diagnostic(spanOf(text, 2, "site_score"));
    const { marks } = underline(renderDiagnostics([d], new Map([["x.kaohe", text]]), "en"));
    expect(marks).toBe("  | " + " ".repeat("round 2 ".length) + "^".repeat(10));
  });

  it("underlines a real diagnostic from the checker", () => {
    const file = "test/check/bad/E201-unknown-input.kaohe";
    const text = readFileSync(file, "utf8");
    const result = compileSource(text, file);
    const { source, marks } = underline(renderDiagnostics(result.diagnostics, new Map([[file, text]]), "zh-CN"));
    expect(source).toBe("7 |   若 召开会意次数 ≥ 2 得 2分");
    expect(marks).toBe("  |      " + "^".repeat(12)); // 2 spaces + 若 (2) + space, then six characters
  });

  it("gives the location, the suggestion and a closing count", () => {
    const text = '指标 1 "领导重视" 3分 {\n  若 召开会意 ≥ 1 得 3分\n}\n';
    const rendered = renderDiagnostics([diagnostic(spanOf(text, 2, "召开会意"))], new Map([["x.kaohe", text]]), "en");
    expect(rendered).toContain(" --> x.kaohe:2:5\n");
    expect(rendered).toContain(" = help: did you mean “召开会议”?\n");
    expect(rendered.trimEnd().split("\n").at(-1)).toBe("checked: 1 error, 0 warnings");
    expect(renderDiagnostics([], new Map(), "zh-CN")).toBe("检查完毕：没有发现问题\n");
  });
});

describe("JSON for tools", () => {
  it("carries code, severity, words, place, args and suggestions", () => {
    const file = "test/check/bad/E201-unknown-input.kaohe";
    const result = compileSource(readFileSync(file, "utf8"), file);
    const [json] = diagnosticsToJson(result.diagnostics, "en");
    expect(json).toMatchObject({
      code: "E201",
      severity: "error",
      file,
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 11, // six characters, one UTF-16 unit each
      args: { name: "召开会意次数", item: "领导重视", variant: "item" },
      suggestions: ["召开会议次数"],
      related: [],
    });
    expect(json!.message).toContain("item “领导重视” has no input named “召开会意次数”");
    expect(diagnosticsToJson(result.diagnostics, "zh-CN")[0]!.message).toContain(
      "指标“领导重视”中没有名为“召开会意次数”的输入",
    );
  });
});
