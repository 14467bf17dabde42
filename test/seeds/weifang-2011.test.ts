// Seed 001: 潍坊市 市直部门2011年度信息化工作绩效考核办法 (潍信办[2011]10号), written as
// schemes/weifang-2011.kaohe. (a) it checks clean; (b) its structure is the seed's table;
// (c) every figure of examples/weifang-2011 equals the hand computation written beside it;
// (d) each literal reading in test/seeds/literal/weifang-2011-*.kaohe gets its diagnostic.
//
// Hand rules used below (seed 001 四、计分办法, and the scheme's stated decisions):
// - 指标考核 items: 指标值 ÷ 最高值（among the units scored together that have the item）× 权重系数;
//   a best value of 0 gives every unit 0 (README: 最高值比).
// - 部门网站建设 items 5–9 choose by unit kind (四、“政府部门、单位政务网站建设得分直接以全市政务网站绩效评估成绩
//   按相应权重计入，其他被考核部门按照…考核”): 政府部门 get 网站绩效评估成绩 ÷ 100分 × 权重 (若 branch);
//   其他部门 get 指标值 ÷ 最高值 × 权重 (否则 branch). Each kind reports only its own input (输入 … 适用):
//   网站绩效评估成绩 政府部门, 指标值 of 5–9 其他部门.
// - 无此项 按 重新分配: the unit's applicable 指标考核 items × 800 ÷ (sum of their 权重).
// - every item rounded to 2 decimals, half up, after the N/A scaling; sections and pools add rounded items.
// - 信息安全事故次数 ≥ 1 → the section 标准化与信息安全保障 is 0; 重大事故 or 其他重大失误 → "disqualified".
// - 自查考核 = 自查评分; 奖励考核 = the 权重 of each item the office recognised (经认定).
import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { item, loadSeed, poolTree, readJson, section, type Scorer } from "./support.js";
import type { UnitResult } from "../../generators/scorer/result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemeFile = join(root, "schemes/weifang-2011.kaohe");
const examples = join(root, "examples/weifang-2011");
const literal = join(root, "test/seeds/literal");

interface Figures {
  unit: string;
  total: string | null;
  pools: Record<string, string>;
  sections: Record<string, string>;
  items: Record<string, string>;
}
function figures(r: UnitResult): Figures {
  return {
    unit: r.unit.name,
    total: r.total,
    pools: r.pools,
    sections: Object.fromEntries(Object.entries(r.sections).map(([id, s]) => [id, s.score])),
    items: Object.fromEntries(Object.entries(r.items).map(([id, i]) => [id, i.score])),
  };
}
const vetoedSections = (r: UnitResult): string[] =>
  r.vetoes.filter((v) => v.target === "section").map((v) => v.node ?? "");
const naItems = (r: UnitResult): string[] =>
  Object.entries(r.items)
    .filter(([, i]) => i.na)
    .map(([id]) => id);

let ir: SchemeIR;
let scorer: Scorer;
beforeAll(async () => {
  ({ ir, scorer } = await loadSeed(schemeFile));
});

