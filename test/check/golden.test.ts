// Every diagnostic, syntax and checker alike, has a bad fixture in test/check/bad/<code>-<slug>.kaohe, and its
// rendered output in both languages is kept beside it as <same>.zh-CN.txt and <same>.en.txt.
// After a reviewed change to the words or the rendering, refresh them with
//   UPDATE_GOLDEN=1 npx vitest run test/check
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { checkMessages } from "../../compiler/messages/check.js";
import { syntaxMessages } from "../../compiler/messages/syntax.js";

const dir = fileURLToPath(new URL("./bad/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".kaohe"))
  .sort();
const codeOf = (fixture: string): string => fixture.split("-")[0]!;

describe("bad fixtures", () => {
  it("cover every code the parser and the checker word", () => {
    const codes = new Set(
      Object.keys({ ...syntaxMessages, ...checkMessages })
        .filter((k) => /^[EW]\d{3}/.test(k))
        // E100 says kaohe itself failed: no scheme can produce it on purpose.
        .filter((k) => !k.startsWith("E100"))
        .map((k) => k.slice(0, 4)),
    );
    const covered = new Set(fixtures.map(codeOf));
    expect([...codes].filter((c) => !covered.has(c))).toEqual([]);
    expect(codes.size).toBeGreaterThanOrEqual(33);
  });

  for (const fixture of fixtures) {
    const code = codeOf(fixture);
    const file = `test/check/bad/${fixture}`;
    // Read as bytes, as `kaohe check` does, so that E101 (not UTF-8) has a fixture too.
    const result = compileFile(file);
    const text = result.text;
    // E109 closes a run of other syntax errors (here E105): it cannot stand alone.
    const others = code === "E109" ? ["E105"] : [];

    it(`${fixture} reports ${code} and nothing else`, () => {
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.diagnostics.filter((d) => d.code !== code && !others.includes(d.code))).toEqual([]);
      // errors leave no IR; a warning alone does
      expect(result.ir === null).toBe(code.startsWith("E"));
    });

    for (const lang of ["zh-CN", "en"] as const) {
      it(`${fixture} renders as ${fixture.replace(/\.kaohe$/, `.${lang}.txt`)}`, () => {
        const golden = join(dir, fixture.replace(/\.kaohe$/, `.${lang}.txt`));
        const rendered = renderDiagnostics(result.diagnostics, new Map([[file, text]]), lang);
        if (update) writeFileSync(golden, rendered);
        expect(existsSync(golden)).toBe(true);
        expect(rendered).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});
