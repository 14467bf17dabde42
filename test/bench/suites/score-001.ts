// `npm run bench`: 100,000 units of seed 001 (schemes/weifang-2011.kaohe) scored together by the
// generated scorer.js and by the hand-written scorer of the same scheme (handwritten-001.ts), in
// the same process, in alternating rounds (the machine may be shared: the best round of each is
// compared). Both must give the same figures for every unit. Prints units per second and the
// ratio; the aim is generated ≤ 1.5 × hand-written. Explanations are written on demand, so the
// time to explain units is measured apart.
//
// The generated scorer validates every submission first with the validator the schema generator
// makes (generators/schema); that validator is also timed on its own, to show its share.
//
// --quick: 10,000 units, 2 rounds.
import { fileURLToPath } from "node:url";
import { compileFile } from "../../../compiler/compile.js";
import { loadValidator } from "../../../generators/schema/load.js";
import { loadScorer } from "../../../generators/scorer/load.js";
import type { UnitResult } from "../../../generators/scorer/result.js";
import type { BenchRow, BenchOptions } from "../table.js";
import { scoreWeifang, type HandUnit } from "../handwritten-001.js";
import { random } from "../random.js";

/** Detail lines go to stderr: stdout is the table. */
const log = (line: string) => process.stderr.write(line + "\n");

let UNITS = 100_000;
let ROUNDS = 3;
let EXPLAINED = 1_000;
const AIM = 1.5;

/** Valid submissions: government units report the website score, others their 指标值 for 5–9. */
function submissions(count: number): unknown[] {
  const r = random(2011);
  const pick = (n: number) => Math.floor(r() * n);
  return Array.from({ length: count }, (_, u) => {
    const government = r() < 0.4;
    const notApplicable: string[] = [];
    if (r() < 0.08) for (let k = 1 + pick(3); k > 0; k--) notApplicable.push(String(1 + pick(22)));
    const na = [...new Set(notApplicable)].sort((a, b) => Number(a) - Number(b));
    const items: Record<string, Record<string, unknown>> = {};
    for (let i = 1; i <= 22; i++) {
      if (na.includes(String(i))) continue;
      if (i === 12) items[String(i)] = { 网上办理率: pick(1001) / 10 };
      else if (government && i >= 5 && i <= 9) continue; // 指标值 适用 其他部门: nothing to report
      else items[String(i)] = { 指标值: r() < 0.1 ? pick(10001) / 100 : pick(101) / 10 };
    }
    items["自查"] = { 自查评分: pick(201) / 2 };
    for (const id of ["23", "24", "25", "26"]) items[id] = { 经认定: r() < 0.2 };
    return {
      unit: { name: `市直部门${String(u + 1).padStart(6, "0")}`, kind: government ? "政府部门" : "其他部门" },
      facts: (() => {
        const major = r() < 0.01;
        // 约束 若 发生重大网络与信息安全事故 则 信息安全事故次数 ≥ 1: a 重大 accident is an accident.
        const accidents = r() < 0.03 ? 1 + pick(2) : 0;
        return {
          ...(government ? { 网站绩效评估成绩: 60 + pick(401) / 10 } : {}), // 适用 政府部门
          信息安全事故次数: major ? Math.max(1, accidents) : accidents,
          发生重大网络与信息安全事故: major,
          发生其他重大失误: r() < 0.01,
        };
      })(),
      items,
      notApplicable: na,
    };
  });
}

type Figures = Pick<UnitResult, "unit" | "total" | "pools" | "flags"> & {
  items: Record<string, Pick<UnitResult["items"][string], "score" | "max" | "na" | "vetoedBy" | "pools">>;
  sections: Record<string, { score: string; max: string; vetoedBy: string[] }>;
  vetoes: Array<{ id: string } | string>;
};

/** Every figure of a unit in one line, to compare the two scorers. */
function digest(u: Figures): string {
  const items = Object.entries(u.items)
    .map(([id, i]) => `${id}:${i.score}/${i.max}${i.na ? "na" : ""}${i.vetoedBy.join(",")}${JSON.stringify(i.pools)}`)
    .join(" ");
  const sections = Object.entries(u.sections)
    .map(([id, s]) => `${id}:${s.score}/${s.max}${s.vetoedBy.join(",")}`)
    .join(" ");
  const vetoes = u.vetoes.map((v) => (typeof v === "string" ? v : v.id)).join(",");
  return `${u.unit.name}|${u.unit.kind}|${u.total}|${JSON.stringify(u.pools)}|${u.flags.join(",")}|${vetoes}|${items}|${sections}`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(2) + " s";
}
function rate(ms: number): string {
  return Math.round(UNITS / (ms / 1000)).toLocaleString("en") + " units/s";
}