describe("seed 001 weifang-2011: the scheme", () => {
  it("compiles with no errors", () => {
    const { diagnostics } = compileFile(schemeFile);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("has the header of 潍信办[2011]10号", () => {
    expect(ir.meta.title).toBe("市直部门2011年度信息化工作绩效考核办法");
    expect(ir.meta.office).toBe("潍坊市信息化工作领导小组办公室");
    expect(ir.meta.docNumber).toBe("潍信办[2011]10号");
    expect(ir.meta.year).toBe("2011");
  });

  it("has the seed's table: 千分制 = 指标考核 800 + 自查考核 100 + 奖励考核 100, items with 权重系数 as printed", () => {
    // seed 001 四、“指标考核满分 800 分，自查考核 100 分，奖励考核 100 分”, and the 附件 table row by row:
    // 考核内容 (权重) — 序号 权重系数.
    expect(poolTree(ir)).toEqual([
      section("指标考核", "800", [
        section("信息化工作体系", "160", [item("1", "70"), item("2", "20"), item("3", "30"), item("4", "40")]),
        section("部门网站建设", "200", [
          item("5", "60"),
          item("6", "30"),
          item("7", "30"),
          item("8", "40"),
          item("9", "40"),
        ]),
        section("电子政务建设与应用", "240", [
          item("10", "40"),
          item("11", "40"),
          item("12", "30"),
          item("13", "20"),
          item("14", "40"),
          item("15", "30"),
          item("16", "40"),
        ]),
        section("标准化与信息安全保障", "100", [
          item("17", "40"),
          item("18", "20"),
          item("19", "30"),
          item("20", "10"),
        ]),
        section("信息化培训", "100", [item("21", "50"), item("22", "50")]),
      ]),
      section("自查考核", "100", [item("自查", "100")]),
      section("奖励考核", "100", [
        section("表彰奖励", "90", [item("23", "40"), item("24", "30"), item("25", "20")]),
        section("项目资金扶持", "10", [item("26", "10")]),
      ]),
    ]);
    expect(ir.pools.map((p) => [p.id, p.kind])).toEqual([
      ["指标考核", "base"],
      ["自查考核", "base"],
      ["奖励考核", "bonus"],
    ]);
  });

  it("keeps the weights as written (bare 权重系数) and cites the seed on every item", () => {
    const items = ir.nodes.filter((n) => n.kind === "item");
    expect(items).toHaveLength(27); // 22 指标考核 + 1 自查 + 4 奖励 (序号 23–26)
    expect(items.find((n) => n.id === "1")?.pointsAsWritten).toBe("70");
    for (const n of items) expect(n.meta.source ?? "").toMatch(/^seed 001/);
  });

  it("items 5–9 choose their rule by unit kind: 政府部门 the website score, the others ratio to best", () => {
    // 四、“政府部门、单位政务网站建设得分直接以全市政务网站绩效评估成绩按相应权重计入，其他被考核部门按照…考核”
    for (const id of ["5", "6", "7", "8", "9"]) {
      const n = ir.nodes.find((x) => x.id === id);
      if (n?.kind !== "item") throw new Error(`no item ${id}`);
      expect(n.clauses, id).toHaveLength(1);
      const [branch] = n.clauses;
      expect(branch, id).toMatchObject({
        k: "branch",
        cond: { k: "is", a: { k: "unit-kind" }, value: "政府部门", negate: false },
        then: [{ k: "value" }],
        otherwise: [{ k: "ratio-to-best", points: n.points }],
      });
      // the two rules are no longer added, so no 封顶 is written: the cap is the item's 权重
      expect(n.capWritten, id).toBe(false);
      expect(n.max, id).toBe(n.points);
      // “其他被考核部门按照…考核”: only they report 指标值 for 5–9
      expect(n.inputs.map((i) => [i.name, i.appliesTo]), id).toEqual([["指标值", ["其他部门"]]]);
    }
    // “政府部门、单位政务网站建设得分直接以全市政务网站绩效评估成绩按相应权重计入”: only they report it
    expect(ir.facts.find((f) => f.name === "网站绩效评估成绩")?.appliesTo).toEqual(["政府部门"]);
  });

  it("refuses the other kind's input: a 政府部门 with 指标值 for item 5, another unit with the website score", () => {
    const gov = readJson(join(examples, "full-marks.json")) as { items: Record<string, unknown> };
    gov.items["5"] = { 指标值: 6 };
    expect(() => scorer.score(gov)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: "S131", path: "/items/5/指标值" })] }),
    );
    const other = readJson(join(examples, "ordinary.json")) as { facts: Record<string, unknown> };
    other.facts.网站绩效评估成绩 = 90;
    expect(() => scorer.score(other)).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: "S131", path: "/facts/网站绩效评估成绩" })] }),
    );
  });

  it("declares the decisions: renormalise, 2-decimal half-up rounding per item, the two unit kinds, two vetoes", () => {
    expect(ir.naPolicy).toBe("renormalise");
    expect(ir.rounding).toEqual({ digits: 2, mode: "half-up", stage: "item" });
    expect(ir.unitKinds.map((k) => k.id)).toEqual(["政府部门", "其他部门"]);
    expect(ir.vetoes.map((v) => v.target)).toEqual([
      { k: "disqualify" },
      { k: "section", id: "标准化与信息安全保障" },
    ]);
    // items 1–22 may be N/A (四、“没有相应指标项对应的工作”); 自查 and 奖励 may not.
    const allowNa = ir.nodes.filter((n) => n.kind === "item" && n.allowNa).map((n) => n.id);
    expect(allowNa).toEqual(Array.from({ length: 22 }, (_, i) => String(i + 1)));
  });
});

describe("seed 001 weifang-2011: one unit scored alone", () => {
  it("full marks alone: the ratio-to-best items wait for the other units; 自查 and 奖励 are final", () => {
    const r = scorer.score(readJson(join(examples, "full-marks.json")));
    expect(r.complete).toBe(false);
    for (const id of ["1", "4", "12", "22"]) expect(r.items[id]?.pending).toBe(true);
    expect(r.items["自查"]?.score).toBe("100"); // 自查评分 100
    expect(r.pools["自查考核"]).toBe("100");
    expect(r.pools["奖励考核"]).toBe("100"); // 40 + 30 + 20 + 10, all 经认定
    expect(r.vetoes).toEqual([]);
    expect(r.flags).toEqual([]);
  });

  it("every path alone: N/A, the section veto and the disqualification are known without the others", () => {
    const r = scorer.score(readJson(join(examples, "every-path.json")));
    expect(naItems(r)).toEqual(["12", "13", "14", "15", "16"]);
    expect(vetoedSections(r)).toEqual(["标准化与信息安全保障"]); // 信息安全事故次数 1 ≥ 1
    for (const id of ["17", "18", "19", "20"]) {
      expect(r.items[id]?.score).toBe("0");
      expect(r.items[id]?.vetoedBy.length).toBe(1);
    }
    expect(r.sections["标准化与信息安全保障"]?.score).toBe("0");
    expect(r.flags).toContain("disqualified"); // 发生重大网络与信息安全事故 = true
    expect(r.vetoes.map((v) => v.target).sort()).toEqual(["disqualify", "section"]);
    expect(r.pools["自查考核"]).toBe("72.5"); // 自查评分 72.5
    expect(r.pools["奖励考核"]).toBe("50"); // 第23项 40 + 第26项 10
    expect(r.sections["表彰奖励"]?.score).toBe("40");
    expect(r.sections["项目资金扶持"]?.score).toBe("10");
  });
});

