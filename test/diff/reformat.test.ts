// A pure reformat of each seed scheme — English keywords instead of Chinese, reindented, the
// comments dropped and others written — means the same scheme: the diff reports nothing. So does
// each seed against itself.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { diffSchemes } from "../../generators/diff/index.js";
import { lexer, spellings } from "../../language/lexer.js";
import { ratingAsName, reformat } from "./reformat.js";

const schemes = fileURLToPath(new URL("../../schemes/", import.meta.url));
const seeds = readdirSync(schemes).filter((f) => f.endsWith(".kaohe")).sort();

function compile(text: string, file: string): SchemeIR {
  const r = compileSource(text, file);
  if (!r.ir) throw new Error(`${file}: ${JSON.stringify(r.diagnostics.filter((d) => d.severity === "error"))}`);
  return r.ir;
}

describe("diff: a pure reformat of each seed reports nothing", () => {
  it("covers the five seeds", () => expect(seeds).toHaveLength(5));
  for (const seed of seeds) {
    const text = readFileSync(join(schemes, seed), "utf8");
    const again = reformat(text);

    it(`${seed}: the reformat is a real one (English keywords, other layout, other comments)`, () => {
      const tokens = lexer.tokenize(again).tokens;
      const keywords = tokens.filter((t) => spellings.has(t.tokenType) && !ratingAsName(tokens, t));
      expect(keywords.length).toBeGreaterThan(50);
      // Every keyword that has an English spelling is written in it.
      const chinese = keywords.filter((t) => /[\u4e00-\u9fff]/.test(t.image) && spellings.get(t.tokenType)!.some((w) => /^[\x21-\x7e]+$/.test(w)));
      expect(chinese.map((t) => t.image)).toEqual([]);
      expect(again.split("\n").filter((l) => l.trimStart().startsWith("#"))).not.toEqual(
        text.split("\n").filter((l) => l.trimStart().startsWith("#")),
      );
    });

    it(`${seed}: against its reformat and against itself, nothing changed`, () => {
      const a = compile(text, `schemes/${seed}`);
      expect(diffSchemes(a, compile(again, `reformatted/${seed}`)).changes).toEqual([]);
      expect(diffSchemes(a, compile(text, `schemes/${seed}`)).changes).toEqual([]);
    });
  }
});