export default async function run({ quick }: BenchOptions): Promise<BenchRow[]> {
  if (quick) {
    UNITS = 10_000;
    ROUNDS = 2;
  }
  EXPLAINED = Math.min(1_000, UNITS);
  const schemeFile = fileURLToPath(new URL("../../../schemes/weifang-2011.kaohe", import.meta.url));
  const { ir, diagnostics } = compileFile(schemeFile);
  if (!ir) throw new Error(`seed 001 does not check: ${JSON.stringify(diagnostics)}`);
  const generated = await loadScorer(ir);
  const validator = await loadValidator(ir, "compact"); // the one scorer.js carries
  const subs = submissions(UNITS);
  log(
    `kaohe bench: seed 001 ${ir.meta.title}, ${UNITS.toLocaleString("en")} units scored together, ${ROUNDS} rounds`,
  );

  // Warm up both (the JIT), then alternate rounds.
  generated.scoreAll(subs.slice(0, 2_000));
  scoreWeifang(subs.slice(0, 2_000));
  const times = { generated: [] as number[], hand: [] as number[], validation: [] as number[] };
  let expected: string[] = [];
  let mismatches = 0;
  let firstMismatch = "";
  for (let round = 0; round < ROUNDS; round++) {
    let t = performance.now();
    const hand: HandUnit[] = scoreWeifang(subs);
    times.hand.push(performance.now() - t);
    if (round === 0) expected = hand.map(digest);
    t = performance.now();
    if (validator.validateBatch(subs).length > 0) throw new Error("the bench's submissions do not fit the scheme");
    times.validation.push(performance.now() - t);
    t = performance.now();
    const batch = generated.scoreAll(subs);
    times.generated.push(performance.now() - t);
    if (round === 0)
      batch.units.forEach((u, i) => {
        const got = digest(u);
        if (got === expected[i]) return;
        mismatches++;
        firstMismatch ||= `hand:      ${expected[i]}\ngenerated: ${got}`;
      });
  }
  const best = {
    generated: Math.min(...times.generated),
    hand: Math.min(...times.hand),
    validation: Math.min(...times.validation),
  };
  const ratio = best.generated / best.hand;
  log(
    `  generated scorer.js  best ${seconds(best.generated)}  ${rate(best.generated)}   rounds: ${times.generated.map(seconds).join(", ")}`,
  );
  log(
    `  hand-written scorer  best ${seconds(best.hand)}  ${rate(best.hand)}   rounds: ${times.hand.map(seconds).join(", ")}`,
  );
  log(`  ratio generated ÷ hand-written: ${ratio.toFixed(2)}× (aim ≤ ${AIM}×)`);
  const share = best.validation / best.generated;
  log(
    `  of which validating the submissions (the compact validator scorer.js carries, timed alone): best ${seconds(best.validation)}, ` +
      `${Math.round(share * 100)}% of the generated scorer's time; scoring without it ≈ ${((best.generated - best.validation) / best.hand).toFixed(2)}× hand-written`,
  );

  const batch = generated.scoreAll(subs);
  const t = performance.now();
  let lines = 0;
  for (const u of batch.units.slice(0, EXPLAINED)) {
    lines += u.explanation["zh-CN"].length;
    for (const id in u.items) lines += u.items[id]!.explanation["zh-CN"].length;
    for (const id in u.sections) lines += u.sections[id]!.explanation["zh-CN"].length;
  }
  const explainMs = performance.now() - t;
  log(
    `  explanations on demand: ${EXPLAINED.toLocaleString("en")} units (${lines.toLocaleString("en")} lines each language) in ${seconds(explainMs)}, ${Math.round(EXPLAINED / (explainMs / 1000)).toLocaleString("en")} units/s`,
  );
  if (mismatches > 0) throw new Error(`figures differ on ${mismatches} units; the first:\n${firstMismatch}`);
  log(
    `  figures agree on all ${UNITS.toLocaleString("en")} units (total, pools, sections, items, maxima, vetoes, flags)`,
  );
  return [
    {
      figure: `seed 001 scoreAll ${UNITS.toLocaleString("en")} units: generated vs hand-written`,
      value: rate(best.generated),
      baseline: rate(best.hand),
      ratio: `${ratio.toFixed(2)}×`,
      aim: `≤ ${AIM}×`,
      met: ratio <= AIM,
    },
  ];
}
