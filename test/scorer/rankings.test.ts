// Several rankings (R21): towns and zones ranked together and apart. Each unit gets a place in
// every ranking whose population (`适用`) holds it, the marks of each, and a line of explanation
// naming the ranking and whom it ranks. Every rank below is worked by hand from the totals.
import { beforeAll, describe, expect, it } from "vitest";
import { said, scorerFor, type Scorer } from "./support.js";

const TOWNS_AND_ZONES = `
方案 "乡镇与开发区分别排名" { 年度 2024 }
单位 乡镇 "乡镇（街道）" { 甲镇, 乙镇, 丙镇 }
单位 开发区 "开发区" { 高新区, 经开区 }
排名 全县 "全县排名" 按 总分 降序 { 前 2 "表彰"  后 1 "督促整改" }
排名 开发区 "开发区排名" 按 总分 降序 适用 开发区 { 前 1 "表彰" }
排名 乡镇 "乡镇排名" 按 总分 降序 适用 乡镇 { 后 1 "督促整改" }
指标 招商 "招商引资" 10分 {
  输入 签约项目 次数 最高 10
  每 签约项目 得 1分
}
`;

const sub = (name: string, kind: string, signed: number) => ({ unit: { name, kind }, items: { 招商: { 签约项目: signed } } });
// Totals: 1分 per project signed.
const BATCH = [
  sub("甲镇", "乡镇", 8), // 8
  sub("乙镇", "乡镇", 6), // 6
  sub("丙镇", "乡镇", 6), // 6
  sub("高新区", "开发区", 9), // 9
  sub("经开区", "开发区", 5), // 5
];

let s: Scorer;
beforeAll(async () => {
  s = await scorerFor(TOWNS_AND_ZONES);
});

describe("towns and zones ranked together and apart", () => {
  it("全县 ranks all five: 9, 8, 6, 6, 5 → 1, 2, 3, 3, 5; 前 2 表彰, 后 1 督促整改", () => {
    const r = s.scoreAll(BATCH);
    // Ties share the better rank (3, 3, then 5) and are listed in name order: 丙 (U+4E19) before
    // 乙 (U+4E59). 后 1: the place of the unit in position 5 − 1 + 1 = 5 is 5: 经开区 alone.
    const all = [
      { unit: "高新区", rank: 1, value: "9", marks: ["表彰"] },
      { unit: "甲镇", rank: 2, value: "8", marks: ["表彰"] },
      { unit: "丙镇", rank: 3, value: "6", marks: [] },
      { unit: "乙镇", rank: 3, value: "6", marks: [] },
      { unit: "经开区", rank: 5, value: "5", marks: ["督促整改"] },
    ];
    expect(r.ranking).toEqual(all);
    expect(r.rankings.全县).toEqual(all);
  });

  it("开发区 ranks the two zones: 9, 5 → 1, 2; 前 1 表彰", () => {
    expect(s.scoreAll(BATCH).rankings.开发区).toEqual([
      { unit: "高新区", rank: 1, value: "9", marks: ["表彰"] },
      { unit: "经开区", rank: 2, value: "5", marks: [] },
    ]);
  });

  it("乡镇 ranks the three towns: 8, 6, 6 → 1, 2, 2; 后 1 takes both tied at the edge", () => {
    // 后 1 of 3: the place of the unit in position 3 is 2, so every place ≥ 2 is marked.
    expect(s.scoreAll(BATCH).rankings.乡镇).toEqual([
      { unit: "甲镇", rank: 1, value: "8", marks: [] },
      { unit: "丙镇", rank: 2, value: "6", marks: ["督促整改"] },
      { unit: "乙镇", rank: 2, value: "6", marks: ["督促整改"] },
    ]);
  });

  it("each unit: rank in the first ranking, ranks in those whose population holds it, each mark once", () => {
    const r = s.scoreAll(BATCH);
    expect(r.units.map((u) => [u.unit.name, u.rank, u.ranks, u.flags])).toEqual([
      ["甲镇", 2, { 全县: 2, 乡镇: 1 }, ["表彰"]],
      ["乙镇", 3, { 全县: 3, 乡镇: 2 }, ["督促整改"]],
      ["丙镇", 3, { 全县: 3, 乡镇: 2 }, ["督促整改"]],
      // 表彰 by 全县 (1st of 5) and by 开发区 (1st of 2): one flag
      ["高新区", 1, { 全县: 1, 开发区: 1 }, ["表彰"]],
      ["经开区", 5, { 全县: 5, 开发区: 2 }, ["督促整改"]],
    ]);
  });

  it("the order of the batch changes nothing", () => {
    const forward = s.scoreAll(BATCH);
    const backward = s.scoreAll(BATCH.slice().reverse());
    expect(backward.rankings).toEqual(forward.rankings);
    expect(backward.ranking).toEqual(forward.ranking);
  });

  it("the explanation names each ranking and whom it ranks", () => {
    const r = s.scoreAll(BATCH);
    const zone = r.units[3]!;
    expect(zone.explanation["zh-CN"].slice(-4)).toEqual([
      "「全县排名」（全部单位）按总分从高到低排名：第 1 名（共 5 个单位，并列取较前名次）",
      "位列前 2 名：表彰",
      "「开发区排名」（开发区）按总分从高到低排名：第 1 名（共 2 个单位，并列取较前名次）",
      "位列前 1 名：表彰",
    ]);
    expect(zone.explanation.en.slice(-4)).toEqual([
      "“全县排名” (all units), ranked by the total, highest first: 1 of 5 units (ties share the better rank)",
      "In the top 2: 表彰",
      "“开发区排名” (开发区), ranked by the total, highest first: 1 of 2 units (ties share the better rank)",
      "In the top 1: 表彰",
    ]);
    const town = r.units[2]!;
    expect(said(town)).toContain("「乡镇排名」（乡镇）按总分从高到低排名：第 2 名（共 3 个单位，并列取较前名次）\n位列后 1 名：督促整改");
    expect(said(town)).not.toContain("开发区排名");
  });

  it("a unit scored alone is in no ranking", () => {
    const u = s.score(BATCH[0]);
    expect([u.rank, u.ranks, u.flags]).toEqual([null, {}, []]);
  });
});

