// scoreAll of every seed with cross-unit rules (ratio to the best, rank bands, peer averages,
// ranking) and no list of units, each in a child process of its own (score-all-child.ts): 10,000
// then 100,000 units.
// Aims: linear in units (the large batch within 11× the small one's time), peak memory under
// 500 MB, guangyuan under 2 s. --quick: guangyuan only, 1,000 then 10,000 units (its time is then
// scaled ×10 to judge the 2 s aim, and the row says so).
import { readdirSync } from "node:fs";
import { compileFile } from "../../../compiler/compile.js";
import { repoRoot, runNode } from "../child.js";
import type { BenchOptions, BenchRow } from "../table.js";

const seconds = (ms: number) => (ms / 1000).toFixed(2) + " s";

export default async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const seeds = readdirSync(`${repoRoot}schemes`)
    .filter((f) => f.endsWith(".kaohe"))
    .map((f) => f.slice(0, -".kaohe".length))
    // A scheme that lists its units (dazhou-2009: 56) cannot have 100,000 of them: every unit
    // submits under a listed name, once.
    .filter((s) => {
      const ir = compileFile(`${repoRoot}schemes/${s}.kaohe`).ir;
      return ir?.crossUnit === true && ir.units.length === 0;
    })
    .filter((s) => !quick || s === "guangyuan-2023")
    .sort();
  const [small, large] = quick ? [1_000, 10_000] : [10_000, 100_000];
  const scale = 100_000 / large;
  const rows: BenchRow[] = [];
  for (const seed of seeds) {
    const child = runNode(["--import", "tsx", "test/bench/score-all-child.ts", seed, String(small), String(large)]);
    const r = JSON.parse(child.stdout) as { smallMs: number; largeMs: number };
    const growth = r.largeMs / r.smallMs;
    const n = `${seed} scoreAll`;
    const sized = (k: number) => `${k.toLocaleString("en")} units`;
    process.stderr.write(
      `  ${seed}: ${sized(small)} ${seconds(r.smallMs)}, ${sized(large)} ${seconds(r.largeMs)}, peak ${Math.round(child.maxRssMB)} MB\n`,
    );
    rows.push({
      figure: `${n} ${sized(small)} → ${sized(large)}: growth`,
      value: seconds(r.largeMs),
      baseline: seconds(r.smallMs),
      ratio: `${growth.toFixed(1)}×`,
      aim: `≤ ${(large / small) * 1.1}×`,
      met: growth <= (large / small) * 1.1,
    });
    // Peak memory is not scaled in --quick (start-up alone is ~150 MB): the 10,000-unit peak must
    // already be under the aim, a necessary condition only.
    const peak = child.maxRssMB;
    rows.push({
      figure: `${n} ${sized(large)}: peak memory (child process)`,
      value: `${Math.round(peak)} MB`,
      baseline: "",
      ratio: "",
      aim: "< 500 MB",
      met: peak < 500,
    });
    if (seed === "guangyuan-2023") {
      const ms = r.largeMs * scale;
      rows.push({
        figure: `${n} ${sized(100_000)}: time${quick ? " (10,000-unit run × 10)" : ""}`,
        value: seconds(ms),
        baseline: "",
        ratio: "",
        aim: "< 2 s",
        met: ms < 2000,
      });
    }
  }
  return rows;
}
