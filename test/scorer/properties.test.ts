// Properties of every generated scorer, over random valid batches (test/support/arbitrary.ts) for
// the five seed schemes: scoring never throws; every item stays within its [minimum, maximum];
// sections, pools and the total are the sum of their parts (pools held within their bounds);
// a veto always wins; and the result of each unit does not depend on the order of the batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR, Section } from "../../compiler/ir.js";
import { loadScorer, type LoadedScorer } from "../../generators/scorer/load.js";
import type { BatchResult, FormResult, UnitResult } from "../../generators/scorer/result.js";
import { add, cmp, parse, ZERO, type Q } from "../../generators/scorer/runtime/decimal.js";
import { validBatch } from "../support/arbitrary.js";

const dir = fileURLToPath(new URL("../../schemes/", import.meta.url));
const schemes = readdirSync(dir)
  .filter((f) => f.endsWith(".kaohe"))
  .sort();
const RUNS = 25;

const q = (text: string): Q => {
  const v = parse(text);
  if (v === null) throw new Error(`not a canonical decimal: ${text}`);
  return v;
};
const sum = (texts: string[]) => texts.reduce((s, t) => add(s, q(t)), ZERO);
const same = (a: Q, b: Q) => cmp(a, b) === 0;

/** Every figure of a unit that is not an explanation, for comparing results. */
function figures(u: UnitResult): string {
  return JSON.stringify(u, (key, value) => (key === "explanation" ? undefined : value));
}

function checkUnit(ir: SchemeIR, r: FormResult): void {
  const where = r.unit.name;
  const exactSums = ir.rounding === null || ir.rounding.stage === "item";
  const byId = new Map(ir.nodes.map((n) => [n.id, n]));
  const fired = (target: string, node: string | null = null) =>
    r.vetoes.some((v) => v.target === target && (node === null || v.node === node));
  // A node or pool for other unit kinds (适用) is absent: not in the result at all.
  const applies = (x: { appliesTo: string[] | null }) =>
    x.appliesTo === null || (r.unit.kind !== null && x.appliesTo.includes(r.unit.kind));

  // Each item within [minimum, maximum]: the IR's least value (null: none) and the item's maximum
  // as scored (its points, or its share after N/A renormalisation); a ★ item has no points.
  for (const node of ir.nodes) {
    if (node.kind !== "item") continue;
    expect(node.id in r.items, `${where} ${node.id} present exactly when it applies`).toBe(applies(node));
    if (!applies(node)) continue;
    const item = r.items[node.id]!;
    const score = q(item.score);
    if (node.min !== null)
      expect(cmp(score, q(node.min)), `${where} ${node.id} ≥ ${node.min}`).toBeGreaterThanOrEqual(0);
    // (The checker writes null for a bound that does not exist, e.g. an uncapped ★ item.)
    const max = item.max ?? node.max;
    if (max !== null) expect(cmp(score, q(max)), `${where} ${node.id} ${item.score} ≤ ${max}`).toBeLessThanOrEqual(0);
    if (item.max !== null && node.points !== null && ir.naPolicy !== "renormalise" && ir.forms.length === 0)
      expect(same(q(item.max), q(node.points)), `${where} ${node.id} max`).toBe(true);
    expect(item.pools[node.pool], `${where} ${node.id} own pool`).toBe(item.score);
  }

  // A veto always wins: its item, or every item of its section, scores 0 in its own pool (★ parts
  // put into other pools stand; only the total veto takes those).
  for (const v of r.vetoes) {
    if (v.target === "item" || v.target === "section") {
      const pool = byId.get(v.node!)!.pool;
      const under = (id: string): string[] => {
        const n = byId.get(id)!;
        if (!applies(n)) return [];
        if (n.kind === "item") return n.pool === pool ? [id] : [];
        return (n as Section).children.flatMap(under);
      };
      for (const id of under(v.node!)) {
        expect(r.items[id]!.score, `${where}: ${v.id} zeroes ${id}`).toBe("0");
        expect(r.items[id]!.vetoedBy).toContain(v.id);
        expect(r.items[id]!.pools[byId.get(id)!.pool]).toBe("0");
        expect(r.items[id]!.sections, `${where}: ${v.id} takes what ${id} counts in sections`).toEqual({});
      }
      if (v.target === "section") expect(r.sections[v.node!]!.score).toBe("0");
    }
  }
  expect(r.total === null, `${where} no total exactly when not scored`).toBe(fired("not-scored"));
  if (fired("total") && !fired("not-scored")) expect(r.total).toBe("0");
  expect(r.flags.includes("disqualified")).toBe(fired("disqualify"));

  // Sections are the sum of their children in the same pool; with rounding at the item stage
  // (or none) every figure is exact, so the sums hold figure by figure.
  if (exactSums)
    for (const node of ir.nodes) {
      if (node.kind !== "section" || !applies(node)) continue;
      const kids = node.children.map((c) => byId.get(c)!).filter((c) => c.pool === node.pool && applies(c));
      const parts = kids.map((c) => (c.kind === "item" ? r.items[c.id]!.score : r.sections[c.id]!.score));
      // …and what items under it count in it beyond their points (`计入 <section>`)
      const beyond = ir.nodes.flatMap((n) =>
        n.kind === "item" && applies(n) && n.intoSections.includes(node.id)
          ? [r.items[n.id]!.sections[node.id] ?? "0"]
          : [],
      );
      const expected = fired("section", node.id) ? ZERO : sum([...parts, ...beyond]);
      expect(same(q(r.sections[node.id]!.score), expected), `${where} section ${node.id}`).toBe(true);
    }

  // A pool is what its top nodes and the other items' parts put in, held within its bounds;
  // the total is the sum of the pools unless the total was vetoed.
  if (exactSums)
    for (const pool of ir.pools) {
      expect(pool.id in r.pools, `${where} pool ${pool.id} present exactly when it applies`).toBe(applies(pool));
      if (!applies(pool)) continue;
      const roots = ir.nodes.filter(
        (n) => n.pool === pool.id && applies(n) && (n.parent === null || byId.get(n.parent)!.pool !== pool.id),
      );
      const own = roots.map((n) => (n.kind === "item" ? r.items[n.id]!.score : r.sections[n.id]!.score));
      const parts = ir.nodes.flatMap((n) =>
        n.kind === "item" && n.pool !== pool.id && r.items[n.id]?.pools[pool.id] !== undefined
          ? [r.items[n.id]!.pools[pool.id]!]
          : [],
      );
      let expected = sum([...own, ...parts]);
      if (pool.points !== null && cmp(expected, q(pool.points)) > 0) expected = q(pool.points);
      if (pool.kind === "base" && cmp(expected, ZERO) < 0) expected = ZERO;
      expect(same(q(r.pools[pool.id]!), expected), `${where} pool ${pool.id}: ${r.pools[pool.id]}`).toBe(true);
    }
  const total = fired("total") ? ZERO : sum(ir.pools.filter(applies).map((p) => r.pools[p.id]!));
  if (r.total !== null && (exactSums || fired("total"))) expect(same(q(r.total), total), `${where} total`).toBe(true);
}

