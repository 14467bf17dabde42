// Every seed's table adds up: each section's points are the sum of its children's points in its
// own pool (★ items feed another pool and carry none), and the base pool's full marks are the
// sum of its top-level nodes. Seed 000's 一级 totals are the document's own, read from its first
// column by hand (25 环境建设 … 13 信息化建设项目管理, 100 = 基准分); and where its rules give
// more than an item's weight (items 2, 7 and 13: 3 under 2, 10 under 5, 6 under 5, so 环境建设's
// rules reach 31 and 电子政务's 21), the scheme says why it caps them (封顶 … 因 "…").
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { Item, Node, SchemeIR } from "../../compiler/ir.js";
import { Rational } from "../../compiler/check/rational.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const seeds = readdirSync(join(root, "schemes")).filter((f) => f.endsWith(".kaohe")).sort();

function compiled(file: string): SchemeIR {
  const r = compileFile(join(root, "schemes", file));
  if (!r.ir) throw new Error(`${file} does not compile`);
  return r.ir;
}

const sum = (values: Array<string | null>) => values.reduce((s, v) => s.add(Rational.parse(v ?? "0")!), Rational.int(0)).toDec();

describe("the seeds' tables add up", () => {
  for (const file of seeds) {
    it(`${file}: every section is the sum of its children in its pool`, () => {
      const ir = compiled(file);
      const byId = new Map<string, Node>(ir.nodes.map((n) => [n.id, n]));
      const sections = ir.nodes.filter((n) => n.kind === "section" && n.points !== null);
      expect(sections.length).toBeGreaterThan(0);
      for (const s of sections) {
        if (s.kind !== "section") continue;
        const own = s.children.map((c) => byId.get(c)!).filter((c) => c.pool === s.pool);
        expect(sum(own.map((c) => c.points)), `${file} ${s.title}`).toBe(s.points);
      }
    });
  }

  it("county-2011 (seed 000): the 一级 totals of the document, and the base pool of 100", () => {
    const ir = compiled("county-2011.kaohe");
    const top = ir.nodes.filter((n) => n.kind === "section" && n.parent === null);
    expect(Object.fromEntries(top.map((n) => [n.title, n.points]))).toEqual({
      环境建设: "25", // 3+2+3+2+2+2+5+2+2+2 (items 1–10)
      电子政务: "20", // 3+5+5+4+3 (items 11–15)
      两化融合: "20", // 5+5+5+5 (16–19)
      农业农村信息化: "10", // 4+3+3 (20–22)
      网络与信息安全: "12", // 2+2+2+2+4 (23, 25–28)
      信息化建设项目管理: "13", // 4+4+3+2 (29–32)
    });
    expect(ir.pools.find((p) => p.kind === "base")!.points).toBe("100"); // 25+20+20+10+12+13
  });

  it("county-2011: the items whose rules give more than their weight say why they are capped", () => {
    const ir = compiled("county-2011.kaohe");
    const capped = ir.nodes.filter((n): n is Item => n.kind === "item" && n.capWritten);
    expect(capped.map((n) => [n.id, n.points, n.cap, n.capReason !== null])).toEqual([
      ["2", "2", "2", true], // 2 + 1 = 3 under 2%
      ["7", "5", "5", true], // 10 under 5%
      ["13", "5", "5", true], // 满分 6 under 5%
    ]);
  });
});
