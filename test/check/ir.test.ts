// The IR is plain JSON (it survives JSON.stringify / JSON.parse unchanged: no undefined, no
// Map, no class instance, no NaN) and deterministic (the same scheme gives the same bytes).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import { IR_VERSION } from "../../compiler/ir.js";

const clean = [
  ...readdirSync(new URL("./good/", import.meta.url))
    .filter((f) => f.endsWith(".kaohe"))
    .map((f) => `test/check/good/${f}`),
  // warnings leave an IR too
  ...readdirSync(new URL("./bad/", import.meta.url))
    .filter((f) => /^W.*\.kaohe$/.test(f))
    .map((f) => `test/check/bad/${f}`),
];

describe("IR", () => {
  for (const file of clean) {
    const text = readFileSync(file, "utf8");
    it(`${file}: round-trips through JSON unchanged`, () => {
      const ir = compileSource(text, file).ir;
      expect(ir).not.toBeNull();
      expect(JSON.parse(JSON.stringify(ir))).toStrictEqual(ir);
    });
    it(`${file}: is the same on every compile`, () => {
      const once = JSON.stringify(compileSource(text, file).ir);
      const again = JSON.stringify(compileSource(text, file).ir);
      expect(again).toBe(once);
    });
  }

  it("names its versions", () => {
    const ir = compileSource(readFileSync("test/check/good/pools.kaohe", "utf8"), "pools.kaohe").ir!;
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(ir.irVersion).toBe(IR_VERSION);
    expect(ir.kaoheVersion).toBe(pkg.version);
    expect(ir.file).toBe("pools.kaohe");
  });

  it("holds each clause's source text and span", () => {
    const text = readFileSync("test/check/good/pools.kaohe", "utf8");
    const ir = compileSource(text, "pools.kaohe").ir!;
    for (const n of ir.nodes)
      if (n.kind === "item")
        for (const c of n.clauses) expect(text.slice(c.span.start.offset, c.span.end.offset)).toBe(c.text);
  });
});
