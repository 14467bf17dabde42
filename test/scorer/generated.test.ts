// scorer.js and scorer.d.ts as files: the same scheme gives the same bytes; the header names the
// scheme, its version and kaohe's; it is formatted with Prettier; no imports, no eval, no
// `new Function`; the module runs in a bare JavaScript context (no Node, as in a browser); and
// the declarations type-check against code that uses them.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import * as prettier from "prettier";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile, compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { indentBlocks } from "../../generators/indent.js";
import { FORMAT, SCHEME_PART, generateScorerFiles } from "../../generators/scorer/index.js";
import type { UnitResult } from "../../generators/scorer/result.js";

const SOURCE = `
方案 "示例方案" {
  年度 2024
  版本 "2024-1"
}
指标 1 "参加会议" 2分 {
  输入 参加会议: 次数
  每 参加会议 得 1分 最高 2分
}
`;

let ir: SchemeIR;
let js: string;
let dts: string;
beforeAll(async () => {
  ir = compileSource(SOURCE, "example.kaohe").ir!;
  const files = await generateScorerFiles(ir);
  js = files.find((f) => f.path === "scorer.js")!.content;
  dts = files.find((f) => f.path === "scorer.d.ts")!.content;
});

describe("scorer.js", () => {
  it("is the same bytes for the same scheme, compiled again", async () => {
    const again = await generateScorerFiles(compileSource(SOURCE, "example.kaohe").ir!);
    expect(again.find((f) => f.path === "scorer.js")!.content).toBe(js);
    expect(again.find((f) => f.path === "scorer.d.ts")!.content).toBe(dts);
  });

  it("is the same bytes for a seed scheme built twice", async () => {
    const file = new URL("../../schemes/weifang-2011.kaohe", import.meta.url).pathname;
    const [a, b] = await Promise.all([
      generateScorerFiles(compileFile(file).ir!),
      generateScorerFiles(compileFile(file).ir!),
    ]);
    expect(a[0]!.content).toBe(b[0]!.content);
  });

  it("is headed with the scheme's title and version and the kaohe version", () => {
    const head = js.split("\n").slice(0, 3).join("\n");
    expect(head).toContain("《示例方案》");
    expect(head).toContain("版本 2024-1");
    expect(head).toContain(`kaohe ${ir.kaoheVersion}`);
    expect(dts.split("\n")[0]).toContain("《示例方案》");
  });

  it("is laid out where a person reads it: one statement per line, indented by its blocks, each item headed by its code and title", async () => {
    // The scheme's part (templates, figures, items, vetoes, structure, exports) is written in its
    // final layout; the runtime and the validator before it are laid out by esbuild and
    // generators/schema. No formatter runs in the build.
    const at = js.indexOf(SCHEME_PART);
    expect(at).toBeGreaterThan(0);
    const scheme = js.slice(at);
    expect(indentBlocks(scheme)).toBe(scheme);
    const lines = scheme.split("\n");
    // Every block closes where it opened, and a statement does not share its line with another.
    expect(lines[lines.length - 1]).toBe("");
    expect(lines.filter((l) => /^\S/.test(l) && l.startsWith("}") && l !== "}" && l !== "};")).toEqual([]);
    expect(lines.filter((l) => /;\s*(zh|en)\.push\(/.test(l))).toEqual([]);
    const first = lines.findIndex((l) => l.startsWith("function item_0("));
    expect(lines[first - 1]).toMatch(/^\/\/ 指标 /);
    expect(lines[first + 1]).toMatch(/^  const I = /);
    // It is JavaScript Prettier reads (and would only re-wrap).
    await expect(prettier.format(scheme, { ...FORMAT, parser: "babel" })).resolves.toContain("function item_0(");
    expect(await prettier.format(dts, { ...FORMAT, parser: "typescript" })).toBe(dts);
    // The declarations carry result.ts as written, after the header.
    expect(dts).toContain("export interface UnitResult {");
  });

  it("has no imports, no require, no eval and no new Function", () => {
    const code = js.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    expect(code).not.toMatch(/^\s*import\s/m);
    expect(code).not.toMatch(/\brequire\s*\(/);
    expect(code).not.toMatch(/\beval\s*\(/);
    expect(code).not.toMatch(/\bnew\s+Function\b/);
    expect(code).not.toMatch(/\bprocess\.|\bBuffer\b|\bglobalThis\b/);
    expect([...code.matchAll(/^export\b.*$/gm)].map((m) => m[0])).toEqual([
      "export const score = scorer.score;",
      "export const scoreAll = scorer.scoreAll;",
      "export { SubmissionError };",
      expect.stringMatching(/^export const scheme = \{/),
    ]);
  });

  it("runs in a bare JavaScript context with no Node globals (as in a browser)", () => {
    const script = js
      .replace(/^export const (score|scoreAll|scheme) =/gm, "const $1 =")
      .replace(/^export \{ SubmissionError \};$/m, "")
      .concat("\nresult = { score, scoreAll, SubmissionError, scheme };\n");
    const context = vm.createContext({ result: null });
    vm.runInContext(script, context);
    expect(vm.runInContext("typeof process + typeof require + typeof Buffer", context)).toBe(
      "undefinedundefinedundefined",
    );
    const m = context.result as { score: (s: unknown) => UnitResult; SubmissionError: unknown };
    const r = m.score({ unit: { name: "甲" }, items: { "1": { 参加会议: 3 } } });
    expect(r.total).toBe("2");
    expect(r.items["1"]!.explanation["zh-CN"][0]).toContain("参加会议 3 × 1 分 = 3 分，最高 2 分 → 2 分");
    expect(() => m.score({ unit: { name: "甲" }, items: {} })).toThrow(/提交内容与方案不符/);
  });
});

describe("scorer.d.ts", () => {
  it("type-checks code that scores, reads figures and explanations, and catches SubmissionError", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-dts-"));
    await writeFile(join(dir, "scorer.d.ts"), dts);
    await writeFile(join(dir, "scorer.js"), js);
    await writeFile(
      join(dir, "use.ts"),
      `import { score, scoreAll, SubmissionError, scheme, type UnitResult, type BatchResult } from "./scorer.js";
const one: UnitResult = score({});
const lines: string[] = one.items["1"]!.explanation["zh-CN"];
const all: BatchResult = scoreAll([one]);
const title: string = scheme.title;
try { score(null); } catch (e) { if (e instanceof SubmissionError) { const code: string = e.problems[0]!.code; void code; } }
// @ts-expect-error: totals are decimal strings, not numbers
const wrong: number = one.total;
void lines; void all; void title; void wrong;
`,
    );
    const program = ts.createProgram([join(dir, "use.ts")], {
      strict: true,
      noUncheckedIndexedAccess: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      noEmit: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  });
});