describe.each(schemes)("%s: properties over random valid batches", (file) => {
  let ir: SchemeIR;
  let scorer: LoadedScorer;
  beforeAll(async () => {
    const compiled = compileFile(dir + file);
    if (!compiled.ir) throw new Error(`${file} does not compile`);
    ir = compiled.ir;
    scorer = await loadScorer(ir);
  });

  it("never throws; items within bounds; sums hold; vetoes win; every figure explained", () => {
    fc.assert(
      fc.property(validBatch(ir, 5), (batch) => {
        const result: BatchResult = scorer.scoreAll(batch);
        expect(result.units).toHaveLength(batch.length);
        for (const u of result.units) {
          expect(u.complete).toBe(true);
          checkUnit(ir, u);
          for (const f of Object.values(u.forms ?? {})) checkUnit(ir, f);
          expect(u.explanation["zh-CN"].length).toBeGreaterThan(0);
          expect(u.explanation.en.length).toBe(u.explanation["zh-CN"].length);
          for (const item of Object.values(u.items)) {
            expect(item.explanation["zh-CN"].at(-1)).toMatch(/^本项得分 /);
            expect(item.explanation.en.length).toBe(item.explanation["zh-CN"].length);
          }
        }
        // Every unit with the figure ranked by is ranked, the others not (no completion, no pool).
        const first = ir.rankings[0];
        if (first !== undefined) {
          const by = first.by;
          const ranked = result.units.filter((u) =>
            by === "total" ? true : by === "completion" ? u.completion !== null : by in u.pools,
          );
          expect(result.ranking!.map((x) => x.unit).sort()).toEqual(ranked.map((u) => u.unit.name).sort());
          for (const u of result.units) expect(u.rank === null).toBe(!ranked.includes(u));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("one unit alone never throws and keeps the same bounds", () => {
    fc.assert(
      fc.property(validBatch(ir, 1), ([sub]) => {
        const r = scorer.score(sub);
        checkUnit(ir, r);
        expect(r.complete).toBe(!Object.values(r.items).some((i) => i.pending));
      }),
      { numRuns: RUNS },
    );
  });

  it("the order of the units changes no unit's result and not the ranking", () => {
    fc.assert(
      fc.property(
        validBatch(ir, 5).chain((batch) =>
          fc.tuple(fc.constant(batch), fc.shuffledSubarray(batch, { minLength: batch.length })),
        ),
        ([batch, shuffled]) => {
          const a = scorer.scoreAll(batch);
          const b = scorer.scoreAll(shuffled);
          const byName = (x: BatchResult) => Object.fromEntries(x.units.map((u) => [u.unit.name, figures(u)]));
          expect(byName(b)).toEqual(byName(a));
          expect(b.ranking).toEqual(a.ranking);
          const words = (x: BatchResult) => Object.fromEntries(x.units.map((u) => [u.unit.name, u.items]));
          expect(JSON.stringify(words(b), Object.keys(words(b)).sort())).toBe(
            JSON.stringify(words(a), Object.keys(words(a)).sort()),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
