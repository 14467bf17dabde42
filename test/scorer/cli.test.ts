// `kaohe build` and `kaohe score`, run through the CLI entry point (compiler/cli/main.ts). Figures
// are compared with the scorer's own results, so the tests check the command, not the examples.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/output.js";
import { compileFile } from "../../compiler/compile.js";
import { loadScorer } from "../../generators/scorer/load.js";
import type { BatchResult } from "../../generators/scorer/result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const scheme = join(root, "schemes/weifang-2011.kaohe");
const batchDir = join(root, "examples/weifang-2011/batch");

let expected: BatchResult;
beforeAll(async () => {
  const scorer = await loadScorer(compileFile(scheme).ir!);
  const files = (await readdir(batchDir)).filter((f) => f.endsWith(".json")).sort();
  expected = scorer.scoreAll(files.map((f) => JSON.parse(readFileSync(join(batchDir, f), "utf8"))));
});

describe("kaohe build", () => {
  it("writes every generated file, lists them, and the scorer it wrote scores", async () => {
    const out = await mkdtemp(join(tmpdir(), "kaohe-build-"));
    const r = await runCli("build", scheme, "--out", out);
    expect(r.code).toBe(0);
    for (const f of ["scorer.js", "scorer.d.ts", "submission.schema.json", "batch.schema.json", "form.html"]) {
      expect(existsSync(join(out, f)), f).toBe(true);
      expect(r.out).toContain(join(out, f));
    }
    expect(r.out).toContain("《市直部门2011年度信息化工作绩效考核办法》");
    const built = await import(pathToFileURL(join(out, "scorer.js")).href);
    const files = (await readdir(batchDir)).filter((f) => f.endsWith(".json")).sort();
    const batch = built.scoreAll(files.map((f: string) => JSON.parse(readFileSync(join(batchDir, f), "utf8"))));
    expect(batch.units.map((u: { total: string }) => u.total)).toEqual(expected.units.map((u) => u.total));
  });

  it("refuses a scheme with errors: diagnostics, exit 1, nothing written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-bad-"));
    const bad = join(dir, "bad.kaohe");
    await writeFile(bad, '方案 "坏方案" { 年度 2024 }\n指标 1 "甲" 5分 {\n  输入 开会: 次数\n  每 开会 得 2分\n}\n');
    const r = await runCli("build", bad, "--out", join(dir, "out"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("E402");
    expect(r.err).toContain("未生成任何文件");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("explains how to call it when --out is missing (exit 2)", async () => {
    const r = await runCli("build", scheme);
    expect(r.code).toBe(2);
    expect(r.err).toContain("用法：kaohe build <方案.kaohe> --out <目录>");
  });
});

describe("kaohe score", () => {
  it("prints the ranked table: unit, total, pools, flags, best first", async () => {
    const r = await runCli("score", scheme, batchDir);
    expect(r.code).toBe(0);
    const rows = r.out.split("\n").filter((l) => /^\s+\d+\s/.test(l));
    const byTotal = [...expected.units].sort((a, b) => Number(b.total) - Number(a.total));
    expect(rows.map((l) => l.trim().split(/\s+/)[1])).toEqual(byTotal.map((u) => u.unit.name));
    expect(r.out).toMatch(/名次\s+单位\s+类别\s+总分\s+指标考核\s+自查考核\s+奖励考核\s+标记/);
    const flagged = expected.units.find((u) => u.flags.includes("disqualified"));
    if (flagged) expect(rows.find((l) => l.includes(flagged.unit.name))).toContain("取消评优");
    expect(r.out).toContain("方案未规定排名");
  });

  it("--detail adds every unit's sheet with the explanations", async () => {
    const r = await runCli("score", scheme, batchDir, "--detail", "--lang", "en");
    expect(r.code).toBe(0);
    const u = expected.units[0]!;
    expect(r.out).toContain(`━━ ${u.unit.name}: total ${u.total}`);
    for (const line of u.items["1"]!.explanation.en) expect(r.out).toContain(line);
    for (const line of u.explanation.en) expect(r.out).toContain(line);
  });

  it("--format json: the figures, and the explanations only with --detail", async () => {
    const plain = await runCli("score", scheme, batchDir, "--format", "json");
    const data = JSON.parse(plain.out) as BatchResult;
    expect(data.units.map((u) => u.total)).toEqual(expected.units.map((u) => u.total));
    expect(plain.out).not.toContain('"explanation"');
    const detailed = JSON.parse(
      (await runCli("score", scheme, batchDir, "--format", "json", "--detail")).out,
    ) as BatchResult;
    expect(detailed.units[0]!.items["1"]!.explanation).toEqual(expected.units[0]!.items["1"]!.explanation);
  });

  it("--format csv: a header and one row per unit; --detail one row per item", async () => {
    const r = await runCli("score", scheme, batchDir, "--format", "csv");
    const lines = r.out.trimEnd().split("\r\n");
    expect(lines[0]).toBe("名次,单位,类别,总分,指标考核,自查考核,奖励考核,标记");
    expect(lines).toHaveLength(expected.units.length + 1);
    const detail = (await runCli("score", scheme, batchDir, "--format", "csv", "--detail")).out;
    expect(detail.startsWith("名次,单位,指标,名称,得分,满分,备注,说明\r\n")).toBe(true);
    expect(detail).toContain('"规则「最高值比 指标值」'); // an explanation cell, quoted (it holds line breaks)
  });

  it("refuses submissions that do not fit: file, unit, place and what is wrong; nothing on stdout", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-subs-"));
    const good = JSON.parse(readFileSync(join(batchDir, (await readdir(batchDir)).sort()[0]!), "utf8"));
    const bad = structuredClone(good);
    const id = Object.keys(bad.items).find((k) => "指标值" in bad.items[k])!;
    bad.items[id]["指标值"] = -1;
    await writeFile(join(dir, "bad.json"), JSON.stringify(bad));
    await writeFile(join(dir, "broken.json"), '{"unit": ');
    const r = await runCli("score", scheme, join(dir, "bad.json"), join(dir, "broken.json"));
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("全部未评分");
    expect(r.err).toContain(`[S115] ${join(dir, "bad.json")}（单位「${good.unit.name}」） /items/${id}/指标值：`);
    expect(r.err).toMatch(/\[S104\] .*broken\.json 第 1 行/);
  });

  it("explains how to call it (exit 2)", async () => {
    expect((await runCli("score", scheme)).code).toBe(2);
    expect((await runCli("score", scheme, batchDir, "--format", "xml")).code).toBe(2);
    expect((await runCli("score", scheme, join(root, "no-such-folder"))).err).toContain("找不到文件或目录");
  });
});

