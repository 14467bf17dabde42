// Seed 000 (schemes/county-2011.kaohe), one unit at a time (as the form rescores on every
// keystroke): the generated score() against the minimal hand-written scorer (totals only, whole
// points: the limit, seed-000/minimal.ts) and against json-rules-engine encoding the same rules
// (seed-000/rules-engine.ts). All three must give the same total for every unit.
//
// - totals: score(s).total, nothing else read (validation included: score() validates first);
// - full results: every figure read (items' score, max, pools, N/A, vetoes; sections; pools;
//   vetoes; flags), as the form and `kaohe score` read them. Explanations are apart (on demand).
// Rounds alternate; the best round of each is compared. --quick: 5,000 units, 2 rounds.
// json-rules-engine is timed once, on its first 1,000 (quick) or 2,000 units.
import { fileURLToPath } from "node:url";
import { compileFile } from "../../../compiler/compile.js";
import { loadScorer } from "../../../generators/scorer/load.js";
import type { UnitResult } from "../../../generators/scorer/result.js";
import type { BenchOptions, BenchRow } from "../table.js";
import { total000 } from "../seed-000/minimal.js";
import { rulesEngine000, rulesEngineTotal000 } from "../seed-000/rules-engine.js";
import { submissions000 } from "../seed-000/submissions.js";

/** Reads every figure of a result (what the form shows), returning a number so none is skipped. */
function readAll(u: UnitResult): number {
  let n = (u.total ?? "").length + u.flags.length + u.vetoes.length;
  for (const p in u.pools) n += u.pools[p]!.length;
  for (const id in u.items) {
    const it = u.items[id]!;
    n += it.score.length + (it.max?.length ?? 0) + (it.na ? 1 : 0) + it.vetoedBy.length + (it.pending ? 1 : 0);
    for (const p in it.pools) n += it.pools[p]!.length;
  }
  for (const id in u.sections) {
    const s = u.sections[id]!;
    n += s.score.length + s.max.length + s.vetoedBy.length;
  }
  return n;
}

const rate = (units: number, ms: number) => Math.round(units / (ms / 1000)).toLocaleString("en") + " units/s";

export default async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const UNITS = quick ? 5_000 : 20_000;
  const ROUNDS = quick ? 2 : 3;
  const { ir, diagnostics } = compileFile(fileURLToPath(new URL("../../../schemes/county-2011.kaohe", import.meta.url)));
  if (!ir) throw new Error(`seed 000 does not check: ${JSON.stringify(diagnostics)}`);
  const generated = await loadScorer(ir);
  const engine = rulesEngine000();
  const subs = submissions000(UNITS);

  // The generated and the minimal scorer agree on every unit; json-rules-engine (about 1,000 times
  // slower) scores the first ENGINE_UNITS, timed, and agrees on each of them.
  const ENGINE_UNITS = Math.min(UNITS, quick ? 1_000 : 2_000);
  let mismatches = 0;
  let first = "";
  const check = (u: number, g: string, m: string, j: string | null) => {
    if (g === m && (j === null || g === j)) return;
    mismatches++;
    first ||= `unit ${u}: generated ${g}, minimal ${m}, json-rules-engine ${j ?? "(not run)"}`;
  };
  const engineTotals: string[] = [];
  let t = performance.now();
  for (const s of subs.slice(0, ENGINE_UNITS)) engineTotals.push(String(await rulesEngineTotal000(engine, s)));
  const engineMs = performance.now() - t;
  // Seed 000 has no 不计分 veto: every unit has a total ("null" would be a mismatch).
  subs.forEach((s, u) => check(u, String(generated.score(s).total), String(total000(s)), engineTotals[u] ?? null));
  if (mismatches > 0) throw new Error(`seed 000 totals differ on ${mismatches} units; the first: ${first}`);

  // The minimal scorer is so fast that one pass is a few milliseconds: it runs REPEAT passes a round.
  const REPEAT = 10;
  const best = { minimal: Infinity, totals: Infinity, full: Infinity, engine: engineMs };
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    t = performance.now();
    for (let r = 0; r < REPEAT; r++) for (const s of subs) sink += total000(s);
    best.minimal = Math.min(best.minimal, (performance.now() - t) / REPEAT);
    t = performance.now();
    for (const s of subs) sink += (generated.score(s).total ?? "").length;
    best.totals = Math.min(best.totals, performance.now() - t);
    t = performance.now();
    for (const s of subs) sink += readAll(generated.score(s));
    best.full = Math.min(best.full, performance.now() - t);
  }
  if (Number.isNaN(sink)) throw new Error("unreachable");
  process.stderr.write(
    `  seed 000: ${UNITS.toLocaleString("en")} units, generated and minimal totals agree on every one, ` +
      `json-rules-engine on each of the ${ENGINE_UNITS.toLocaleString("en")} it scored\n`,
  );

  const per = (ms: number, units = UNITS) => ms / units;
  const totalsRatio = per(best.totals) / per(best.minimal);
  const fullRatio = per(best.full) / per(best.minimal);
  const engineRatio = per(best.engine, ENGINE_UNITS) / per(best.totals);
  return [
    {
      figure: "seed 000 score() totals: generated vs minimal hand-written",
      value: rate(UNITS, best.totals),
      baseline: rate(UNITS, best.minimal),
      ratio: `${totalsRatio.toFixed(1)}×`,
      aim: "≤ 3×",
      met: totalsRatio <= 3,
    },
    {
      figure: "seed 000 score() full results: generated vs minimal",
      value: rate(UNITS, best.full),
      baseline: rate(UNITS, best.minimal),
      ratio: `${fullRatio.toFixed(1)}×`,
      aim: "≤ 6×",
      met: fullRatio <= 6,
    },
    {
      figure: "seed 000 score() totals: generated vs json-rules-engine",
      value: rate(UNITS, best.totals),
      baseline: rate(ENGINE_UNITS, best.engine),
      ratio: `${engineRatio.toFixed(1)}× faster`,
      aim: "≥ 300× faster",
      met: engineRatio >= 300,
    },
  ];
}
