// The checker never throws: with any one line of a clean scheme removed or altered, it returns
// diagnostics that render in both languages (a thrown error would reach users as "internal error").
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";

const good = readdirSync(new URL("./good/", import.meta.url)).filter((f) => f.endsWith(".kaohe"));

function variants(lines: string[]): string[] {
  return lines.flatMap((_, i) => [
    lines.filter((_, j) => j !== i).join("\n"), // the line removed
    lines.map((l, j) => (j === i ? l.replace(/\d+/, "7") : l)).join("\n"), // a number changed
    lines.map((l, j) => (j === i ? l.replace("分", "%") : l)).join("\n"), // points made a share
  ]);
}

describe("the checker on damaged schemes", () => {
  for (const name of good) {
    it(`${name}: every one-line change gives diagnostics, never an exception`, () => {
      const file = `test/check/good/${name}`;
      const lines = readFileSync(file, "utf8").split("\n");
      let withProblems = 0;
      for (const text of variants(lines)) {
        const result = compileSource(text, file);
        const sources = new Map([[file, text]]);
        expect(() => renderDiagnostics(result.diagnostics, sources, "zh-CN")).not.toThrow();
        expect(() => renderDiagnostics(result.diagnostics, sources, "en")).not.toThrow();
        if (result.diagnostics.some((d) => d.severity === "error")) {
          expect(result.ir).toBeNull();
          withProblems++;
        }
      }
      expect(withProblems).toBeGreaterThan(lines.length / 2);
    });
  }
});