describe("kaohe score with several rankings", () => {
  // examples/rankings: totals 甲镇 8, 乙镇 6, 丙镇 6, 高新区 9, 经开区 5 (1分 per project).
  const towns = join(root, "examples/rankings/towns-and-zones.kaohe");
  const dir = join(root, "examples/rankings");

  it("orders by the first ranking and gives each other one a column, — where a unit is not in it", async () => {
    const r = await runCli("score", towns, dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("按方案的第一个排名「全县排名」排列");
    expect(r.out).toMatch(/全县排名\s+开发区排名\s+乡镇排名\s+单位\s+类别\s+总分\s+标记/);
    const rows = r.out.split("\n").filter((l) => /^\s+\d+\s/.test(l)).map((l) => l.trim().split(/\s+/));
    // 全县 9, 8, 6, 6, 5 → 1, 2, 3, 3, 5 (ties in name order: 丙 U+4E19 before 乙 U+4E59);
    // 开发区 9, 5 → 1, 2; 乡镇 8, 6, 6 → 1, 2, 2, 后 1 taking both tied.
    expect(rows).toEqual([
      ["1", "1", "—", "高新区", "开发区", "9", "表彰"],
      ["2", "—", "1", "甲镇", "乡镇", "8", "表彰"],
      ["3", "—", "2", "丙镇", "乡镇", "6", "督促整改"],
      ["3", "—", "2", "乙镇", "乡镇", "6", "督促整改"],
      ["5", "2", "—", "经开区", "开发区", "5", "督促整改"],
    ]);
  });

  it("--format json carries every named ranking and each unit's ranks", async () => {
    const data = JSON.parse((await runCli("score", towns, dir, "--format", "json")).out) as BatchResult;
    expect(Object.keys(data.rankings)).toEqual(["全县", "开发区", "乡镇"]);
    expect(data.rankings.开发区!.map((x) => [x.unit, x.rank])).toEqual([
      ["高新区", 1],
      ["经开区", 2],
    ]);
    expect(data.ranking).toEqual(data.rankings.全县);
    expect(data.units.find((u) => u.unit.name === "经开区")!.ranks).toEqual({ 全县: 5, 开发区: 2 });
  });
});

describe("kaohe score with one unit", () => {
  // Peer average (R14): an N/A item takes the mean of the other units' scores. Scored alone there
  // are no other units, so the figure is pending, as the library's score() has it.
  const PEER = `
方案 "同类平均" { 年度 2024 }
无此项 按 平均分
舍入 2位 四舍五入 于 指标
计分池 基本 "基本" 10分 {
  指标 1 "甲" 6分 { 输入 完成: 是否  若 完成 得 6分 }
  指标 2 "乙" 4分 { 可无此项  输入 开会: 是否  若 开会 得 4分 }
}
`;
  it("scores it alone: the N/A item under peer average is pending and the unit is not complete", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-alone-"));
    await writeFile(join(dir, "peer.kaohe"), PEER);
    await writeFile(
      join(dir, "a.json"),
      JSON.stringify({ unit: { name: "某局" }, items: { "1": { 完成: true } }, notApplicable: ["2"] }),
    );
    const json = await runCli("score", join(dir, "peer.kaohe"), join(dir, "a.json"), "--format", "json");
    expect(json.code).toBe(0);
    const unit = JSON.parse(json.out).units[0];
    expect(unit.items["2"]).toMatchObject({ na: true, pending: true, score: "0" });
    expect(unit.complete).toBe(false);
    // item 1: 完成 → 6; item 2 is N/A, pending (0 for now): 6 + 0 = 6.
    expect(unit.total).toBe("6");
    const table = await runCli("score", join(dir, "peer.kaohe"), join(dir, "a.json"), "--detail");
    expect(table.out).toContain("单独评分");
    expect(table.out).toContain("待定");
  });
});

