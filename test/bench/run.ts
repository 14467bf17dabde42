// `npm run bench [-- --quick] [-- --only <suite>]`: runs every bench suite in this process and
// prints one table of figure, baseline, ratio, aim and met. Exit 1 when two implementations
// disagree on a figure (a suite throws); an aim not met is reported, not an error. Each suite's
// wall time goes to stderr; a whole --quick run (no --only) is itself a row: it must stay under a
// minute (issue 9).
import { formatTable, type BenchRow, type BenchSuite } from "./table.js";

/** Each suite in its own file under suites/, loaded only when it runs. */
const suites: Record<string, () => Promise<BenchSuite>> = {
  "score-000": async () => (await import("./suites/score-000.js")).default,
  "score-001": async () => (await import("./suites/score-001.js")).default,
  "score-all": async () => (await import("./suites/score-all.js")).default,
  build: async () => (await import("./suites/build.js")).default,
  diff: async () => (await import("./suites/diff.js")).default,
  form: async () => (await import("./suites/form.js")).default,
  parse: async () => (await import("./suites/parse.js")).default,
};

async function main(argv: string[]): Promise<number> {
  const quick = argv.includes("--quick");
  const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
  const rows: BenchRow[] = [];
  const started = performance.now();
  for (const [name, load] of Object.entries(suites)) {
    if (only && name !== only) continue;
    process.stderr.write(`bench: ${name}…\n`);
    const t = performance.now();
    try {
      rows.push(...(await (await load())({ quick })));
      process.stderr.write(`  (${name}: ${((performance.now() - t) / 1000).toFixed(1)} s)\n`);
    } catch (err) {
      console.log(formatTable(rows));
      console.error(`bench ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
  }
  const wallS = (performance.now() - started) / 1000;
  if (quick && !only)
    rows.push({
      figure: "npm run bench -- --quick: the whole run (wall)",
      value: `${wallS.toFixed(0)} s`,
      baseline: "",
      ratio: "",
      aim: "< 60 s",
      met: wallS < 60,
    });
  console.log(formatTable(rows));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
