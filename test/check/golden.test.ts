// Every checker diagnostic has a bad fixture in test/check/bad/<code>-<slug>.kaohe, and its
// rendered output in both languages is kept beside it as <same>.zh-CN.txt and <same>.en.txt.
// After a reviewed change to the words or the rendering, refresh them with
//   UPDATE_GOLDEN=1 npx vitest run test/check
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { checkMessages } from "../../compiler/messages/check.js";

const dir = fileURLToPath(new URL("./bad/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".kaohe"))
  .sort();
const codeOf = (fixture: string): string => fixture.split("-")[0]!;

describe("bad fixtures", () => {
  it("cover every code the checker words", () => {
    const codes = new Set(
      Object.keys(checkMessages)
        .filter((k) => /^[EW]\d{3}/.test(k))
        .map((k) => k.slice(0, 4)),
    );
    const covered = new Set(fixtures.map(codeOf));
    expect([...codes].filter((c) => !covered.has(c))).toEqual([]);
    expect(codes.size).toBeGreaterThanOrEqual(33);
  });

  for (const fixture of fixtures) {
    const code = codeOf(fixture);
    const file = `test/check/bad/${fixture}`;
    const text = readFileSync(join(dir, fixture), "utf8");
    const result = compileSource(text, file);

    it(`${fixture} reports ${code} and nothing else`, () => {
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.diagnostics.map((d) => d.code)).toEqual(result.diagnostics.map(() => code));
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
