// Reading a 5 MB scheme (about 30,000 items of the shapes the seeds use): the whole front end's
// parse against lexing the same text alone, in the same run. Aim: well within seconds (< 10 s),
// the parse within 10× of the lexer. --quick: 1 MB. Each is timed by the wall clock and by the
// process's CPU time (user + system, GC threads included), the figure to read when the machine
// is shared.
import { lexer } from "../../../language/lexer.js";
import { parse } from "../../../language/parse.js";
import type { BenchOptions, BenchRow } from "../table.js";

const item = (i: number) =>
  `指标 i${i} "第${i}项" 3分 {\n  输入 开会 是否 "召开了会议"\n  若 开会 得 3分 否则 1分\n` +
  `  分档 完成率 { ≥ 90%: 3分, [60%, 90%): 2分, 其余: 0分 }\n  出处 "seed 000 第${i}项"\n  封顶 3分\n}\n`;

/** Wall and CPU time of f, ms. */
const time = (f: () => void) => {
  const t = performance.now();
  const cpu = process.cpuUsage();
  f();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
};

export default async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  const size = quick ? 1_000_000 : 5_000_000;
  const parts = ['方案 "大文件" { }\n'];
  for (let i = 0, length = 0; length < size; i++) length += parts[parts.push(item(i)) - 1]!.length;
  const text = parts.join("");
  const lex = time(() => lexer.tokenize(text));
  let problems = -1;
  const parsed = time(() => (problems = parse(text, "big.kaohe").diagnostics.length));
  if (problems !== 0) throw new Error(`the bench's scheme has ${problems} diagnostics`);
  const mb = (text.length / 1e6).toFixed(1);
  const ms = (t: { ms: number; cpuMs: number }) => `${t.ms.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;
  process.stderr.write(`  parse ${mb} M characters: ${ms(parsed)}, lex alone ${ms(lex)}\n`);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      figure: `parse ${mb} M characters (${parts.length - 1} items)`,
      value: `${s(parsed.ms)} (CPU ${s(parsed.cpuMs)})`,
      baseline: `lex alone ${s(lex.ms)} (CPU ${s(lex.cpuMs)})`,
      ratio: `${(parsed.ms / lex.ms).toFixed(1)}×`,
      aim: "< 10 s, ≤ 10× the lexer",
      met: parsed.ms < 10_000 && parsed.ms / lex.ms <= 10,
    },
  ];
}