describe("kaohe score with a rating (评定)", () => {
  it("prints each unit's rating in the table and in its sheet, in each language", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-rating-"));
    const fixture = join(root, "test/form/fixtures/rating.kaohe");
    const unit = (name: string, 完成率: number, 重大事故: boolean) => ({
      unit: { name },
      facts: { 重大事故 },
      items: { 任务: { 完成率 }, 制度: { 健全: true } },
    });
    // 甲: 90% × 60 + 40 = 94 → 优秀; 乙: 70% × 60 + 40 = 82 → 良好; 丙: 94, an accident → 不合格.
    await writeFile(join(dir, "batch.json"), JSON.stringify([unit("甲", 90, false), unit("乙", 70, false), unit("丙", 90, true)]));
    const table = await runCli("score", fixture, join(dir, "batch.json"));
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/评定/);
    expect(table.out).toMatch(/甲\s+94\s+优秀/);
    expect(table.out).toMatch(/乙\s+82\s+良好/);
    expect(table.out).toMatch(/丙\s+94\s+不合格/);
    const detail = await runCli("score", fixture, join(dir, "batch.json"), "--detail", "--lang", "en");
    expect(detail.out).toContain("━━ 乙: total 82, rated 良好");
    const json = JSON.parse((await runCli("score", fixture, join(dir, "batch.json"), "--format", "json")).out);
    expect(json.units.map((u: { rating: string }) => u.rating)).toEqual(["优秀", "良好", "不合格"]);
  });
});

describe("kaohe score with an item's named figures (量)", () => {
  it("--format json lists them under the item", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-item-figures-"));
    // The manual's example (language/README.md "Named figures: 量").
    const source = [
      '方案 "综合投资率" { }',
      "舍入 2位 四舍五入 于 指标",
      '指标 投资 "信息化投资完成情况" 10分 {',
      "  输入 投资额 数量 万元",
      "  输入 目标额 数量 万元 最低 1万元",
      "  输入 难度系数 数值 最高 2",
      "  量 完成率 = 投资额 ÷ 目标额",
      "  量 综合投资率 = 完成率 × 难度系数",
      "  分档 综合投资率 { ≥ 1: 10分, [0.8, 1): 8分, < 0.8: 5分 }",
      "}",
      "",
    ].join("\n");
    await writeFile(join(dir, "investment.kaohe"), source);
    const sub = (name: string, 投资额: number) => ({ unit: { name }, items: { 投资: { 投资额, 目标额: 400, 难度系数: 1.2 } } });
    await writeFile(join(dir, "batch.json"), JSON.stringify([sub("甲县", 350), sub("乙县", 200)]));
    const r = await runCli("score", join(dir, "investment.kaohe"), join(dir, "batch.json"), "--format", "json");
    expect(r.code).toBe(0);
    const [a, b] = (JSON.parse(r.out) as BatchResult).units;
    expect(a!.items["投资"]!.figures).toEqual({ 完成率: "0.875", 综合投资率: "1.05" }); // 350 ÷ 400; 0.875 × 1.2
    expect(b!.items["投资"]!.figures).toEqual({ 完成率: "0.5", 综合投资率: "0.6" }); // 200 ÷ 400; 0.5 × 1.2
  });
});
