// parse.ts parses a file in runs of top-level declarations (so that each run's CST is garbage
// before the next is built). Where the runs end must not show: the AST and every diagnostic's
// code, place and words are the same whether the file is parsed in the shortest runs (a run ends
// at every boundary it may end at) or as one run, for every scheme in the project, and for the
// seeds with a brace taken out or put in at places spread over the file (so that recovery crosses
// the boundaries).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../language/parse.js";

const root = new URL("../../", import.meta.url).pathname;

function schemesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".kaohe"))
    .map((e) => join(e.parentPath, e.name).slice(root.length))
    .sort();
}

/** parse() in the shortest runs and in one run. */
function bothWays(text: string, file: string) {
  return { shortest: parse(text, file, 1), whole: parse(text, file, Infinity) };
}

describe("a file parsed in runs reads as one parsed whole", () => {
  const files = [...schemesUnder("schemes"), ...schemesUnder("examples"), ...schemesUnder("test")];

  it("finds the project's schemes", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  for (const file of files) {
    it(file, () => {
      const { shortest, whole } = bothWays(readFileSync(join(root, file), "utf8"), file);
      expect(shortest).toEqual(whole);
    });
  }
});

describe("a seed with a brace taken out or put in reads the same in runs", () => {
  for (const file of schemesUnder("schemes")) {
    const text = readFileSync(join(root, file), "utf8");
    // Five places spread over the file: the first brace at or after each fifth of it.
    const places = [1, 2, 3, 4, 5].map((k) => Math.floor((text.length * k) / 6));
    for (const at of places) {
      const open = text.indexOf("{", at);
      const close = text.indexOf("}", at);
      const variants = {
        [`without the { at ${open}`]: text.slice(0, open) + text.slice(open + 1),
        [`without the } at ${close}`]: text.slice(0, close) + text.slice(close + 1),
        [`with a second } at ${close}`]: text.slice(0, close) + "}" + text.slice(close),
      };
      for (const [name, variant] of Object.entries(variants)) {
        it(`${file} ${name}`, () => {
          const { shortest, whole } = bothWays(variant, file);
          expect(whole.diagnostics.length).toBeGreaterThan(0);
          expect(shortest).toEqual(whole);
        });
      }
    }
  }
});