describe("seed 001 weifang-2011: the three examples scored together", () => {
  // full-marks.json, ordinary.json, every-path.json. Best values: 1: 9; 2–4: 10; 5: 10 (丙); 6: 10 (乙);
  // 7: 7 (乙、丙); 8: 9 (乙); 9: 8 (丙); 10, 11: 10; 12: 95%; 13: 1.5; 14–22: 10 (甲).
  // 党的机关丙 has 12–16 N/A (权重 30 + 20 + 40 + 30 + 40 = 160), so its other items × 800 ÷ 640 = 1.25.
  const expected: Figures[] = [
    {
      unit: "政府部门甲",
      total: "1000", // 800 + 100 + 100
      pools: {
        指标考核: "800", // 160 + 200 + 240 + 100 + 100
        自查考核: "100", // 自查评分 100
        奖励考核: "100", // 表彰奖励 90 + 项目资金扶持 10
      },
      sections: {
        信息化工作体系: "160", // 70 + 20 + 30 + 40
        部门网站建设: "200", // 60 + 30 + 30 + 40 + 40
        电子政务建设与应用: "240", // 40 + 40 + 30 + 20 + 40 + 30 + 40
        标准化与信息安全保障: "100", // 40 + 20 + 30 + 10
        信息化培训: "100", // 50 + 50
        表彰奖励: "90", // 40 + 30 + 20
        项目资金扶持: "10", // 第26项
      },
      items: {
        "1": "70", // 9 ÷ 最高值 9 × 70 = 70
        "2": "20", // 10 ÷ 最高值 10 × 20 = 20
        "3": "30", // 10 ÷ 最高值 10 × 30 = 30
        "4": "40", // 10 ÷ 最高值 10 × 40 = 40
        "5": "60", // 政府部门, 若 branch: 网站成绩 100 ÷ 100分 × 60 = 60
        "6": "30", // 政府部门, 若 branch: 网站成绩 100 ÷ 100分 × 30 = 30
        "7": "30", // 政府部门, 若 branch: 网站成绩 100 ÷ 100分 × 30 = 30
        "8": "40", // 政府部门, 若 branch: 网站成绩 100 ÷ 100分 × 40 = 40
        "9": "40", // 政府部门, 若 branch: 网站成绩 100 ÷ 100分 × 40 = 40
        "10": "40", // 10 ÷ 最高值 10 × 40 = 40
        "11": "40", // 10 ÷ 最高值 10 × 40 = 40
        "12": "30", // 95% ÷ 最高值 95% × 30 = 30
        "13": "20", // 1.5 ÷ 最高值 1.5 × 20 = 20
        "14": "40", // 10 ÷ 最高值 10 × 40 = 40
        "15": "30", // 10 ÷ 最高值 10 × 30 = 30
        "16": "40", // 10 ÷ 最高值 10 × 40 = 40
        "17": "40", // 10 ÷ 最高值 10 × 40 = 40
        "18": "20", // 10 ÷ 最高值 10 × 20 = 20
        "19": "30", // 10 ÷ 最高值 10 × 30 = 30
        "20": "10", // 10 ÷ 最高值 10 × 10 = 10
        "21": "50", // 10 ÷ 最高值 10 × 50 = 50
        "22": "50", // 10 ÷ 最高值 10 × 50 = 50
        自查: "100", // 自查评分 100
        "23": "40", // 经认定 → 40
        "24": "30", // 经认定 → 30
        "25": "20", // 经认定 → 20
        "26": "10", // 经认定 → 10
      },
    },
    {
      unit: "人民团体乙",
      total: "698.67", // 593.67 + 85 + 20
      pools: {
        指标考核: "593.67", // 113.67 + 173 + 166 + 86 + 55
        自查考核: "85", // 自查评分 85
        奖励考核: "20", // 表彰奖励 20 + 项目资金扶持 0
      },
      sections: {
        信息化工作体系: "113.67", // 46.67 + 16 + 15 + 36
        部门网站建设: "173", // 48 + 30 + 30 + 40 + 25
        电子政务建设与应用: "166", // 28 + 24 + 24 + 16 + 32 + 30 + 12
        标准化与信息安全保障: "86", // 32 + 18 + 30 + 6
        信息化培训: "55", // 35 + 20
        表彰奖励: "20", // 0 + 0 + 20
        项目资金扶持: "0", // 第26项
      },
      items: {
        "1": "46.67", // 6 ÷ 最高值 9 × 70 = 46.66666…; → 46.67
        "2": "16", // 8 ÷ 最高值 10 × 20 = 16
        "3": "15", // 5 ÷ 最高值 10 × 30 = 15
        "4": "36", // 9 ÷ 最高值 10 × 40 = 36
        "5": "48", // 其他部门, 否则 branch: 8 ÷ 最高值 10 × 60 = 48
        "6": "30", // 其他部门, 否则 branch: 10 ÷ 最高值 10 × 30 = 30
        "7": "30", // 其他部门, 否则 branch: 7 ÷ 最高值 7 × 30 = 30
        "8": "40", // 其他部门, 否则 branch: 9 ÷ 最高值 9 × 40 = 40
        "9": "25", // 其他部门, 否则 branch: 5 ÷ 最高值 8 × 40 = 25
        "10": "28", // 7 ÷ 最高值 10 × 40 = 28
        "11": "24", // 6 ÷ 最高值 10 × 40 = 24
        "12": "24", // 76% ÷ 最高值 95% × 30 = 24
        "13": "16", // 1.2 ÷ 最高值 1.5 × 20 = 16
        "14": "32", // 8 ÷ 最高值 10 × 40 = 32
        "15": "30", // 10 ÷ 最高值 10 × 30 = 30
        "16": "12", // 3 ÷ 最高值 10 × 40 = 12
        "17": "32", // 8 ÷ 最高值 10 × 40 = 32
        "18": "18", // 9 ÷ 最高值 10 × 20 = 18
        "19": "30", // 10 ÷ 最高值 10 × 30 = 30
        "20": "6", // 6 ÷ 最高值 10 × 10 = 6
        "21": "35", // 7 ÷ 最高值 10 × 50 = 35
        "22": "20", // 4 ÷ 最高值 10 × 50 = 20
        自查: "85", // 自查评分 85
        "23": "0", // 未经认定 → 0
        "24": "0", // 未经认定 → 0
        "25": "20", // 经认定 → 20
        "26": "0", // 未经认定 → 0
      },
    },
    {
      unit: "党的机关丙",
      total: "631.25", // 508.75 + 72.5 + 50
      pools: {
        指标考核: "508.75", // 126.25 + 210 + 85 + 0 + 87.5
        自查考核: "72.5", // 自查评分 72.5
        奖励考核: "50", // 表彰奖励 40 + 项目资金扶持 10
      },
      sections: {
        信息化工作体系: "126.25", // 43.75 + 25 + 22.5 + 35
        部门网站建设: "210", // 75 + 22.5 + 37.5 + 25 + 50
        电子政务建设与应用: "85", // 40 + 45 + 0 + 0 + 0 + 0 + 0
        标准化与信息安全保障: "0", // 0 + 0 + 0 + 0（分项否决）
        信息化培训: "87.5", // 50 + 37.5
        表彰奖励: "40", // 40 + 0 + 0
        项目资金扶持: "10", // 第26项
      },
      items: {
        "1": "43.75", // 4.5 ÷ 最高值 9 × 70 = 35; × 800/640 = 43.75 → 43.75
        "2": "25", // 10 ÷ 最高值 10 × 20 = 20; × 800/640 = 25 → 25
        "3": "22.5", // 6 ÷ 最高值 10 × 30 = 18; × 800/640 = 22.5 → 22.5
        "4": "35", // 7 ÷ 最高值 10 × 40 = 28; × 800/640 = 35 → 35
        "5": "75", // 其他部门, 否则 branch: 10 ÷ 最高值 10 × 60 = 60; × 800/640 = 75 → 75
        "6": "22.5", // 其他部门, 否则 branch: 6 ÷ 最高值 10 × 30 = 18; × 800/640 = 22.5 → 22.5
        "7": "37.5", // 其他部门, 否则 branch: 7 ÷ 最高值 7 × 30 = 30; × 800/640 = 37.5 → 37.5
        "8": "25", // 其他部门, 否则 branch: 4.5 ÷ 最高值 9 × 40 = 20; × 800/640 = 25 → 25
        "9": "50", // 其他部门, 否则 branch: 8 ÷ 最高值 8 × 40 = 40; × 800/640 = 50 → 50
        "10": "40", // 8 ÷ 最高值 10 × 40 = 32; × 800/640 = 40 → 40
        "11": "45", // 9 ÷ 最高值 10 × 40 = 36; × 800/640 = 45 → 45
        "12": "0", // 无此项：权数重新分配到其余指标
        "13": "0", // 无此项：权数重新分配到其余指标
        "14": "0", // 无此项：权数重新分配到其余指标
        "15": "0", // 无此项：权数重新分配到其余指标
        "16": "0", // 无此项：权数重新分配到其余指标
        "17": "0", // 9 ÷ 最高值 10 × 40 = 36；发生信息安全事故，分项否决 → 0
        "18": "0", // 10 ÷ 最高值 10 × 20 = 20；发生信息安全事故，分项否决 → 0
        "19": "0", // 10 ÷ 最高值 10 × 30 = 30；发生信息安全事故，分项否决 → 0
        "20": "0", // 4 ÷ 最高值 10 × 10 = 4；发生信息安全事故，分项否决 → 0
        "21": "50", // 8 ÷ 最高值 10 × 50 = 40; × 800/640 = 50 → 50
        "22": "37.5", // 6 ÷ 最高值 10 × 50 = 30; × 800/640 = 37.5 → 37.5
        自查: "72.5", // 自查评分 72.5
        "23": "40", // 经认定 → 40
        "24": "0", // 未经认定 → 0
        "25": "0", // 未经认定 → 0
        "26": "10", // 经认定 → 10
      },
    },
  ];

  it("every item, section, pool and total is the hand figure", () => {
    const files = ["full-marks.json", "ordinary.json", "every-path.json"].map((f) => readJson(join(examples, f)));
    const batch = scorer.scoreAll(files);
    expect(batch.units.map(figures)).toEqual(expected);
    expect(batch.units.every((u) => u.complete)).toBe(true);
    expect(batch.ranking).toBeNull(); // seed 001 ranks nobody
  });

  it("flags and vetoes: only 党的机关丙 is disqualified and has its security section vetoed", () => {
    const files = ["full-marks.json", "ordinary.json", "every-path.json"].map((f) => readJson(join(examples, f)));
    const units = scorer.scoreAll(files).units;
    expect(units.map((u) => u.flags)).toEqual([[], [], ["disqualified"]]);
    expect(units.map(vetoedSections)).toEqual([[], [], ["标准化与信息安全保障"]]);
    expect(units.map(naItems)).toEqual([[], [], ["12", "13", "14", "15", "16"]]);
  });
});

