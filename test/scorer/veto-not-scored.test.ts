// `否决 若 c 则 不计分` (不参加考核, 不予考核): the unit has no total (null, not 0), is flagged
// "not-scored", is not ranked, and is left out of every figure that compares units: the best unit
// of 最高值比, the ranks of 名次分档, the peer average of 无此项 按 平均分. Its items that compare units
// are not worked out (0, not pending); the others are scored for reference.
//
// The batch: 甲 would be the best unit (公开 200, 采用 50, 特色 30) but did not report on time.
// Without 甲, the best 公开条数 is 乙's 160 and the ranks by 采用条数 are 丙 40 → 1, 乙 30 → 2, 丁 10 → 3.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/output.js";
import { said, scorerFor, type Scorer } from "./support.js";

const SCHEME = `
方案 "不计分" { 年度 2024 }
舍入 2位 四舍五入 于 指标
无此项 按 平均分
输入 未报送: 是否
否决 若 未报送 则 不计分 "未按时报送材料的，不参加考核"
指标 公开 "政务信息公开量" 40分 {
  输入 公开条数: 次数
  最高值比 公开条数
}
指标 采用 "信息采用量名次" 30分 {
  输入 采用条数: 次数
  名次分档 采用条数 降序 { ≤ 1: 30分, (1, 2]: 20分, 其余: 10分 }
}
指标 特色 "创新与特色" 30分 {
  可无此项
  输入 特色分: 分数 满分 30
  得 特色分
}
排名 按 总分 降序 { 前 1 "表彰"  后 1 "督促整改" }
`;

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(SCHEME);
});

function sub(name: string, 公开条数: number, 采用条数: number, 特色分: number | null, 未报送 = false) {
  return {
    unit: { name },
    facts: { 未报送 },
    items: { 公开: { 公开条数 }, 采用: { 采用条数 }, ...(特色分 === null ? {} : { 特色: { 特色分 } }) },
    ...(特色分 === null ? { notApplicable: ["特色"] } : {}),
  };
}
const BATCH = [sub("甲", 200, 50, 30, true), sub("乙", 160, 30, 24), sub("丙", 80, 40, null), sub("丁", 120, 10, 18)];

