// `npm run bench`: diffing two synthetic 1,000-item editions (20 sections of 50 one-point items,
// each with a rate and tiers). The new edition renames 20 items, moves 10 pairs between sections,
// changes the tier thresholds of 50, and replaces 10 items by 10 new ones. The diff must find
// exactly those changes (the suite throws otherwise). Baselines in the same run: compiling one
// edition (what `kaohe diff` does twice before diffing), and diffing an edition with itself.
// The aim: the diff well under a second (< 0.5 s); best of the rounds.
//
// --quick: 2 rounds instead of 5.
import { performance } from "node:perf_hooks";
import { compileSource } from "../../../compiler/compile.js";
import type { SchemeIR } from "../../../compiler/ir.js";
import { diffSchemes } from "../../../generators/diff/index.js";
import type { BenchOptions, BenchRow } from "../table.js";

const SECTIONS = 20;
const PER = 50;
const AIM_MS = 500;

function item(k: number, title: string, threshold: number): string {
  return `    指标 ${k} "${title}" 1分 {
      输入 完成比例 比率 "第${k}项任务的完成比例"
      分档 完成比例 { ≥ ${threshold}%: 1分, [60%, ${threshold}%): 0.5分, < 60%: 0分 }
    }
`;
}

const TITLES = ["政务信息公开", "网站内容保障", "数据资源共享", "业务系统整合", "电子证照应用", "网络安全管理", "项目备案管理", "工作计划实施", "培训情况", "应急演练"];
const title = (k: number) => `${TITLES[k % TITLES.length]}（第${k}项）`;

function edition(edit: boolean): string {
  const sections: string[][] = Array.from({ length: SECTIONS }, () => []);
  for (let k = 1; k <= SECTIONS * PER; k++) {
    let s = Math.floor((k - 1) / PER);
    // Moves: item 25 of sections 0–9 and item 26 of sections 10–19 swap places between s and s+10.
    const inSection = (k - 1) % PER;
    if (edit && s < 10 && inSection === 24) s += 10;
    else if (edit && s >= 10 && inSection === 25) s -= 10;
    if (edit && k % 100 === 7) sections[s]!.push(item(k, `${title(k)}（调整后名称）`, 80)); // 10 renames
    else if (edit && k % 100 === 57) sections[s]!.push(item(k, `${title(k)}及成效`, 80)); // 10 renames
    else if (edit && k % 20 === 13) sections[s]!.push(item(k, title(k), 85)); // 50 threshold changes
    else if (edit && k % 100 === 99) sections[s]!.push(item(5000 + k, `新设专项任务代号${String.fromCodePoint(0x4e00 + k)}`, 70)); // 10 replaced
    else sections[s]!.push(item(k, title(k), 80));
  }
  const body = sections.map((items, s) => `  分项 S${s + 1} "第${s + 1}部分" ${PER}分 {\n${items.join("")}  }\n`).join("");
  return `方案 "合成的千项方案" { 年度 ${edit ? 2021 : 2020} }\n\n计分池 基准分 ${SECTIONS * PER}分 {\n${body}}\n`;
}

function compile(text: string, file: string): SchemeIR {
  const r = compileSource(text, file);
  if (!r.ir) throw new Error(`${file} does not compile: ${r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code).join(", ")}`);
  return r.ir;
}

function best(rounds: number, run: () => void): number {
  let t = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    t = Math.min(t, performance.now() - start);
  }
  return t;
}

const suite = async (options: BenchOptions): Promise<BenchRow[]> => {
  const rounds = options.quick ? 2 : 5;
  const oldText = edition(false);
  const newText = edition(true);
  let a!: SchemeIR;
  const compileMs = best(rounds, () => (a = compile(oldText, "old.kaohe")));
  const b = compile(newText, "new.kaohe");
  const d = diffSchemes(a, b);
  const count = (what: string) => d.changes.filter((c) => `${c.kind}.${c.what}` === what).length;
  const found = {
    renamed: count("item.renamed"),
    moved: count("item.moved"),
    bands: count("rule.bands"),
    removed: count("item.removed"),
    added: count("item.added"),
  };
  const wanted = { renamed: 20, moved: 20, bands: 50, removed: 10, added: 10 };
  if (JSON.stringify(found) !== JSON.stringify(wanted))
    throw new Error(`the diff of the synthetic editions found ${JSON.stringify(found)}, not ${JSON.stringify(wanted)}`);
  const diffMs = best(rounds, () => diffSchemes(a, b));
  const selfMs = best(rounds, () => {
    if (diffSchemes(a, a).changes.length !== 0) throw new Error("an edition diffed with itself reports changes");
  });
  const ms = (t: number) => `${t.toFixed(1)} ms`;
  return [
    {
      figure: "diff: two 1,000-item editions vs compiling one",
      value: ms(diffMs),
      baseline: ms(compileMs),
      ratio: `${(diffMs / compileMs).toFixed(2)}×`,
      aim: `< ${AIM_MS} ms`,
      met: diffMs < AIM_MS,
    },
    {
      figure: "diff: a 1,000-item edition with itself vs compiling one",
      value: ms(selfMs),
      baseline: ms(compileMs),
      ratio: `${(selfMs / compileMs).toFixed(2)}×`,
      aim: `< ${AIM_MS} ms`,
      met: selfMs < AIM_MS,
    },
  ];
};

export default suite;
