// `kaohe build` and `kaohe check` as a policy officer runs them: each a child process (`node
// bin/kaohe.js …`), timed by the wall clock, its peak memory read by GNU time. Aims (issue 9):
// build of each seed < 1 s; check of a seed < 0.5 s; scorer.js < 150 KB per seed; a synthetic
// scheme of 1,000 items (synthetic-scheme.ts) checked and built, every artefact (one `kaohe
// build`, which checks first), < 2 s and < 300 MB, its cost linear in items (2,000 items within
// 2.2× of 1,000 in CPU time). Every build and check is the median of three runs: one run on a
// shared 2-core machine varies by half.
// --quick: seed 000 only and the synthetic scheme at 100 and 200 items. The row "largest seed
// scorer.js" is over every seed either way (generated in this process: its bytes are the same as
// `kaohe build` writes).
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compileFile } from "../../../compiler/compile.js";
import { generateScorerFiles } from "../../../generators/scorer/index.js";
import { repoRoot, runNode, type ChildRun } from "../child.js";
import { syntheticScheme } from "../synthetic-scheme.js";
import type { BenchOptions, BenchRow } from "../table.js";

const seconds = (ms: number) => (ms / 1000).toFixed(2) + " s";
const kaohe = (...args: string[]): ChildRun => runNode(["bin/kaohe.js", ...args]);
/** Of three runs, the one whose wall time is the median. */
const median3 = (...args: string[]): ChildRun =>
  [kaohe(...args), kaohe(...args), kaohe(...args)].sort((a, b) => a.wallMs - b.wallMs)[1]!;

export default async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const out = mkdtempSync(join(tmpdir(), "kaohe-bench-build-"));
  const rows: BenchRow[] = [];
  try {
    const seeds = readdirSync(`${repoRoot}schemes`)
      .filter((f) => f.endsWith(".kaohe"))
      .map((f) => f.slice(0, -".kaohe".length))
      .filter((s) => !quick || s === "county-2011")
      .sort();
    for (const seed of seeds) {
      const dir = join(out, seed);
      const r = median3("build", `schemes/${seed}.kaohe`, "--out", dir);
      const size = statSync(join(dir, "scorer.js")).size;
      process.stderr.write(
        `  build ${seed}: ${seconds(r.wallMs)} (CPU ${seconds(r.cpuMs)}), peak ${Math.round(r.maxRssMB)} MB, scorer.js ${size} bytes\n`,
      );
      rows.push(
        {
          figure: `kaohe build ${seed} (wall)`,
          value: `${seconds(r.wallMs)} (CPU ${seconds(r.cpuMs)})`,
          baseline: "",
          ratio: "",
          aim: "< 1 s",
          met: r.wallMs < 1000,
        },
        {
          figure: `${seed} scorer.js size`,
          value: `${(size / 1024).toFixed(0)} KB`,
          baseline: "",
          ratio: "",
          aim: "< 150 KB",
          met: size < 150 * 1024,
        },
      );
    }
    // Every seed's scorer.js, the largest against the aim (its bytes do not depend on the run).
    const sizes = await Promise.all(
      readdirSync(`${repoRoot}schemes`)
        .filter((f) => f.endsWith(".kaohe"))
        .sort()
        .map(async (f) => {
          const { ir } = compileFile(`schemes/${f}`); // as kaohe build is given it: the path is in the header
          if (ir === null) throw new Error(`bench: schemes/${f} does not compile`);
          const js = (await generateScorerFiles(ir)).find((x) => x.path === "scorer.js")!;
          return { seed: f.slice(0, -".kaohe".length), size: Buffer.byteLength(js.content) };
        }),
    );
    process.stderr.write(`  scorer.js: ${sizes.map((s) => `${s.seed} ${s.size} bytes`).join(", ")}\n`);
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    rows.push({
      figure: `largest seed scorer.js (${largest.seed}, of ${sizes.length})`,
      value: `${(largest.size / 1024).toFixed(0)} KB`,
      baseline: "",
      ratio: "",
      aim: "< 150 KB",
      met: largest.size < 150 * 1024,
    });

    const check = median3("check", "schemes/county-2011.kaohe");
    process.stderr.write(`  check county-2011: ${seconds(check.wallMs)} (CPU ${seconds(check.cpuMs)})\n`);
    rows.push({
      figure: "kaohe check county-2011 (wall)",
      value: `${seconds(check.wallMs)} (CPU ${seconds(check.cpuMs)})`,
      baseline: "",
      ratio: "",
      aim: "< 0.5 s",
      met: check.wallMs < 500,
    });

    // The synthetic scheme checked and built, every artefact: one `kaohe build` (which checks the
    // scheme first), `kaohe check` alone timed beside it; each the median of three runs. Growth is
    // read in CPU time, which other sessions on the machine do not inflate as they do the wall.
    const [small, large] = quick ? [100, 200] : [1_000, 2_000];
    const synthetic = (items: number) => {
      const file = join(out, `synthetic-${items}.kaohe`);
      writeFileSync(file, syntheticScheme(items));
      const built = median3("build", file, "--out", join(out, `synthetic-${items}`));
      const checked = median3("check", file);
      process.stderr.write(
        `  synthetic ${items} items: build ${seconds(built.wallMs)} (CPU ${seconds(built.cpuMs)}), ` +
          `peak ${Math.round(built.maxRssMB)} MB; check alone ${seconds(checked.wallMs)} (CPU ${seconds(checked.cpuMs)})\n`,
      );
      return built;
    };
    const s = synthetic(small);
    const l = synthetic(large);
    const growth = l.cpuMs / s.cpuMs;
    rows.push({
      figure: `synthetic scheme ${small} → ${large} items, checked and built: growth of CPU time`,
      value: seconds(l.cpuMs),
      baseline: seconds(s.cpuMs),
      ratio: `${growth.toFixed(2)}×`,
      aim: "≤ 2.2×",
      met: growth <= 2.2,
    });
    if (!quick)
      rows.push(
        {
          figure: "synthetic 1,000 items checked and built (wall)",
          value: `${seconds(s.wallMs)} (CPU ${seconds(s.cpuMs)})`,
          baseline: "",
          ratio: "",
          aim: "< 2 s",
          met: s.wallMs < 2000,
        },
        {
          figure: "synthetic 1,000 items checked and built: peak memory",
          value: `${Math.round(s.maxRssMB)} MB`,
          baseline: "",
          ratio: "",
          aim: "< 300 MB",
          met: s.maxRssMB < 300,
        },
      );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}