describe("a unit not scored (不计分)", () => {
  it("has no total, a flag, no rank, and the veto listed", () => {
    const r = s.scoreAll(BATCH);
    const 甲 = r.units[0]!;
    expect(甲.total).toBeNull();
    expect(甲.flags).toEqual(["not-scored"]);
    expect(甲.rank).toBeNull();
    expect(甲.completion).toBeNull();
    expect(甲.complete).toBe(true);
    expect(甲.vetoes).toEqual([
      { id: "veto#1", label: "未按时报送材料的，不参加考核", target: "not-scored", node: null, cap: null, setTo: null },
    ]);
    // Compared with no one: 公开 and 采用 are not worked out; 特色 is its own 30, for reference.
    expect(甲.items["公开"]!.score).toBe("0");
    expect(甲.items["采用"]!.score).toBe("0");
    expect(甲.items["特色"]!.score).toBe("30");
    expect(said(甲.items["公开"]!)).toContain("本单位不计分，不与其他单位比较");
    const zh = said(甲);
    expect(zh).toContain("「未按时报送材料的，不参加考核」：未报送：是 → 本单位不计分");
    expect(zh).toContain("按「未按时报送材料的，不参加考核」本单位不计分：总分不计");
    expect(zh).toContain("不参加排名：本单位不计分");
    expect(said(甲, "en")).toContain("Not scored, by “未按时报送材料的，不参加考核”: no total");
  });

  it("is left out of the best unit, the rank bands and the peer average of the others", () => {
    const r = s.scoreAll(BATCH);
    const [, 乙, 丙, 丁] = r.units;
    // 乙: 160 ÷ 160 × 40 = 40; rank 2 by 采用 → 20; 特色 24. Total 84 (with 甲: 32 + 10 + 24 = 66).
    expect(乙!.items["公开"]!.score).toBe("40");
    expect(乙!.items["采用"]!.score).toBe("20");
    expect(乙!.total).toBe("84");
    // 丙: 80 ÷ 160 × 40 = 20; rank 1 → 30; 特色 N/A: the mean of 乙 24 and 丁 18 = 21 (甲's 30 left
    // out; with it (30 + 24 + 18) ÷ 3 = 24). Total 20 + 30 + 21 = 71.
    expect(丙!.items["公开"]!.score).toBe("20");
    expect(丙!.items["采用"]!.score).toBe("30");
    expect(丙!.items["特色"]!.score).toBe("21");
    expect(丙!.total).toBe("71");
    // 丁: 120 ÷ 160 × 40 = 30; rank 3 → 10; 特色 18. Total 58.
    expect(丁!.items["公开"]!.score).toBe("30");
    expect(丁!.items["采用"]!.score).toBe("10");
    expect(丁!.total).toBe("58");
    expect(said(丁!.items["采用"]!)).toContain("采用条数 10，在 3 个单位中从高到低排第 3 名");
  });

  it("is left out of the ranking: 乙 84 first (表彰), 丙 71, 丁 58 last (督促整改)", () => {
    const r = s.scoreAll(BATCH);
    expect(r.ranking).toEqual([
      { unit: "乙", rank: 1, value: "84", marks: ["表彰"] },
      { unit: "丙", rank: 2, value: "71", marks: [] },
      { unit: "丁", rank: 3, value: "58", marks: ["督促整改"] },
    ]);
    expect(r.units.map((u) => u.flags)).toEqual([["not-scored"], ["表彰"], [], ["督促整改"]]);
  });

  it("scored alone: no total and nothing pending (it is compared with no one)", () => {
    const r = s.score(BATCH[0]);
    expect(r.total).toBeNull();
    expect(r.complete).toBe(true);
    expect(r.items["公开"]!.pending).toBe(false);
    // N/A under 无此项 按 平均分 takes the others' mean: not for a unit compared with no one (0, not pending).
    const na = s.score(sub("戊", 10, 10, null, true));
    expect(na.items["特色"]).toMatchObject({ score: "0", na: true, pending: false });
    expect(na.complete).toBe(true);
    const inBatch = s.scoreAll([...BATCH, sub("戊", 10, 10, null, true)]).units[4]!;
    expect(inBatch.items["特色"]!.score).toBe("0");
    expect(said(inBatch.items["特色"]!)).toContain("本单位不计分，不与其他单位比较");
  });

  it("kaohe score: the unit last, not ranked, its total worded", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kaohe-not-scored-"));
    await writeFile(join(dir, "scheme.kaohe"), SCHEME);
    await writeFile(join(dir, "units.json"), JSON.stringify(BATCH));
    const r = await runCli("score", join(dir, "scheme.kaohe"), join(dir, "units.json"));
    expect(r.code).toBe(0);
    const rows = r.out.split("\n").filter((l) => /[甲乙丙丁]/.test(l));
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 3))).toEqual([
      ["1", "乙", "84"],
      ["2", "丙", "71"],
      ["3", "丁", "58"],
      ["—", "甲", "不计分"],
    ]);
    const detail = await runCli("score", join(dir, "scheme.kaohe"), join(dir, "units.json"), "--detail");
    expect(detail.out).toContain("━━ 甲：不计分（没有总分），标记：不计分");
  });
});

describe("不计分 with forms (表, 合成 平均)", () => {
  const FORMS = `
方案 "两表不计分" { }
表 自评表 "自评表"
表 实地表 "实地调查表"
合成 平均
舍入 2位 四舍五入 于 总分
指标 报送 "材料报送" 10分 {
  输入 按时: 是否
  输入 造假: 是否
  若 按时 得 10分
  否决 若 造假 则 不计分 "材料造假的，不参加考核"
}
`;
  it("fired on one form: that form and the combined result have no total; the other form keeps its 10", async () => {
    const f = await scorerFor(FORMS);
    const r = f.score({
      unit: { name: "甲" },
      forms: {
        自评表: { items: { 报送: { 按时: true, 造假: false } } },
        实地表: { items: { 报送: { 按时: true, 造假: true } } },
      },
    });
    expect(r.total).toBeNull();
    expect(r.flags).toEqual(["not-scored"]);
    expect(r.forms!["自评表"]!.total).toBe("10");
    expect(r.forms!["实地表"]!.total).toBeNull();
    expect(said(r)).toContain("实地调查表 不计分");
  });
});