// A ranking by a pool that applies to towns only, over every unit: a zone is in its population
// but has no such figure, so it is listed there as not ranked (null), as the single ranking does.
const BY_POOL = `
方案 "按计分池排名" { }
单位 乡镇 "乡镇（街道）" { 甲镇, 乙镇 }
单位 开发区 "开发区" { 高新区 }
计分池 共同 "共同指标" 10分 {
  指标 招商 "招商引资" 10分 {
    输入 签约项目 次数 最高 10
    每 签约项目 得 1分
  }
}
计分池 农业 "农业生产" 5分 {
  适用 乡镇
  指标 粮食 "粮食生产" 5分 {
    输入 达标 是否
    若 达标 得 5分
  }
}
排名 全县 "全县排名" 按 总分 降序 { }
排名 农业 "农业排名" 按 农业 降序 { 前 1 "农业先进" }
`;

describe("a ranking by a pool some of its population lacks", () => {
  it("ranks the towns by 农业 (5, 0) and lists the zone as not ranked", async () => {
    const p = await scorerFor(BY_POOL);
    const r = p.scoreAll([
      { unit: { name: "甲镇" }, items: { 招商: { 签约项目: 4 }, 粮食: { 达标: true } } }, // 4 + 5 = 9; 农业 5
      { unit: { name: "乙镇" }, items: { 招商: { 签约项目: 7 }, 粮食: { 达标: false } } }, // 7 + 0 = 7; 农业 0
      { unit: { name: "高新区" }, items: { 招商: { 签约项目: 8 } } }, // 8; no 农业 pool
    ]);
    // 全县: 9, 8, 7 → 1, 2, 3
    expect(r.ranking!.map((x) => [x.unit, x.rank])).toEqual([
      ["甲镇", 1],
      ["高新区", 2],
      ["乙镇", 3],
    ]);
    expect(r.rankings.农业).toEqual([
      { unit: "甲镇", rank: 1, value: "5", marks: ["农业先进"] },
      { unit: "乙镇", rank: 2, value: "0", marks: [] },
    ]);
    expect(r.units.map((u) => u.ranks)).toEqual([
      { 全县: 1, 农业: 1 },
      { 全县: 3, 农业: 2 },
      { 全县: 2, 农业: null },
    ]);
    expect(said(r.units[2]!)).toContain("不参加「农业排名」（全部单位）的排名：本单位没有农业生产");
    expect(said(r.units[2]!, "en")).toContain("Not ranked in “农业排名” (all units): the unit has no 农业生产");
  });
});

describe("the one unnamed ranking limited to some kinds", () => {
  it("ranks the zones only (9, 5 → 1, 2); a town has no rank, no ranks and no line", async () => {
    const p = await scorerFor(TOWNS_AND_ZONES.replace(/^排名 .*\n/gm, "") + `排名 按 总分 降序 适用 开发区 { 前 1 "表彰" }\n`);
    const r = p.scoreAll(BATCH);
    expect(r.ranking).toEqual([
      { unit: "高新区", rank: 1, value: "9", marks: ["表彰"] },
      { unit: "经开区", rank: 2, value: "5", marks: [] },
    ]);
    expect(r.rankings).toEqual({});
    expect(r.units.map((u) => [u.unit.name, u.rank, u.ranks])).toEqual([
      ["甲镇", null, {}],
      ["乙镇", null, {}],
      ["丙镇", null, {}],
      ["高新区", 1, {}],
      ["经开区", 2, {}],
    ]);
    expect(said(r.units[3]!)).toContain("「排名」（开发区）按总分从高到低排名：第 1 名（共 2 个单位，并列取较前名次）");
    expect(said(r.units[0]!)).not.toContain("排名");
  });
});
