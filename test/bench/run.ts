// `npm run bench [-- --quick] [-- --only <suite>]`: runs every bench suite in this process and
// prints one table of figure, baseline, ratio, aim and met. Exit 1 when two implementations
// disagree on a figure (a suite throws); an aim not met is reported, not an error.
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
  for (const [name, load] of Object.entries(suites)) {
    if (only && name !== only) continue;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await (await load())({ quick })));
    } catch (err) {
      console.log(formatTable(rows));
      console.error(`bench ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
      return 1;
    }
  }
  console.log(formatTable(rows));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
