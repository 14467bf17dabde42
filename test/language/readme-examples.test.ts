// Every ```kaohe block of language/README.md parses with no diagnostics, and every
// ```kaohe-bad block gives the diagnostic its first comment names. (The lead extends the
// `kaohe` blocks to full checking once the checker exists.)
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../language/parse.js";

const readme = readFileSync(new URL("../../language/README.md", import.meta.url), "utf8");

/** The fenced blocks of a language, with the line each starts on. */
function blocks(lang: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  const fence = new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm");
  for (const m of readme.matchAll(fence)) {
    found.push({ line: readme.slice(0, m.index).split("\n").length, text: m[1]! });
  }
  return found;
}

describe("language/README.md examples", () => {
  const good = blocks("kaohe");
  const bad = blocks("kaohe-bad");

  it("has examples to run", () => {
    expect(good.length).toBeGreaterThanOrEqual(25);
    expect(bad.length).toBeGreaterThanOrEqual(3);
  });

  it.each(good.map((b) => [b.line, b.text] as const))("block at line %i parses clean", (line, text) => {
    const { ast, diagnostics } = parse(text, `README.md:${line}`);
    expect(diagnostics).toEqual([]);
    expect(ast.header).not.toBeNull();
    expect(ast.declarations.length).toBeGreaterThan(0);
  });

  it.each(bad.map((b) => [b.line, b.text] as const))(
    "bad block at line %i gives its diagnostic",
    (line, text) => {
      const code = /^#\s*(E\d{3})/.exec(text)?.[1];
      expect(code).toBeDefined();
      const { diagnostics } = parse(text, `README.md:${line}`);
      expect(diagnostics.map((d) => d.code)).toContain(code);
    },
  );
});
