// Seed 000: 县(区)信息化工作考核 (schemes/county-2011.kaohe): base 100 + ★ 加扣分项.
// Every expected figure below is computed by hand from the seed table and the language's stated
// meaning (language/README.md), with the arithmetic beside it; none is read back from the scorer.
// The decisions on the seed's inconsistencies (items 2, 7, 13, 15, 24, 31, 32) are stated in the
// scheme's comments and repeated here where a figure depends on them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { Item, Node, SchemeIR } from "../../compiler/ir.js";
import { errorCodes, loadSeed, type Scorer } from "./support.js";
import type { UnitResult } from "../../generators/scorer/result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemePath = join(root, "schemes/county-2011.kaohe");
const examples = join(root, "examples/county-2011");
const literal = join(root, "test/seeds/literal");

const BASE = "基准分项";
const STAR = "加扣分项";

let ir: SchemeIR;
let scorer: Scorer;

beforeAll(async () => {
  ({ ir, scorer } = await loadSeed(schemePath));
});

function node(id: string): Node {
  const found = ir.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id} in the IR`);
  return found;
}

/** Item ids beneath a section, in document order. */
function itemsUnder(id: string): string[] {
  const n = node(id);
  if (n.kind === "item") return [n.id];
  return n.children.flatMap(itemsUnder);
}

// ------------------------------------------------------------------------------------------ (a)
describe("county-2011: compiles", () => {
  it("has no errors", () => {
    expect(errorCodes(schemePath)).toEqual([]);
  });

  it("reads the header: a title, and no year or office (the seed gives neither)", () => {
    expect(ir.meta.title).toBe("县(区)信息化工作考核项目指标及评分细则");
    expect(ir.meta.year).toBeNull();
    expect(ir.meta.office).toBeNull();
    expect(ir.meta.source).toBe("shared/seeds/000_dbfb595eabaf552f.txt");
  });

  it("needs no rounding, no other units and no N/A policy (the seed divides nothing, states no N/A)", () => {
    expect(ir.rounding).toBeNull();
    expect(ir.crossUnit).toBe(false);
    expect(ir.naPolicy).toBeNull();
    expect(ir.nodes.filter((n) => n.kind === "item" && n.allowNa)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------ (b)
// 一级: [section, points, items beneath it], read off the seed's first column.
const TOP: Array<[string, string, string[]]> = [
  ["环境建设", "25", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]], // "环境 建设 25", rows 1–10
  ["电子政务", "20", ["11", "12", "13", "14", "15"]], // "电子 政务 20", rows 11–15
  ["两化融合", "20", ["16", "17", "18", "19"]], // "两化 融合 20", rows 16–19
  ["农业农村信息化", "10", ["20", "21", "22"]], // "农业农村信息化10", rows 20–22
  ["网络与信息安全", "12", ["23", "24", "25", "26", "27", "28"]], // "网络与信息安全12", rows 23–28 (24: ★, no weight)
  ["信息化建设项目管理", "13", ["29", "30", "31", "32"]], // "信息化建设项目管理 13", rows 29–32
];

// 二级: [section, parent, points, items], read off the seed's second column; a row with the
// 二级 cell empty continues the group above it. The seed gives 二级 no points: each is the sum
// of its items' weights.
const SECOND: Array<[string, string, string, string[]]> = [
  ["领导重视", "环境建设", "3", ["1"]], // "领导重视 | 1、…" 3%
  ["组织机构", "环境建设", "2", ["2"]], // "组织 机构 | 2、…" 2%
  ["工作机制", "环境建设", "5", ["3", "4"]], // "工作 机制 | 3、…" 3% + row 4 2%
  ["工作规划", "环境建设", "2", ["5"]], // "工作规划 | 5、…" 2%
  ["政策措施", "环境建设", "7", ["6", "7"]], // "政策 措施 | 6、…" 2% + row 7 5%
  ["工作开展", "环境建设", "6", ["8", "9", "10"]], // "工作 开展 | 8、…" 2% + rows 9, 10 2% + 2%
  ["门户网站建设", "电子政务", "3", ["11"]], // "门户 网站 建设 | 11、…" 3%
  ["系统建设与应用", "电子政务", "14", ["12", "13", "14"]], // "系统 建设 与 应用 | 12、…" 5% + 5% + 4%
  ["信息资源开发利用", "电子政务", "3", ["15"]], // "信息资源开发利用 | 15、…" 3%
  ["等级评测", "两化融合", "5", ["16"]], // "等级评测 | 16、…" 5%
  ["重点行业和项目推进", "两化融合", "15", ["17", "18", "19"]], // "重点 行业 和 项目 推进 | 17、…" 5% × 3
  ["应用普及", "农业农村信息化", "4", ["20"]], // "应用普及 | 20、…" 4%
  ["重要系统", "农业农村信息化", "3", ["21"]], // "重要系统 | 21、…" 3%
  ["重点工作", "农业农村信息化", "3", ["22"]], // "重点工作 | 22、…" 3%
  ["组织管理", "网络与信息安全", "2", ["23", "24"]], // "组织 管理 | 23、…" 2% + row 24 (★, no weight: adds nothing)
  ["制度措施", "网络与信息安全", "2", ["25"]], // "制度 措施 | 25、…" 2%
  ["大项活动", "网络与信息安全", "8", ["26", "27", "28"]], // "大项 活动 | 26、…" 2% + 2% + 4%
  ["财政性投资的信息化项目", "信息化建设项目管理", "11", ["29", "30", "31"]], // "财政 性投 资的 …" 4% + 4% + 3%
  ["非财政项目", "信息化建设项目管理", "2", ["32"]], // "非财政项目 | 32、…" 2%
];

// Every item's 权重 as the seed writes it (null: row 24 has an empty 权重 cell and a ★), in the
// seed's order. Item 24 stands in its place in 组织管理: its section veto zeroes the base section,
// and its ★ deductions, which are in the adjustment pool, stand (README, Vetoes).
const WEIGHTS: Array<[string, string | null]> = [
  ["1", "3%"], ["2", "2%"], ["3", "3%"], ["4", "2%"], ["5", "2%"], // rows 1–5
  ["6", "2%"], ["7", "5%"], ["8", "2%"], ["9", "2%"], ["10", "2%"], // rows 6–10: 3+2+3+2+2+2+5+2+2+2 = 25
  ["11", "3%"], ["12", "5%"], ["13", "5%"], ["14", "4%"], ["15", "3%"], // rows 11–15: 20
  ["16", "5%"], ["17", "5%"], ["18", "5%"], ["19", "5%"], // rows 16–19: 20
  ["20", "4%"], ["21", "3%"], ["22", "3%"], // rows 20–22: 10
  ["23", "2%"], ["24", null], ["25", "2%"], ["26", "2%"], ["27", "2%"], ["28", "4%"], // rows 23–28: 12 (24: ★, no weight)
  ["29", "4%"], ["30", "4%"], ["31", "3%"], ["32", "2%"], // rows 29–32: 13
];

// Rows whose 检查方法 cell is empty in the seed: 4 ("| 2% | 1、…得2分。 |"), 21 and 22.
const NO_METHOD = new Set(["4", "21", "22"]);

describe("county-2011: structure against the seed table", () => {
  it("has a 100-point base pool holding the six 一级 in order and an uncapped ★ adjustment pool (备注 1–2)", () => {
    const base = ir.pools.find((p) => p.id === BASE);
    const star = ir.pools.find((p) => p.id === STAR);
    expect(base).toMatchObject({ kind: "base", points: "100", star: false });
    expect(base?.members).toEqual(TOP.map(([id]) => id));
    // 100 − 1: item 32's only rule gives 1 of its 2 points (items 2, 7, 13 are capped at their weights)
    expect(base?.max).toBe("99");
    // item 24 is written in 组织管理 (base pool), but counts in the ★ pool: it is the ★ pool's member
    expect(star).toMatchObject({ kind: "adjustment", points: null, star: true, members: ["24"] });
    expect(ir.pools).toHaveLength(2);
  });

  it("gives each 一级 its points and its items, and the 一级 add to 100", () => {
    for (const [id, points, items] of TOP) {
      const n = node(id);
      expect(n).toMatchObject({ kind: "section", points, parent: null, pool: BASE });
      expect(itemsUnder(id)).toEqual(items);
    }
    // 25 + 20 + 20 + 10 + 12 + 13 = 100
    expect(TOP.reduce((sum, [, points]) => sum + Number(points), 0)).toBe(100);
  });

  it("groups the items in the seed's 二级 sections, each worth the sum of its items", () => {
    for (const [id, parent, points, items] of SECOND) {
      expect(node(id)).toMatchObject({ kind: "section", parent, points });
      expect(itemsUnder(id)).toEqual(items);
    }
    for (const [id] of TOP) {
      const n = node(id);
      if (n.kind !== "section") throw new Error(`${id} is not a section`);
      expect(n.children).toEqual(SECOND.filter(([, parent]) => parent === id).map(([child]) => child));
    }
  });

  it("has items 1–32 in order, each with its weight as written, 检查方法 where the seed has one, and 出处", () => {
    const items = ir.nodes.filter((n): n is Item => n.kind === "item");
    expect(items.map((n) => n.id)).toEqual(WEIGHTS.map(([id]) => id));
    for (const [id, weight] of WEIGHTS) {
      const n = node(id);
      expect(n.pointsAsWritten).toBe(weight);
      expect(n.points).toBe(weight === null ? null : weight.replace("%", "")); // 3% of 100 = 3
      expect(n.meta.source?.startsWith(`seed 000 第${id}项`)).toBe(true);
      expect(n.meta.method === null).toBe(NO_METHOD.has(id));
    }
  });

  it("makes item 24 a ★ item in 组织管理 and caps items 2, 7 and 13 at their weights", () => {
    expect(node("24")).toMatchObject({ pool: STAR, parent: "组织管理", points: null });
    const capped = (id: string): Item => {
      const n = node(id);
      if (n.kind !== "item") throw new Error(`${id} is not an item`);
      return n;
    };
    expect(capped("2")).toMatchObject({ cap: "2", capWritten: true }); // rules 2 + 1 = 3, weight 2%
    expect(capped("7")).toMatchObject({ cap: "5", capWritten: true }); // rule 10, weight 5%
    expect(capped("13")).toMatchObject({ cap: "5", capWritten: true }); // rule 满分 6, weight 5%
    expect(capped("15").floor).toBe("0"); // 3 − 4 missing databases = −1, floored at 0
  });

  it("declares the two vetoes: item 24 on the section 网络与信息安全, item 31 on itself", () => {
    expect(ir.vetoes.map((v) => ({ id: v.id, target: v.target, declaredIn: v.declaredIn }))).toEqual([
      { id: "veto#1", target: { k: "section", id: "网络与信息安全" }, declaredIn: "24" }, // 24 sentence 2
      { id: "veto#2", target: { k: "item", id: "31" }, declaredIn: "31" }, // 31 sentence 4
    ]);
  });
});

// ------------------------------------------------------------------------------------------ (c)
interface Expected {
  file: string;
  unit: string;
  /** Each item's score in its own pool (item 24: the ★ pool). */
  items: Record<string, string>;
  /** What each item with a ★ part puts into 加扣分项. */
  star: Record<string, string>;
  sections: Record<string, string>;
  base: string;
  adjustment: string;
  total: string;
  vetoes: Array<{ id: string; target: string; node: string | null }>;
  /** Items zeroed by a veto; every other item has none. */
  vetoed: Record<string, string[]>;
}

const STAR_ITEMS = ["6", "13", "15", "18", "20", "24", "31"];

const FULL_MARKS: Expected = {
  file: "full-marks.json",
  unit: "满分县",
  items: {
    "1": "3", // 常务会议 (or 专题/全市) → 3
    "2": "2", // 机构健全 2 + 编制落实 1 = 3, 封顶 2 → 2
    "3": "3", // 职能明确 1 + (2 − 0 未落实) = 3
    "4": "2", // 四统一落实 → 2
    "5": "2", // 县区政府印发 → 2
    "6": "2", // 配套政策 → 2 (★ 主动出台 not reported)
    "7": "5", // 300万元 ≥ 200万元 → 10, 封顶 5 → 5
    "8": "2", // 宣传 1 + 培训 1 = 2
    "9": "2", // 3 次 ≥ 2 → 2
    "10": "2", // 开展绩效考核 → 2
    "11": "3", // 互动 且 4 ≥ 2 → 1; 95% ≥ 80% → 1; 1.5万条 ≥ 1万条 → 1: 3
    "12": "5", // 90% ≥ 70% → 2; 90% ≥ 80% → 2; 管理维护良好 → 1: 5
    "13": "5", // 3 × 2 = 6 (≤ 最高 6), 封顶 5 → 5
    "14": "4", // 协同平台 且 8 ≥ 5 → 4
    "15": "3", // 3 − 0 missing = 3
    "16": "5", // 2 + 1 + 2 = 5
    "17": "5", // 3 ≥ 2 → 1; 2 ≥ 2 且 示范 → 2; 70% ≥ 50% → 2: 5
    "18": "5", // 延伸 3 + (80% ≥ 60%) 2 = 5
    "19": "5", // 2 + 1 + 1 + 1 = 5
    "20": "4", // 40% ≥ 20% → 2; 管理规范 且 缺项 0 → 2: 4
    "21": "3", // 100% = 100% → 1; 1; 1: 3
    "22": "3", // 1 + 1 + 1 = 3
    "23": "2", // 成立并及时调整 → 2
    "24": "0", // no incident: 0 × 3 + 0 × 1 = 0
    "25": "2", // 1 + 1 = 2
    "26": "2", // 一年两次 → 2
    "27": "2", // 配合大检查 → 2
    "28": "4", // 2 + 2 = 4
    "29": "4", // 3 + 1 = 4
    "30": "4", // 2 + 2 = 4
    "31": "3", // 90.5% > 90% (基本完成) → 3
    "32": "1", // 备案 → 1 (the only rule; weight 2)
  },
  star: {
    "6": "0", // 主动出台政策 false
    "13": "0", // all 12 of 十二金 checked: 0 missing × −2
    "15": "0", // 市级试点推进 false
    "18": "0", // 平台获表彰 false
    "20": "0", // 0 commendations × 1
    "24": "0", // 0 × −3 + 0 × −1
    "31": "0", // 高标准完成 false
  },
  sections: {
    领导重视: "3", // item 1
    组织机构: "2", // item 2
    工作机制: "5", // 3 + 2
    工作规划: "2", // item 5
    政策措施: "7", // 2 + 5
    工作开展: "6", // 2 + 2 + 2
    环境建设: "25", // 3 + 2 + 5 + 2 + 7 + 6
    门户网站建设: "3", // item 11
    系统建设与应用: "14", // 5 + 5 + 4
    信息资源开发利用: "3", // item 15
    电子政务: "20", // 3 + 14 + 3
    等级评测: "5", // item 16
    重点行业和项目推进: "15", // 5 + 5 + 5
    两化融合: "20", // 5 + 15
    应用普及: "4", // item 20
    重要系统: "3", // item 21
    重点工作: "3", // item 22
    农业农村信息化: "10", // 4 + 3 + 3
    组织管理: "2", // item 23 (24 is ★: its figure is in 加扣分项, not in the section)
    制度措施: "2", // item 25
    大项活动: "8", // 2 + 2 + 4
    网络与信息安全: "12", // 2 + 2 + 8
    财政性投资的信息化项目: "11", // 4 + 4 + 3
    非财政项目: "1", // item 32
    信息化建设项目管理: "12", // 11 + 1
  },
  base: "99", // 25 + 20 + 20 + 10 + 12 + 12 (item 32 reaches only 1 of its 2)
  adjustment: "0", // no ★ sentence applies
  total: "99", // 99 + 0
  vetoes: [],
  vetoed: {},
};

const ORDINARY: Expected = {
  file: "ordinary.json",
  unit: "平常县",
  items: {
    "1": "3", // 专题会议 → 3
    "2": "2", // 机构健全 2 + 0 = 2 (≤ 封顶 2)
    "3": "2", // 职能明确 1 + (2 − 1 未落实) = 2
    "4": "0", // 四统一落实 false
    "5": "1", // 部门印发 → 1
    "6": "2", // 配套政策 → 2
    "7": "0", // 150万元 < 200万元 → 0
    "8": "1", // 宣传 1 + 培训 0 = 1
    "9": "1", // 1 次 in [1, 2) → 1
    "10": "0", // 开展绩效考核 false
    "11": "1", // 1 次 < 2 → 0; 85% ≥ 80% → 1; 0.8万条 < 1万条 → 0: 1
    "12": "3", // 75% ≥ 70% → 2; 70% < 80% → 0; 管理维护良好 → 1: 3
    "13": "4", // 2 × 2 = 4 (≤ 5)
    "14": "0", // 3 部门 < 5 → 0
    "15": "2", // 3 − 1 missing (自然资源与空间地理) = 2
    "16": "1", // 企业评测试点 → 1
    "17": "1", // 2 ≥ 2 → 1; 1 龙头 < 2 → 0; 40% < 50% → 0: 1
    "18": "3", // 延伸 3; 55% < 60% → 0: 3
    "19": "2", // 县区两化 1 + 电子商务 1 = 2
    "20": "2", // 25% ≥ 20% → 2; 五个一 缺 长效机制 → 0: 2
    "21": "2", // 100% → 1; 维护规范 1; 经常开展 0: 2
    "22": "1", // 配套行动计划 1
    "23": "1", // 未及时调整 → 1
    "24": "-1", // 0 × −3 + 1 × −1 = −1
    "25": "2", // 1 + 1
    "26": "1", // 仅一次 → 1
    "27": "2", // 配合大检查 → 2
    "28": "2", // 定级备案 2 + 0
    "29": "3", // 建设资金 3 + 0
    "30": "2", // 审查 2 + 0
    "31": "1", // 45% < 60% → 1
    "32": "0", // 备案 false
  },
  star: {
    "6": "0", // 主动出台政策 false
    "13": "-4", // 缺 金关、金卡: 2 × −2 = −4 (≤ 最多扣 6)
    "15": "0", // 市级试点推进 false
    "18": "0", // 平台获表彰 false
    "20": "0", // 0 commendations
    "24": "-1", // 1 Ⅳ级 × −1
    "31": "0", // 高标准完成 false
  },
  sections: {
    领导重视: "3", // item 1
    组织机构: "2", // item 2
    工作机制: "2", // 2 + 0
    工作规划: "1", // item 5
    政策措施: "2", // 2 + 0
    工作开展: "2", // 1 + 1 + 0
    环境建设: "12", // 3 + 2 + 2 + 1 + 2 + 2
    门户网站建设: "1", // item 11
    系统建设与应用: "7", // 3 + 4 + 0
    信息资源开发利用: "2", // item 15
    电子政务: "10", // 1 + 7 + 2
    等级评测: "1", // item 16
    重点行业和项目推进: "6", // 1 + 3 + 2
    两化融合: "7", // 1 + 6
    应用普及: "2", // item 20
    重要系统: "2", // item 21
    重点工作: "1", // item 22
    农业农村信息化: "5", // 2 + 2 + 1
    组织管理: "1", // item 23 (24's −1 is ★: in 加扣分项, not in the section)
    制度措施: "2", // item 25
    大项活动: "5", // 1 + 2 + 2
    网络与信息安全: "8", // 1 + 2 + 5
    财政性投资的信息化项目: "6", // 3 + 2 + 1
    非财政项目: "0", // item 32
    信息化建设项目管理: "6", // 6 + 0
  },
  base: "48", // 12 + 10 + 7 + 5 + 8 + 6
  adjustment: "-5", // 13: −4; 24: −1
  total: "43", // 48 − 5
  vetoes: [],
  vetoed: {},
};

// Every cap (2, 7, 13 with its 最高 6, 3's 最多扣 2, 13★'s 最多扣 6), the floor of 15, both vetoes
// and every ★ bonus but 31's (31 is vetoed here: 未启动 and 高标准完成 cannot both hold; its ★
// bonus is walked in INCIDENTS, as are 24's uncapped deductions). The scheme has no N/A path.
const EVERY_PATH: Expected = {
  file: "every-path.json",
  unit: "全路径县",
  items: {
    "1": "3", // 全市会议 → 3
    "2": "2", // 2 + 1 = 3, 封顶 2 → 2
    "3": "1", // 职能明确 1 + (2 − min(3 × 1, 最多扣 2)) = 1 + 0 = 1
    "4": "0", // false
    "5": "0", // 未印发 → 0
    "6": "0", // 配套政策 false (★ 主动出台 true: below)
    "7": "5", // 500万元 ≥ 200万元 → 10, 封顶 5 → 5
    "8": "0", // 0 + 0
    "9": "0", // 0 次: in no band (≥ 2, [1, 2)) → 0
    "10": "2", // 开展绩效考核 → 2
    "11": "3", // 互动 且 5 ≥ 2 → 1; 80% ≥ 80% → 1; 1万条 ≥ 1万条 → 1: 3
    "12": "4", // 70% ≥ 70% → 2; 100% ≥ 80% → 2; 管理维护良好 false → 0: 4
    "13": "5", // 4 × 2 = 8, 最高 6 → 6, 封顶 5 → 5
    "14": "4", // 协同平台 且 5 ≥ 5 → 4
    "15": "0", // 3 − 4 missing = −1, 最低 0 → 0
    "16": "5", // 2 + 1 + 2
    "17": "5", // 3 ≥ 2 → 1; 2 ≥ 2 且 示范 → 2; 50% ≥ 50% → 2: 5
    "18": "2", // 延伸 false → 0; 60% ≥ 60% → 2: 2
    "19": "2", // 省级两化试点 → 2
    "20": "4", // 20% ≥ 20% → 2; 管理规范 且 缺项 0 → 2: 4
    "21": "2", // 99% ≠ 100% → 0; 1 + 1: 2
    "22": "0", // 0 + 0 + 0
    "23": "0", // 成立并及时调整 → 2, section 网络与信息安全 vetoed → 0
    "24": "0", // Ⅲ 0 × −3 + Ⅳ 0 × −1 = 0 (in the vetoed section, but all ★: not vetoed itself)
    "25": "0", // 1 + 1 = 2, vetoed → 0
    "26": "0", // 一年两次 → 2, vetoed → 0
    "27": "0", // 2, vetoed → 0
    "28": "0", // 2 + 2 = 4, vetoed → 0
    "29": "4", // 3 + 1
    "30": "2", // 0 + 专家评审 2
    "31": "0", // 0% < 60% → 1, 项目未启动 vetoes the item → 0
    "32": "1", // 备案 → 1
  },
  star: {
    "6": "2", // 主动出台政策 → +2
    "13": "-6", // 8 checked, 4 missing × −2 = −8, 最多扣 6 → −6
    "15": "3", // 市级试点推进 → +3
    "18": "2", // 平台获表彰 → +2
    "20": "3", // 3 commendations × 1 = +3 (no cap stated)
    "24": "0", // no Ⅲ or Ⅳ incident
    "31": "0", // 高标准完成 false
  },
  sections: {
    领导重视: "3", // item 1
    组织机构: "2", // item 2
    工作机制: "1", // 1 + 0
    工作规划: "0", // item 5
    政策措施: "5", // 0 + 5
    工作开展: "2", // 0 + 0 + 2
    环境建设: "13", // 3 + 2 + 1 + 0 + 5 + 2
    门户网站建设: "3", // item 11
    系统建设与应用: "13", // 4 + 5 + 4
    信息资源开发利用: "0", // item 15
    电子政务: "16", // 3 + 13 + 0
    等级评测: "5", // item 16
    重点行业和项目推进: "9", // 5 + 2 + 2
    两化融合: "14", // 5 + 9
    应用普及: "4", // item 20
    重要系统: "2", // item 21
    重点工作: "0", // item 22
    农业农村信息化: "6", // 4 + 2 + 0
    组织管理: "0", // vetoed with its section (would be 2)
    制度措施: "0", // vetoed with its section (would be 2)
    大项活动: "0", // vetoed with its section (would be 8)
    网络与信息安全: "0", // 发生Ⅱ级以上事件: 整项不得分 (would be 12)
    财政性投资的信息化项目: "6", // 4 + 2 + 0
    非财政项目: "1", // item 32
    信息化建设项目管理: "7", // 6 + 1
  },
  base: "56", // 13 + 16 + 14 + 6 + 0 + 7
  adjustment: "4", // +2 (6) − 6 (13) + 3 (15) + 2 (18) + 3 (20) + 0 (24) + 0 (31)
  total: "60", // 56 + 4
  vetoes: [
    { id: "veto#1", target: "section", node: "网络与信息安全" }, // 24: 发生Ⅱ级以上事件
    { id: "veto#2", target: "item", node: "31" }, // 31: 项目未启动
  ],
  vetoed: { "23": ["veto#1"], "25": ["veto#1"], "26": ["veto#1"], "27": ["veto#1"], "28": ["veto#1"], "31": ["veto#2"] },
};

// 24's uncapped ★ deductions (最低 不限), 31's ★ bonus, and the tier and threshold edges.
const INCIDENTS: Expected = {
  file: "incidents-and-bonuses.json",
  unit: "加扣分县",
  items: {
    "1": "3", // 常务会议 → 3
    "2": "1", // 0 + 编制落实 1 = 1
    "3": "2", // 职能明确 false 0 + (2 − 0) = 2
    "4": "2", // 四统一落实 → 2
    "5": "2", // 县区政府印发 → 2
    "6": "2", // 配套政策 → 2
    "7": "5", // 200万元 ≥ 200万元 → 10, 封顶 5 → 5
    "8": "1", // 0 + 培训 1
    "9": "2", // 2 次 ≥ 2 (以上 includes 2) → 2
    "10": "2", // → 2
    "11": "1", // 互动栏目 false → 0; 79.9% < 80% → 0; 2.5万条 ≥ 1万条 → 1: 1
    "12": "3", // 69.5% < 70% → 0; 80% ≥ 80% → 2; 管理维护良好 → 1: 3
    "13": "5", // 3 × 2 = 6 (= 最高 6), 封顶 5 → 5
    "14": "0", // 协同平台 false → 0 (6 部门 alone is not enough)
    "15": "3", // 3 − 0 missing
    "16": "3", // 2 + 1 + 0
    "17": "0", // 1 < 2 → 0; 3 龙头 but 示范 false → 0; 49.9% < 50% → 0
    "18": "5", // 3 + (75% ≥ 60%) 2
    "19": "2", // 0 + 1 + 1 + 0
    "20": "0", // 19.9% < 20% → 0; 管理规范 false → 0
    "21": "2", // 100% → 1; 0; 1: 2
    "22": "3", // 1 + 1 + 1
    "23": "0", // 未成立 → 0
    "24": "-9", // 2 Ⅲ级 × −3 + 3 Ⅳ级 × −1 = −9 (最低 不限: no floor)
    "25": "1", // 1 + 0
    "26": "0", // 未组织 → 0
    "27": "0", // false
    "28": "4", // 2 + 2
    "29": "1", // 0 + 运维资金 1
    "30": "4", // 2 + 2
    "31": "2", // 90% in [60%, 90%] → 2 (not > 90%)
    "32": "0", // false
  },
  star: {
    "6": "2", // 主动出台政策 → +2
    "13": "0", // all 12 checked
    "15": "0", // 市级试点推进 false
    "18": "0", // 平台获表彰 false
    "20": "1", // 1 commendation × 1
    "24": "-9", // −6 − 3
    "31": "3", // 高标准完成 → +3
  },
  sections: {
    领导重视: "3", // item 1
    组织机构: "1", // item 2
    工作机制: "4", // 2 + 2
    工作规划: "2", // item 5
    政策措施: "7", // 2 + 5
    工作开展: "5", // 1 + 2 + 2
    环境建设: "22", // 3 + 1 + 4 + 2 + 7 + 5
    门户网站建设: "1", // item 11
    系统建设与应用: "8", // 3 + 5 + 0
    信息资源开发利用: "3", // item 15
    电子政务: "12", // 1 + 8 + 3
    等级评测: "3", // item 16
    重点行业和项目推进: "7", // 0 + 5 + 2
    两化融合: "10", // 3 + 7
    应用普及: "0", // item 20
    重要系统: "2", // item 21
    重点工作: "3", // item 22
    农业农村信息化: "5", // 0 + 2 + 3
    组织管理: "0", // item 23 (24's −9 is ★: in 加扣分项, not in the section)
    制度措施: "1", // item 25
    大项活动: "4", // 0 + 0 + 4
    网络与信息安全: "5", // 0 + 1 + 4 (no Ⅱ级 incident: no veto)
    财政性投资的信息化项目: "7", // 1 + 4 + 2
    非财政项目: "0", // item 32
    信息化建设项目管理: "7", // 7 + 0
  },
  base: "61", // 22 + 12 + 10 + 5 + 5 + 7
  adjustment: "-3", // +2 (6) + 0 (13) + 0 (15) + 0 (18) + 1 (20) − 9 (24) + 3 (31)
  total: "58", // 61 − 3
  vetoes: [],
  vetoed: {},
};

// full-marks.json with a Ⅱ级 and a Ⅲ级 incident (item 24) and 60% completion (item 31).
// "整项不得分" zeroes the base section 网络与信息安全, item 24's own section; a section veto zeroes the
// section's score in its own pool, and 24's ★ deduction, in 加扣分项, stands (README, Vetoes).
const VETO_WITH_INCIDENTS: Expected = {
  file: "veto-with-incidents.json",
  unit: "事件否决县",
  items: {
    ...FULL_MARKS.items,
    "23": "0", // 2, vetoed → 0
    "24": "-3", // 1 Ⅲ级 × −3 + 0 Ⅳ级 = −3; inside the vetoed section, but ★: the veto does not reach it
    "25": "0", // 2, vetoed → 0
    "26": "0", // 2, vetoed → 0
    "27": "0", // 2, vetoed → 0
    "28": "0", // 4, vetoed → 0
    "31": "2", // 60% in [60%, 90%] → 2 (60% is not in "60%以下")
  },
  star: { ...FULL_MARKS.star, "24": "-3" }, // only 24 contributes: −3
  sections: {
    ...FULL_MARKS.sections,
    组织管理: "0", // vetoed with its section (23 would give 2; 24's −3 is ★, not the section's)
    制度措施: "0", // vetoed with its section
    大项活动: "0", // vetoed with its section
    网络与信息安全: "0", // 发生Ⅱ级以上事件: 整项不得分 (would be 12)
    财政性投资的信息化项目: "10", // 4 + 4 + 2
    信息化建设项目管理: "11", // 10 + 1
  },
  base: "86", // 25 + 20 + 20 + 10 + 0 + 11
  adjustment: "-3", // 24: −3
  total: "83", // 86 − 3
  vetoes: [{ id: "veto#1", target: "section", node: "网络与信息安全" }],
  vetoed: { "23": ["veto#1"], "25": ["veto#1"], "26": ["veto#1"], "27": ["veto#1"], "28": ["veto#1"] },
};

const EXAMPLES = [FULL_MARKS, ORDINARY, EVERY_PATH, INCIDENTS, VETO_WITH_INCIDENTS];

function scoreExample(file: string): UnitResult {
  return scorer.score(JSON.parse(readFileSync(join(examples, file), "utf8")) as unknown);
}

describe("county-2011: worked examples", () => {
  it("lists 32 items, 25 sections and every ★ item in each example", () => {
    for (const e of EXAMPLES) {
      expect(Object.keys(e.items)).toHaveLength(32);
      expect(Object.keys(e.sections)).toHaveLength(TOP.length + SECOND.length);
      expect(Object.keys(e.star).sort()).toEqual([...STAR_ITEMS].sort());
    }
  });

  for (const e of EXAMPLES) {
    describe(e.file, () => {
      let result: UnitResult;
      beforeAll(() => {
        result = scoreExample(e.file);
      });

      it("gives the total and each pool", () => {
        expect(result.unit.name).toBe(e.unit);
        expect(result.total).toBe(e.total);
        expect(result.pools).toEqual({ [BASE]: e.base, [STAR]: e.adjustment });
        expect(result.complete).toBe(true);
        expect(result.flags).toEqual([]);
      });

      it("gives every item", () => {
        for (const [id, score] of Object.entries(e.items)) {
          expect.soft(result.items[id]?.score, `item ${id}`).toBe(score);
          const ownPool = id === "24" ? STAR : BASE;
          expect.soft(result.items[id]?.pools[ownPool], `item ${id} in ${ownPool}`).toBe(score);
        }
      });

      it("gives what each ★ part puts into 加扣分项", () => {
        for (const [id, star] of Object.entries(e.star)) {
          expect.soft(result.items[id]?.pools[STAR] ?? "0", `item ${id} ★`).toBe(star);
        }
      });

      it("gives every section", () => {
        for (const [id, score] of Object.entries(e.sections)) {
          expect.soft(result.sections[id]?.score, `section ${id}`).toBe(score);
        }
      });

      it("fires the vetoes the facts call for, and no other", () => {
        expect(result.vetoes.map((v) => ({ id: v.id, target: v.target, node: v.node }))).toEqual(e.vetoes);
        for (const id of Object.keys(e.items)) {
          expect.soft(result.items[id]?.vetoedBy, `item ${id} vetoedBy`).toEqual(e.vetoed[id] ?? []);
        }
      });
    });
  }
});

// ------------------------------------------------------------------------------------------ (d)
// Each inconsistency written literally gets its diagnostic (see the comment atop each file).
const LITERAL: Array<[string, string]> = [
  ["county-2011-2.kaohe", "E402"], // 2 + 1 = 3 under 2 points, no cap
  ["county-2011-7.kaohe", "E402"], // 得10分 under 5 points, no cap
  ["county-2011-31.kaohe", "E501"], // "60%-90%" and "60%以下": nothing above 90%
  ["county-2011-31-60.kaohe", "E502"], // "60%以下" including 60% overlaps "60%-90%"
  ["county-2011-sums.kaohe", "E401"], // 环境建设 25 with items at their rules' maxima: 31
];

describe("county-2011: literal readings of the seed's inconsistencies", () => {
  for (const [file, code] of LITERAL) {
    it(`${file} → ${code}`, () => {
      const result = compileFile(join(literal, file));
      expect(result.ir).toBeNull();
      expect([...new Set(errorCodes(join(literal, file)))]).toEqual([code]);
    });
  }
});
