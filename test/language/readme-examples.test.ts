// Every ```kaohe block of language/README.md and of the top-level README.md compiles clean
// through the whole front end (no error and no warning), and every ```kaohe-bad block gives the
// diagnostic its first comment names.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";

const readmes = ["language/README.md", "README.md"].map((path) => ({
  path,
  text: readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"),
}));

/** The fenced blocks of a language, with the line each starts on. */
function blocks(readme: string, lang: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  const fence = new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm");
  for (const m of readme.matchAll(fence)) {
    found.push({ line: readme.slice(0, m.index).split("\n").length, text: m[1]! });
  }
  return found;
}

const codes = (text: string, file: string): string[] =>
  compileSource(text, file).diagnostics.map((d) => d.code);

describe("README examples", () => {
  const [language, top] = readmes;

  it("has examples to run", () => {
    expect(blocks(language!.text, "kaohe").length).toBeGreaterThanOrEqual(30);
    expect(blocks(language!.text, "kaohe-bad").length).toBeGreaterThanOrEqual(3);
    expect(blocks(top!.text, "kaohe")).toHaveLength(1);
  });

  for (const { path, text } of readmes) {
    const good = blocks(text, "kaohe").map((b) => [b.line, b.text] as const);
    const bad = blocks(text, "kaohe-bad").map((b) => [b.line, b.text] as const);

    it.each(good)(`${path}: block at line %i compiles clean`, (line, block) => {
      const result = compileSource(block, `${path}:${line}`);
      expect(result.diagnostics.map((d) => `${d.code} ${d.span.start.line}:${d.span.start.column}`)).toEqual(
        [],
      );
      expect(result.ir?.nodes.length).toBeGreaterThan(0);
    });

    if (bad.length > 0)
      it.each(bad)(`${path}: bad block at line %i gives its diagnostic`, (line, block) => {
        const code = /^#\s*([EW]\d{3})/.exec(block)?.[1];
        expect(code).toBeDefined();
        expect(codes(block, `${path}:${line}`)).toContain(code);
      });
  }
});