describe("seed 001 weifang-2011: the batch", () => {
  // examples/weifang-2011/batch, five units. Best values: 1: 10; 2: 10; 3: 9; 4: 10; 5: 9; 6: 8; 7: 10;
  // 8: 7; 9: 9 (5–9: among the 其他部门, who take the 否则 branch; 政府部门 report no 指标值 there); 10: 10; 11: 10; 12: 80%; 13: 2; 14: 6; 15: 10; 16: 10; 17–19: 10; 20: 0 (every unit
  // reports 0, so every unit gets 0); 21: 10; 22: 10. 党的机关五 has 12, 13 N/A (30 + 20 = 50), so its
  // other items × 800 ÷ 750 = 16/15, each then rounded.
  const files = readdirSync(join(examples, "batch"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  const expected: Figures[] = [
    {
      unit: "政府部门一",
      total: "793", // 673 + 90 + 30
      pools: {
        指标考核: "673", // 138 + 175 + 180 + 90 + 90
        自查考核: "90", // 自查评分 90
        奖励考核: "30", // 表彰奖励 30 + 项目资金扶持 0
      },
      sections: {
        信息化工作体系: "138", // 56 + 20 + 30 + 32
        部门网站建设: "175", // 52.5 + 26.25 + 26.25 + 35 + 35
        电子政务建设与应用: "180", // 40 + 24 + 30 + 16 + 20 + 30 + 20
        标准化与信息安全保障: "90", // 40 + 20 + 30 + 0
        信息化培训: "90", // 40 + 50
        表彰奖励: "30", // 0 + 30 + 0
        项目资金扶持: "0", // 第26项
      },
      items: {
        "1": "56", // 8 ÷ 最高值 10 × 70 = 56
        "2": "20", // 10 ÷ 最高值 10 × 20 = 20
        "3": "30", // 9 ÷ 最高值 9 × 30 = 30
        "4": "32", // 8 ÷ 最高值 10 × 40 = 32
        "5": "52.5", // 政府部门, 若 branch: 网站成绩 87.5 ÷ 100分 × 60 = 52.5 
        "6": "26.25", // 政府部门, 若 branch: 网站成绩 87.5 ÷ 100分 × 30 = 26.25
        "7": "26.25", // 政府部门, 若 branch: 网站成绩 87.5 ÷ 100分 × 30 = 26.25
        "8": "35", // 政府部门, 若 branch: 网站成绩 87.5 ÷ 100分 × 40 = 35
        "9": "35", // 政府部门, 若 branch: 网站成绩 87.5 ÷ 100分 × 40 = 35
        "10": "40", // 10 ÷ 最高值 10 × 40 = 40
        "11": "24", // 6 ÷ 最高值 10 × 40 = 24
        "12": "30", // 80% ÷ 最高值 80% × 30 = 30
        "13": "16", // 1.6 ÷ 最高值 2 × 20 = 16
        "14": "20", // 3 ÷ 最高值 6 × 40 = 20
        "15": "30", // 10 ÷ 最高值 10 × 30 = 30
        "16": "20", // 5 ÷ 最高值 10 × 40 = 20
        "17": "40", // 10 ÷ 最高值 10 × 40 = 40
        "18": "20", // 10 ÷ 最高值 10 × 20 = 20
        "19": "30", // 10 ÷ 最高值 10 × 30 = 30
        "20": "0", // 最高值为 0，比值部分得 0
        "21": "40", // 8 ÷ 最高值 10 × 50 = 40
        "22": "50", // 10 ÷ 最高值 10 × 50 = 50
        自查: "90", // 自查评分 90
        "23": "0", // 未经认定 → 0
        "24": "30", // 经认定 → 30
        "25": "0", // 未经认定 → 0
        "26": "0", // 未经认定 → 0
      },
    },
    {
      unit: "政府部门二",
      total: "824.5", // 679.5 + 95 + 50
      pools: {
        指标考核: "679.5", // 142 + 184 + 204.5 + 74 + 75
        自查考核: "95", // 自查评分 95
        奖励考核: "50", // 表彰奖励 40 + 项目资金扶持 10
      },
      sections: {
        信息化工作体系: "142", // 70 + 20 + 20 + 32
        部门网站建设: "184", // 55.2 + 27.6 + 27.6 + 36.8 + 36.8
        电子政务建设与应用: "204.5", // 20 + 32 + 22.5 + 20 + 40 + 30 + 40
        标准化与信息安全保障: "74", // 28 + 16 + 30 + 0
        信息化培训: "75", // 50 + 25
        表彰奖励: "40", // 40 + 0 + 0
        项目资金扶持: "10", // 第26项
      },
      items: {
        "1": "70", // 10 ÷ 最高值 10 × 70 = 70
        "2": "20", // 10 ÷ 最高值 10 × 20 = 20
        "3": "20", // 6 ÷ 最高值 9 × 30 = 20
        "4": "32", // 8 ÷ 最高值 10 × 40 = 32
        "5": "55.2", // 政府部门, 若 branch: 网站成绩 92 ÷ 100分 × 60 = 55.2
        "6": "27.6", // 政府部门, 若 branch: 网站成绩 92 ÷ 100分 × 30 = 27.6
        "7": "27.6", // 政府部门, 若 branch: 网站成绩 92 ÷ 100分 × 30 = 27.6
        "8": "36.8", // 政府部门, 若 branch: 网站成绩 92 ÷ 100分 × 40 = 36.8
        "9": "36.8", // 政府部门, 若 branch: 网站成绩 92 ÷ 100分 × 40 = 36.8
        "10": "20", // 5 ÷ 最高值 10 × 40 = 20
        "11": "32", // 8 ÷ 最高值 10 × 40 = 32
        "12": "22.5", // 60% ÷ 最高值 80% × 30 = 22.5
        "13": "20", // 2 ÷ 最高值 2 × 20 = 20
        "14": "40", // 6 ÷ 最高值 6 × 40 = 40
        "15": "30", // 10 ÷ 最高值 10 × 30 = 30
        "16": "40", // 10 ÷ 最高值 10 × 40 = 40
        "17": "28", // 7 ÷ 最高值 10 × 40 = 28
        "18": "16", // 8 ÷ 最高值 10 × 20 = 16
        "19": "30", // 10 ÷ 最高值 10 × 30 = 30
        "20": "0", // 最高值为 0，比值部分得 0
        "21": "50", // 10 ÷ 最高值 10 × 50 = 50
        "22": "25", // 5 ÷ 最高值 10 × 50 = 25
        自查: "95", // 自查评分 95
        "23": "40", // 经认定 → 40
        "24": "0", // 未经认定 → 0
        "25": "0", // 未经认定 → 0
        "26": "10", // 经认定 → 10
      },
    },
    {
      unit: "人民团体三",
      total: "641.67", // 561.67 + 80 + 0
      pools: {
        指标考核: "561.67", // 132 + 171.67 + 124 + 74 + 60
        自查考核: "80", // 自查评分 80
        奖励考核: "0", // 表彰奖励 0 + 项目资金扶持 0
      },
      sections: {
        信息化工作体系: "132", // 42 + 20 + 30 + 40
        部门网站建设: "171.67", // 60 + 30 + 15 + 40 + 26.67
        电子政务建设与应用: "124", // 32 + 20 + 15 + 10 + 0 + 15 + 32
        标准化与信息安全保障: "74", // 32 + 12 + 30 + 0
        信息化培训: "60", // 20 + 40
        表彰奖励: "0", // 0 + 0 + 0
        项目资金扶持: "0", // 第26项
      },
      items: {
        "1": "42", // 6 ÷ 最高值 10 × 70 = 42
        "2": "20", // 10 ÷ 最高值 10 × 20 = 20
        "3": "30", // 9 ÷ 最高值 9 × 30 = 30
        "4": "40", // 10 ÷ 最高值 10 × 40 = 40
        "5": "60", // 其他部门, 否则 branch: 9 ÷ 最高值 9 × 60 = 60
        "6": "30", // 其他部门, 否则 branch: 8 ÷ 最高值 8 × 30 = 30
        "7": "15", // 其他部门, 否则 branch: 5 ÷ 最高值 10 × 30 = 15
        "8": "40", // 其他部门, 否则 branch: 7 ÷ 最高值 7 × 40 = 40
        "9": "26.67", // 其他部门, 否则 branch: 6 ÷ 最高值 9 × 40 = 26.66666…; → 26.67
        "10": "32", // 8 ÷ 最高值 10 × 40 = 32
        "11": "20", // 5 ÷ 最高值 10 × 40 = 20
        "12": "15", // 40% ÷ 最高值 80% × 30 = 15
        "13": "10", // 1 ÷ 最高值 2 × 20 = 10
        "14": "0", // 0 ÷ 最高值 6 × 40 = 0
        "15": "15", // 5 ÷ 最高值 10 × 30 = 15
        "16": "32", // 8 ÷ 最高值 10 × 40 = 32
        "17": "32", // 8 ÷ 最高值 10 × 40 = 32
        "18": "12", // 6 ÷ 最高值 10 × 20 = 12
        "19": "30", // 10 ÷ 最高值 10 × 30 = 30
        "20": "0", // 最高值为 0，比值部分得 0
        "21": "20", // 4 ÷ 最高值 10 × 50 = 20
        "22": "40", // 8 ÷ 最高值 10 × 50 = 40
        自查: "80", // 自查评分 80
        "23": "0", // 未经认定 → 0
        "24": "0", // 未经认定 → 0
        "25": "0", // 未经认定 → 0
        "26": "0", // 未经认定 → 0
      },
    },
    {
      unit: "审判机关四",
      total: "481", // 401 + 60 + 20
      pools: {
        指标考核: "401", // 89 + 180 + 92 + 0 + 40
        自查考核: "60", // 自查评分 60
        奖励考核: "20", // 表彰奖励 20 + 项目资金扶持 0
      },
      sections: {
        信息化工作体系: "89", // 35 + 20 + 10 + 24
        部门网站建设: "180", // 40 + 30 + 30 + 40 + 40
        电子政务建设与应用: "92", // 16 + 40 + 0 + 5 + 0 + 15 + 16
        标准化与信息安全保障: "0", // 0 + 0 + 0 + 0（分项否决）
        信息化培训: "40", // 30 + 10
        表彰奖励: "20", // 0 + 0 + 20
        项目资金扶持: "0", // 第26项
      },
      items: {
        "1": "35", // 5 ÷ 最高值 10 × 70 = 35
        "2": "20", // 10 ÷ 最高值 10 × 20 = 20
        "3": "10", // 3 ÷ 最高值 9 × 30 = 10
        "4": "24", // 6 ÷ 最高值 10 × 40 = 24
        "5": "40", // 其他部门, 否则 branch: 6 ÷ 最高值 9 × 60 = 40 (its 网站成绩 90 is not read)
        "6": "30", // 其他部门, 否则 branch: 8 ÷ 最高值 8 × 30 = 30 (网站成绩 90 not read)
        "7": "30", // 其他部门, 否则 branch: 10 ÷ 最高值 10 × 30 = 30 (网站成绩 90 not read)
        "8": "40", // 其他部门, 否则 branch: 7 ÷ 最高值 7 × 40 = 40 (网站成绩 90 not read)
        "9": "40", // 其他部门, 否则 branch: 9 ÷ 最高值 9 × 40 = 40 (网站成绩 90 not read)
        "10": "16", // 4 ÷ 最高值 10 × 40 = 16
        "11": "40", // 10 ÷ 最高值 10 × 40 = 40
        "12": "0", // 0% ÷ 最高值 80% × 30 = 0
        "13": "5", // 0.5 ÷ 最高值 2 × 20 = 5
        "14": "0", // 0 ÷ 最高值 6 × 40 = 0
        "15": "15", // 5 ÷ 最高值 10 × 30 = 15
        "16": "16", // 4 ÷ 最高值 10 × 40 = 16
        "17": "0", // 5 ÷ 最高值 10 × 40 = 20；发生信息安全事故，分项否决 → 0
        "18": "0", // 4 ÷ 最高值 10 × 20 = 8；发生信息安全事故，分项否决 → 0
        "19": "0", // 10 ÷ 最高值 10 × 30 = 30；发生信息安全事故，分项否决 → 0
        "20": "0", // 最高值为 0，比值部分得 0；发生信息安全事故，分项否决 → 0
        "21": "30", // 6 ÷ 最高值 10 × 50 = 30
        "22": "10", // 2 ÷ 最高值 10 × 50 = 10
        自查: "60", // 自查评分 60
        "23": "0", // 未经认定 → 0
        "24": "0", // 未经认定 → 0
        "25": "20", // 经认定 → 20
        "26": "0", // 未经认定 → 0
      },
    },
    {
      unit: "党的机关五",
      total: "654.97", // 516.97 + 88 + 50
      pools: {
        指标考核: "516.97", // 124.8 + 126.22 + 78.22 + 91.73 + 96
        自查考核: "88", // 自查评分 88
        奖励考核: "50", // 表彰奖励 50 + 项目资金扶持 0
      },
      sections: {
        信息化工作体系: "124.8", // 52.27 + 21.33 + 21.33 + 29.87
        部门网站建设: "126.22", // 21.33 + 16 + 32 + 42.67 + 14.22
        电子政务建设与应用: "78.22", // 25.6 + 29.87 + 0 + 0 + 14.22 + 0 + 8.53
        标准化与信息安全保障: "91.73", // 38.4 + 21.33 + 32 + 0
        信息化培训: "96", // 53.33 + 42.67
        表彰奖励: "50", // 0 + 30 + 20
        项目资金扶持: "0", // 第26项
      },
      items: {
        "1": "52.27", // 7 ÷ 最高值 10 × 70 = 49; × 800/750 = 52.266666… → 52.27
        "2": "21.33", // 10 ÷ 最高值 10 × 20 = 20; × 800/750 = 21.333333… → 21.33
        "3": "21.33", // 6 ÷ 最高值 9 × 30 = 20; × 800/750 = 21.333333… → 21.33
        "4": "29.87", // 7 ÷ 最高值 10 × 40 = 28; × 800/750 = 29.866666… → 29.87
        "5": "21.33", // 其他部门, 否则 branch: 3 ÷ 最高值 9 × 60 = 20; × 800/750 = 21.333333… → 21.33
        "6": "16", // 其他部门, 否则 branch: 4 ÷ 最高值 8 × 30 = 15; × 800/750 = 16 → 16
        "7": "32", // 其他部门, 否则 branch: 10 ÷ 最高值 10 × 30 = 30; × 800/750 = 32 → 32
        "8": "42.67", // 其他部门, 否则 branch: 7 ÷ 最高值 7 × 40 = 40; × 800/750 = 42.666666… → 42.67
        "9": "14.22", // 其他部门, 否则 branch: 3 ÷ 最高值 9 × 40 = 13.33333…; × 800/750 = 14.222222… → 14.22
        "10": "25.6", // 6 ÷ 最高值 10 × 40 = 24; × 800/750 = 25.6 → 25.6
        "11": "29.87", // 7 ÷ 最高值 10 × 40 = 28; × 800/750 = 29.866666… → 29.87
        "12": "0", // 无此项：权数重新分配到其余指标
        "13": "0", // 无此项：权数重新分配到其余指标
        "14": "14.22", // 2 ÷ 最高值 6 × 40 = 13.33333…; × 800/750 = 14.222222… → 14.22
        "15": "0", // 0 ÷ 最高值 10 × 30 = 0; × 800/750 = 0 → 0
        "16": "8.53", // 2 ÷ 最高值 10 × 40 = 8; × 800/750 = 8.5333333… → 8.53
        "17": "38.4", // 9 ÷ 最高值 10 × 40 = 36; × 800/750 = 38.4 → 38.4
        "18": "21.33", // 10 ÷ 最高值 10 × 20 = 20; × 800/750 = 21.333333… → 21.33
        "19": "32", // 10 ÷ 最高值 10 × 30 = 30; × 800/750 = 32 → 32
        "20": "0", // 最高值为 0，比值部分得 0; × 800/750 = 0 → 0
        "21": "53.33", // 10 ÷ 最高值 10 × 50 = 50; × 800/750 = 53.333333… → 53.33
        "22": "42.67", // 8 ÷ 最高值 10 × 50 = 40; × 800/750 = 42.666666… → 42.67
        自查: "88", // 自查评分 88
        "23": "0", // 未经认定 → 0
        "24": "30", // 经认定 → 30
        "25": "20", // 经认定 → 20
        "26": "0", // 未经认定 → 0
      },
    },
  ];

  it("every item, section, pool and total is the hand figure", () => {
    const batch = scorer.scoreAll(files.map((f) => readJson(join(examples, "batch", f))));
    expect(batch.units.map(figures)).toEqual(expected);
  });

  it("flags, vetoes and N/A per unit", () => {
    const units = scorer.scoreAll(files.map((f) => readJson(join(examples, "batch", f)))).units;
    // 政府部门二: 发生其他重大失误; 审判机关四: 信息安全事故次数 2; 党的机关五: 12, 13 无此项.
    expect(units.map((u) => u.flags)).toEqual([[], ["disqualified"], [], [], []]);
    expect(units.map(vetoedSections)).toEqual([[], [], [], ["标准化与信息安全保障"], []]);
    expect(units.map(naItems)).toEqual([[], [], [], [], ["12", "13"]]);
  });
});

describe("seed 001 weifang-2011: literal readings the checker catches", () => {
  const cases: Array<[string, string]> = [
    ["weifang-2011-na-without-policy.kaohe", "E601"], // “权数进行适当调整”: N/A allowed, no policy
    ["weifang-2011-no-rounding.kaohe", "E602"], // 指标值÷本指标最高值 divides, no rounding stated
    ["weifang-2011-security-veto-unknown-section.kaohe", "E207"], // “信息安全保障环节” is no section
    ["weifang-2011-website-score-times-weight.kaohe", "E402"], // 成绩 × 权重 can reach 6000 > 60
    ["weifang-2011-formula-names-best-value.kaohe", "E201"], // “本指标最高值” is no name
    ["weifang-2011-website-both-rules.kaohe", "E402"], // both sentences of 四 added, not chosen by kind: 60 + 60 > 60
  ];
  it.each(cases)("%s → %s", (file, code) => {
    const { ir: built, diagnostics } = compileFile(join(literal, file));
    const errors = [...new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.code))];
    expect(errors).toEqual([code]);
    expect(built).toBeNull();
  });
});

describe("seed 001 weifang-2011: a submission the document makes impossible is refused", () => {
  // 备注 and 五、2: a 重大网络与信息安全事故 is an 信息安全事故. A unit reporting the first and 0 of the
  // second would keep its 标准化与信息安全保障 points (the veto reads the count); it is refused.
  it("重大事故 reported with 0 accidents: S130 beside the count, naming both facts", () => {
    const sub = readJson(join(examples, "ordinary.json")) as { facts: Record<string, unknown> };
    sub.facts["发生重大网络与信息安全事故"] = true;
    sub.facts["信息安全事故次数"] = 0;
    let problems: Array<{ code: string; path: string; message: Record<string, string> }> = [];
    try {
      scorer.score(sub);
    } catch (err) {
      problems = (err as { problems: typeof problems }).problems;
    }
    expect(problems.map((p) => [p.code, p.path])).toEqual([["S130", "/facts/信息安全事故次数"]]);
    expect(problems[0]!.message["zh-CN"]).toContain("发生重大网络与信息安全事故 = 是，信息安全事故次数 = 0");
    sub.facts["信息安全事故次数"] = 1; // consistent: scored (the veto zeroes the section)
    expect(() => scorer.score(sub)).not.toThrow();
  });
});
