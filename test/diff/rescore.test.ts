// --rescore on the example pair: the four units of examples/huaibei-2019/batch scored under the
// 2019 scheme and under the illustrative 2020 edition. Every figure is worked out by hand from the
// two scheme texts; the 2019 totals are those worked out item by item in
// test/seeds/huaibei-2019.test.ts (BATCH), and the 2020 totals follow from them edit by edit.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile, compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { rescore } from "../../generators/diff/rescore.js";
import { rescoreRows } from "../../generators/diff/render/rescore-rows.js";
import { readJson } from "../seeds/support.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const ir = (path: string): SchemeIR => compileFile(join(root, path)).ir!;
const batch = ["1-zhujian", "2-jiaotong", "3-wenlv", "4-shuiwu"].map((f) => readJson(join(root, `examples/huaibei-2019/batch/${f}.json`)));

// What the 2020 edition changes for these units (each unit's inputs from its batch file):
// - 024 removed: every unit had 基础数据库应用评分 2 → −2 each.
// - 011 re-weighted 6分 → 8分 (得 平台全年得分率 × 8分): 90% × 8 = 7.2 instead of 90% × 6 = 5.4,
//   +1.8 for 住建, 文旅, 水务; 交通 reported 0% → 0 either way.
// - 028 tiers ≤ 3: 2分, (3, 8]: 1分, > 8: 0分 (were ≤ 5, (5, 10], > 10): 住建 6th → 1 (was 1);
//   交通 10th → 0 (was 1, −1); 文旅 11th → 0 (was 0); 水务 16th → 0 (was 0).
// - the new veto in 032 (已选(等保完成工作) < 1 则 安全保障): only 住建 ticked none; its 安全保障
//   was 0 + 0 + 2 + 4 = 6 → 0, −6.
// - 001 (最高 3分 on 参加, 封顶 4分): 住建, 交通, 水务 2 + 2 = 4 as before; 文旅 0 + 1 = 1 as before.
// - 003's new 组织内部培训 is optional and not in the files: 0, so 参加培训 2 × 1分 = 2 as before.
// - 016 moved into 数据共享情况: the same 2 points, in another section.
const EXPECTED = [
  // unit, 2019 total, 2020 total, change, 2019 rank (by total), 2020 rank (排名 按 总分), 2020 marks
  ["市文旅局", "88.4", "88.2", "-0.2", 2, 1, ["通报表扬"]], // 88.4 − 2 + 1.8 = 88.2; top of 2020
  ["市水务局", "86.83", "86.63", "-0.2", 4, 2, []], // 86.83 − 2 + 1.8 = 86.63
  ["市交通运输局", "87.5", "84.5", "-3", 3, 4, ["督促整改"]], // 87.5 − 2 − 1 = 84.5; bottom of 2020
  ["市住建局", "92.4", "86.2", "-6.2", 1, 3, []], // 92.4 − 2 + 1.8 − 6 = 86.2
] as const;
// 2019 ranks by total: 92.4 (住建) > 88.4 (文旅) > 87.5 (交通) > 86.83 (水务).
// 2020 ranks by total: 88.2 (文旅) > 86.63 (水务) > 86.2 (住建) > 84.5 (交通).
// Sorted by change, largest gain first: −0.2, −0.2 (文旅 before 水务 by name order of the
// code points: 市文 U+6587 < 市水 U+6C34), −3, −6.2.

describe("diff --rescore: the example pair", () => {
  it("gives each unit its total and rank under both editions, sorted by change, all flagged", async () => {
    const r = await rescore(ir("schemes/huaibei-2019.kaohe"), ir("examples/diff/huaibei-2020.kaohe"), batch);
    expect(r.notComparable).toEqual([]);
    expect(r.units.map((u) => [u.unit, u.old.total, u.new.total, u.change, u.old.rank, u.new.rank, u.new.marks])).toEqual(
      EXPECTED.map((e) => [...e.slice(0, 6), [...e[6]]]),
    );
    // Every unit's rank changes (2→1, 4→2, 3→4, 1→3), so every unit is flagged.
    expect(r.units.map((u) => [u.rankChange, u.flagged])).toEqual([
      [1, true],
      [2, true],
      [-1, true],
      [-2, true],
    ]);
  });
});

