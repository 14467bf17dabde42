// Run by suites/score-all.ts in a child process of its own, so that its peak memory is its own:
// `tsx test/bench/score-all-child.ts <seed> <small> <large>` scores <small>, then <large> units of
// the seed together (the example batch of examples/<seed>/batch, repeated under new unit names)
// and prints one line of JSON: each scoreAll's time. The parent reads the peak memory (the large
// batch's, the small one being dropped first).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFile } from "../../compiler/compile.js";
import { loadScorer } from "../../generators/scorer/load.js";

const [seed, small, large] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const { ir } = compileFile(root(`schemes/${seed}.kaohe`));
if (!ir) throw new Error(`${seed} does not check`);
const dir = root(`examples/${seed}/batch`);
const examples = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map(
    (f) =>
      JSON.parse(readFileSync(`${dir}/${f}`, "utf8")) as {
        unit: { name: string };
      },
  );
const listed = new Set(ir.units.map((u) => u.name));
/** The n-th submission: the examples in turn; repeats get new names (a listed unit keeps its own once). */
const make = (n: number) => {
  const e = examples[n % examples.length]!;
  const keep = n < examples.length && listed.has(e.unit.name);
  return {
    ...e,
    unit: { ...e.unit, name: keep ? e.unit.name : `${e.unit.name}·${n}` },
  };
};
const scorer = await loadScorer(ir);
/** Times scoreAll of `units` units; the batch is dropped before the next size. */
function time(units: number): number {
  const submissions = Array.from({ length: units }, (_, n) => make(n));
  const t = performance.now();
  const batch = scorer.scoreAll(submissions);
  const ms = performance.now() - t;
  if (batch.units.length !== units) throw new Error("a unit is missing from the batch");
  return ms;
}
scorer.scoreAll(Array.from({ length: Math.min(small, 1_000) }, (_, n) => make(n))); // warm up
const smallMs = time(small);
const largeMs = time(large);
process.stdout.write(JSON.stringify({ seed, small, smallMs, large, largeMs }) + "\n");