describe("diff --rescore: inputs the new edition needs", () => {
  const oldText = `方案 "甲" { }
指标 1 "会议" 4分 {
  输入 开会 是否
  若 开会 得 4分
}
指标 2 "规划" 6分 {
  输入 印发 是否
  若 印发 得 6分
}
`;
  // The new edition renumbers 2 → 3 (same title: its answers are carried over) and asks a new
  // input in 1 that last year's submissions do not have.
  const newText = `方案 "乙" { }
指标 1 "会议" 4分 {
  输入 开会 是否
  输入 开会次数 次数
  若 开会 且 开会次数 ≥ 2 得 4分
}
指标 3 "规划" 6分 {
  输入 印发 是否
  若 印发 得 6分
}
`;
  it("lists what a unit lacks, never guessing it, and scores only the comparable units", async () => {
    const a = compileSource(oldText, "old.kaohe").ir!;
    const b = compileSource(newText.replace("输入 开会次数 次数", "输入 开会次数 次数 可选"), "new.kaohe").ir!;
    const strict = compileSource(newText, "new.kaohe").ir!;
    const subs = [
      { unit: { name: "甲局" }, items: { "1": { 开会: true }, "2": { 印发: true } } },
      { unit: { name: "乙局" }, items: { "1": { 开会: false }, "2": { 印发: false } } },
    ];
    // With 开会次数 required, neither unit's file has it: both not comparable, nothing scored.
    const refused = await rescore(a, strict, subs);
    expect(refused.units).toEqual([]);
    expect(refused.notComparable.map((n) => [n.unit, n.edition, n.problems.map((p) => p.path)])).toEqual([
      ["甲局", "new", ["/items/1/开会次数"]],
      ["乙局", "new", ["/items/1/开会次数"]],
    ]);
    // With it optional (read as 0): 甲局 4 + 6 = 10 → 开会 but 0 < 2 → 0 + 6 = 6; 乙局 0 + 0 = 0 both.
    const carried = await rescore(a, b, subs);
    expect(carried.notComparable).toEqual([]);
    expect(carried.units.map((u) => [u.unit, u.old.total, u.new.total, u.change])).toEqual([
      ["乙局", "0", "0", "0"],
      ["甲局", "10", "6", "-4"],
    ]);
  });
});

describe("diff --rescore: a unit the new edition does not score (不计分)", () => {
  const oldText = `方案 "甲" { }
输入 未报送 是否
指标 1 "会议" 4分 {
  输入 开会 是否
  若 开会 得 4分
}
指标 2 "规划" 6分 {
  输入 印发 是否
  若 印发 得 6分
}
`;
  const newText = oldText.replace("输入 未报送 是否", '输入 未报送 是否\n否决 若 未报送 则 不计分 "未按时报送的，不参加考核"');
  it("has no new total, no change and no rank; the others rank without it", async () => {
    const a = compileSource(oldText, "old.kaohe").ir!;
    const b = compileSource(newText, "new.kaohe").ir!;
    const sub = (name: string, 未报送: boolean, 开会: boolean, 印发: boolean) => ({
      unit: { name },
      facts: { 未报送 },
      items: { "1": { 开会 }, "2": { 印发 } },
    });
    // 甲局 4 + 6 = 10 (first), 乙局 4 + 0 = 4, 丙局 0: ranked by total. Under the new edition 甲局 is
    // not scored, 乙局 moves to 1 and 丙局 to 2 with the same totals (change 0, by name: 丙 U+4E19 <
    // 乙 U+4E59); 甲局, with no change, comes last.
    const r = await rescore(a, b, [sub("甲局", true, true, true), sub("乙局", false, true, false), sub("丙局", false, false, false)]);
    expect(r.units.map((u) => [u.unit, u.old.total, u.new.total, u.change, u.old.rank, u.new.rank, u.new.marks, u.flagged])).toEqual([
      ["丙局", "0", "0", "0", 3, 2, [], true],
      ["乙局", "4", "4", "0", 2, 1, [], true],
      ["甲局", "10", null, null, 1, null, ["not-scored"], true],
    ]);
    const rows = rescoreRows(r, "zh-CN").cells.find((c) => c[0] === "甲局")!;
    expect(rows.slice(0, 4)).toEqual(["甲局", "10", "不计分", "—"]);
    expect(rows[7]).toBe("不计分");
  });
});

describe("--rescore with several rankings", () => {
  const edition = (rankings: string) => `方案 "乡镇与开发区" { }
单位 乡镇 "乡镇（街道）" { 甲镇, 乙镇 }
单位 开发区 "开发区" { 高新区, 经开区 }
指标 招商 "招商引资" 10分 {
  输入 签约项目 次数 最高 10
  每 签约项目 得 1分
}
${rankings}`;
  const a = compileSource(edition(`排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }`), "old.kaohe").ir!;
  const b = compileSource(
    edition(`排名 全县 "全县排名" 按 总分 降序 { 前 1 "表彰" }\n排名 开发区 "开发区排名" 按 总分 降序 适用 开发区 { 前 1 "表彰" }`),
    "new.kaohe",
  ).ir!;
  const sub = (name: string, n: number) => ({ unit: { name }, items: { 招商: { 签约项目: n } } });

  it("keeps the first ranking's rank, gives the others by name, and flags a unit newly marked by one", async () => {
    // Totals 甲镇 8, 乙镇 6, 高新区 9, 经开区 5 in both editions: 全县 1 高新区, 2 甲镇, 3 乙镇,
    // 4 经开区; the new 开发区 ranking: 高新区 1 (表彰, already 表彰 by 全县), 经开区 2.
    const r = await rescore(a, b, [sub("甲镇", 8), sub("乙镇", 6), sub("高新区", 9), sub("经开区", 5)]);
    expect(r.units.map((u) => [u.unit, u.old.rank, u.new.rank, u.new.ranks, u.new.marks, u.flagged])).toEqual([
      ["乙镇", 3, 3, {}, [], false],
      ["甲镇", 2, 2, {}, [], false],
      // a new place in a new ranking is a change for the unit
      ["经开区", 4, 4, { 开发区: 2 }, [], true],
      ["高新区", 1, 1, { 开发区: 1 }, ["表彰"], true],
    ]);
    expect(r.units.map((u) => u.old.ranks)).toEqual([{}, {}, {}, {}]);
  });
});
