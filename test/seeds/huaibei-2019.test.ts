// Seed 002: 淮北市 2019 年电子政务工作绩效年终考评 (schemes/huaibei-2019.kaohe).
// Every expected figure below is computed by hand from the seed table and the language's stated
// meaning (language/README.md), with the arithmetic beside it; none is read back from the scorer.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { errorCodes, loadSeed, readJson, type Scorer } from "./support.js";
import type { UnitResult } from "../../generators/scorer/result.js";
import { ORDINARY, type Expected } from "./huaibei-2019.figures.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemePath = join(root, "schemes/huaibei-2019.kaohe");
const examples = join(root, "examples/huaibei-2019");
const literal = join(root, "test/seeds/literal");

let ir: SchemeIR;
let scorer: Scorer;

beforeAll(async () => {
  ({ ir, scorer } = await loadSeed(schemePath));
});

// ------------------------------------------------------------------------------------------ (a)
describe("huaibei-2019: compiles", () => {
  it("has no errors", () => {
    expect(errorCodes(schemePath)).toEqual([]);
  });

  it("reads the header and the rounding it declares", () => {
    expect(ir.meta.title).toBe("2019年电子政务工作绩效年终考评指标体系及目标责任分解表");
    expect(ir.meta.year).toBe("2019");
    expect(ir.rounding).toEqual({ digits: 2, mode: "half-up", stage: "item" });
  });

  it("needs no other units: 028's rank is among the 16 cities, reported per unit", () => {
    expect(ir.crossUnit).toBe(false);
    expect(ir.rankings).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------ (b)
// [section, parent section, points, number of coded items beneath it], read off the seed table.
const SECTIONS: Array<[string, string | null, string, number]> = [
  ["发展环境", null, "14", 5], // 一级 (14) = 8 + 6; items 001–005
  ["工作统筹协调", "发展环境", "8", 3], // 二级 (8) = 001 4 + 002 2 + 003 2
  ["政务信息化项目管理", "发展环境", "6", 2], // 二级 (6) = 004 3 + 005 3
  ["基础设施", null, "6", 2], // 一级 (6) = 6; items 006–007
  ["统一的电子政务外网", "基础设施", "6", 2], // 二级 (6) = 006 3 + 007 3
  ["重点系统应用", null, "42", 12], // 一级 (42) = 10 + 6 + 6 + 10 + 8 + 2; items 008–019
  ["一体化网上政务服务平台", "重点系统应用", "10", 1], // 二级 (10) = 008 10
  ["法制监督平台", "重点系统应用", "6", 2], // 二级 (6) = 平台应用 6
  ["平台应用", "法制监督平台", "6", 2], // 三级 (6) = 009 3 + 010 3
  ["公共资源交易监管平台", "重点系统应用", "6", 1], // 二级 (6) = 011 6
  ["公共信用信息共享服务平台", "重点系统应用", "10", 5], // 二级 (10) = 数据共享情况 8 + 016 2
  ["数据共享情况", "公共信用信息共享服务平台", "8", 4], // 三级 (8) = 012–015, 2 each
  ["投资项目在线审批监管平台", "重点系统应用", "8", 2], // 二级 (8) = 017 4 + 018 4
  ["市政府公文处理系统", "重点系统应用", "2", 1], // 二级 (2) = 019 2
  ["政务信息资源交换共享和开发利用", null, "28", 11], // 一级 (28) = 18 + 6 + 4; items 020–030
  ["政务信息资源整合共享", "政务信息资源交换共享和开发利用", "18", 7], // 二级 (18) = 4+3+3+2+2+4; 020–026
  ["系统整合情况", "政务信息资源整合共享", "4", 2], // 三级 (4) = 025 2 + 026 2
  ["电子证照使用", "政务信息资源交换共享和开发利用", "6", 3], // 二级 (6) = 制证情况 5 + 029 1
  ["制证情况", "电子证照使用", "5", 2], // 三级 (5) = 027 3 + 028 2
  ["明确信息共享需求", "政务信息资源交换共享和开发利用", "4", 1], // 二级 (4) = 030 4
  ["安全保障", null, "10", 5], // 一级 (10) = 2 + 2 + 2 + 4; items 031–035
  ["网络安全", "安全保障", "2", 1], // 二级 (2) = 031 2
  ["信息系统安全", "安全保障", "2", 1], // 二级 (2) = 032 2
  ["数据安全", "安全保障", "2", 1], // 二级 (2) = 033 2
  ["管理安全", "安全保障", "4", 2], // 二级 (4) = 034 2 + 035 2
];

// [item code, parent section, points]: the 编号 and 分值 columns of the seed.
const ITEMS: Array<[string, string, string]> = [
  ["001", "工作统筹协调", "4"],
  ["002", "工作统筹协调", "2"],
  ["003", "工作统筹协调", "2"],
  ["004", "政务信息化项目管理", "3"],
  ["005", "政务信息化项目管理", "3"],
  ["006", "统一的电子政务外网", "3"],
  ["007", "统一的电子政务外网", "3"],
  ["008", "一体化网上政务服务平台", "10"],
  ["009", "平台应用", "3"],
  ["010", "平台应用", "3"],
  ["011", "公共资源交易监管平台", "6"],
  ["012", "数据共享情况", "2"],
  ["013", "数据共享情况", "2"],
  ["014", "数据共享情况", "2"],
  ["015", "数据共享情况", "2"],
  ["016", "公共信用信息共享服务平台", "2"],
  ["017", "投资项目在线审批监管平台", "4"],
  ["018", "投资项目在线审批监管平台", "4"],
  ["019", "市政府公文处理系统", "2"],
  ["020", "政务信息资源整合共享", "4"],
  ["021", "政务信息资源整合共享", "3"],
  ["022", "政务信息资源整合共享", "3"],
  ["023", "政务信息资源整合共享", "2"],
  ["024", "政务信息资源整合共享", "2"],
  ["025", "系统整合情况", "2"],
  ["026", "系统整合情况", "2"],
  ["027", "制证情况", "3"],
  ["028", "制证情况", "2"],
  ["029", "电子证照使用", "1"],
  ["030", "明确信息共享需求", "4"],
  ["031", "网络安全", "2"],
  ["032", "信息系统安全", "2"],
  ["033", "数据安全", "2"],
  ["034", "管理安全", "2"],
  ["035", "管理安全", "2"],
];

describe("huaibei-2019: structure", () => {
  function itemsBeneath(id: string): number {
    const node = ir.nodes.find((n) => n.id === id);
    if (node === undefined) return -1;
    if (node.kind === "item") return 1;
    return node.children.reduce((sum, child) => sum + itemsBeneath(child), 0);
  }

  it("has every section at its level with its points and its number of items", () => {
    const actual = ir.nodes
      .filter((n) => n.kind === "section")
      .map((n) => [n.id, n.parent, n.points, itemsBeneath(n.id)]);
    expect(actual).toEqual(SECTIONS);
  });

  it("has items 001–035 in order, each in its section with its points and its code", () => {
    const actual = ir.nodes
      .filter((n) => n.kind === "item")
      .map((n) => [n.id, n.parent, n.points]);
    expect(actual).toEqual(ITEMS);
    for (const [id] of ITEMS) expect(ir.nodes.find((n) => n.id === id)?.meta.code).toBe(id);
  });

  it("has one implicit pool that reaches 100: 14 + 6 + 42 + 28 + 10", () => {
    expect(ir.pools.map((p) => [p.kind, p.max, p.min])).toEqual([["base", "100", "0"]]);
  });

  it("keeps the table's columns as metadata", () => {
    const meta = (id: string) => ir.nodes.find((n) => n.id === id)?.meta;
    expect(meta("011")).toMatchObject({ lead: "装备科", support: "计财科", provider: "市公共资源交易中心提供" });
    expect(meta("007")).toMatchObject({ lead: "信息中心", provider: "市大数据资源局提供" });
    expect(meta("021")).toMatchObject({ method: "平台检查", lead: "信息中心", support: "政策法规科、办公室" });
    expect(meta("003")?.evidence).toBe("参加有关业务培训的文件通知等佐证材料");
  });

  it("declares the inputs the seed's rules read", () => {
    const item = (id: string) => {
      const node = ir.nodes.find((n) => n.id === id);
      return node?.kind === "item" ? node : undefined;
    };
    // 006/007: one fact, three ways of being connected.
    expect(ir.facts.map((f) => [f.name, f.type])).toEqual([
      ["外网接入方式", { kind: "option", options: ["专线接入", "非专线接入", "未接入"] }],
    ]);
    // 028: a rank among the 16 cities of the province.
    expect(item("028")?.inputs[0]?.type).toEqual({ kind: "rank", of: 16 });
    // 030: the five elements the seed names.
    expect(item("030")?.inputs[1]?.type).toEqual({
      kind: "checklist",
      elements: ["数据字段", "格式", "共享范围", "共享方式", "更新频率"],
    });
    // 008: a score imported on the item's 10 points.
    expect(item("008")?.inputs[0]?.type).toEqual({ kind: "score", fullMarks: "10" });
  });

  it("035: each part is a graded score inside a branch on its fact (最高1分, 未制定/未开展不得分)", () => {
    const node = ir.nodes.find((n) => n.id === "035");
    if (node?.kind !== "item") throw new Error("no item 035");
    expect(node.inputs.map((i) => [i.name, i.type.kind])).toEqual([
      ["已制定应急预案", "bool"],
      ["应急预案评分", "score"],
      ["已开展应急演练", "bool"],
      ["应急演练评分", "score"],
    ]);
    // "制定应急预案并正式发布的,最高1分,未制定不得分"; "进行了全面的应急演练的,最高1分,未开展不得分"
    const part = (fact: string, score: string) => ({
      k: "part",
      max: "1",
      clauses: [
        {
          k: "branch",
          cond: { k: "input", ref: { item: "035", name: fact } },
          then: [{ k: "value", expr: { k: "input", ref: { item: "035", name: score } } }],
          otherwise: [],
        },
      ],
    });
    expect(node.clauses).toMatchObject([part("已制定应急预案", "应急预案评分"), part("已开展应急演练", "应急演练评分")]);
  });
});

// ------------------------------------------------------------------------------------------ (c)

function figures(r: UnitResult): Expected {
  return {
    items: Object.fromEntries(Object.entries(r.items).map(([id, x]) => [id, x.score])),
    sections: Object.fromEntries(Object.entries(r.sections).map(([id, x]) => [id, x.score])),
    total: r.total,
  };
}

function expectFigures(r: UnitResult, expected: Expected): void {
  expect(figures(r)).toEqual(expected);
  expect(r.complete).toBe(true);
  expect(r.vetoes).toEqual([]);
}

// Full marks (examples/huaibei-2019/full-marks.json, 市教育局): every item at its points.
const FULL: Expected = {
  items: {
    "001": "4", // 参加 3 项 × 1分 = 3 → 最高 2; 对接 2 次 × 1分 = 2; 2 + 2
    "002": "2", // 本年计划 1 + 下年计划 1
    "003": "2", // 培训 2 次 × 1分 = 2 (最高 2)
    "004": "3", // 评定 3 of 3
    "005": "3", // 评定 3 of 3
    "006": "3", // 专线接入 → 3
    "007": "3", // 已接入, 中断 0, 事故 0 → 3
    "008": "10", // 考核结果 10
    "009": "3", // 使用平台备案 → 3
    "010": "3", // 使用平台管理执法人员 → 3
    "011": "6", // 100% × 6分 = 6
    "012": "2",
    "013": "2",
    "014": "2",
    "015": "2",
    "016": "2",
    "017": "4",
    "018": "4",
    "019": "2", // 0.8 + 0.8 + 0.4 = 2
    "020": "4", // 编制且发布 2 + 常态化更新 2
    "021": "3", // 20 ÷ 20 × 3分 = 3
    "022": "3",
    "023": "2",
    "024": "2",
    "025": "2", // 制度、方案、时间表 1 + 上报进展 1
    "026": "2", // 100% × 1分 + 100% × 1分
    "027": "3", // 12 ÷ 12 × 3分 = 3
    "028": "2", // 第1名 ≤ 5 → 2
    "029": "1", // 2 类 × 0.5分 = 1 (最高 1)
    "030": "4", // 专门分析 2 + 5 要素 × 0.5分 = 2.5 → 最高 2
    "031": "2", // 经统一出口 → 2
    "032": "2", // 3 项均完成 → 2
    "033": "2",
    "034": "2",
    "035": "2", // 已制定 → 预案评分 1 (最高 1) + 已开展 → 演练评分 1 (最高 1) = 2
  },
  sections: {
    发展环境: "14", // 8 + 6
    工作统筹协调: "8", // 4 + 2 + 2
    政务信息化项目管理: "6", // 3 + 3
    基础设施: "6",
    统一的电子政务外网: "6", // 3 + 3
    重点系统应用: "42", // 10 + 6 + 6 + 10 + 8 + 2
    一体化网上政务服务平台: "10",
    法制监督平台: "6",
    平台应用: "6", // 3 + 3
    公共资源交易监管平台: "6",
    公共信用信息共享服务平台: "10", // 8 + 2
    数据共享情况: "8", // 2 × 4
    投资项目在线审批监管平台: "8", // 4 + 4
    市政府公文处理系统: "2",
    政务信息资源交换共享和开发利用: "28", // 18 + 6 + 4
    政务信息资源整合共享: "18", // 4 + 3 + 3 + 2 + 2 + 4
    系统整合情况: "4", // 2 + 2
    电子证照使用: "6", // 5 + 1
    制证情况: "5", // 3 + 2
    明确信息共享需求: "4",
    安全保障: "10", // 2 + 2 + 2 + 4
    网络安全: "2",
    信息系统安全: "2",
    数据安全: "2",
    管理安全: "4", // 2 + 2
  },
  total: "100", // 14 + 6 + 42 + 28 + 10
};

// The paths example (paths.json, 市卫健委, 未接入): both sub-caps of 001, the caps of 003, 029
// and 030 (030 exactly at its cap), 021 and 027 at their whole share (every catalogue hooked, every
// claimed licence type issued: more is refused by the scheme's constraints, see below), 019's sub-caps reached exactly, 006's 未接入, 007's
// connection condition, 031's unscored fourth way, 032's lower tier, 028's disputed 5th place,
// 035's "未制定不得分" overriding an awarded score, and rounding that carries 4.9998 up to 5.
const PATHS: Expected = {
  items: {
    "001": "4", // 参加 5 × 1分 = 5 → 最高 2; 对接 4 × 1分 = 4 → 最高 2; 2 + 2
    "002": "1", // 本年计划 无 0 + 下年计划 有 1
    "003": "0", // 培训 0 次
    "004": "0",
    "005": "3",
    "006": "0", // 未接入 → 0
    "007": "0", // 中断 0, 事故 0, but 未接入: not a connected unit → 0
    "008": "0",
    "009": "0",
    "010": "3",
    "011": "5", // 83.33% × 6分 = 4.9998 → 2 位四舍五入 5.00 = 5
    "012": "0",
    "013": "0.5",
    "014": "2",
    "015": "0",
    "016": "0",
    "017": "0",
    "018": "2",
    "019": "1.2", // 及时性 0.8 (its cap) + 质量 0 + 互动 0.4 (its cap)
    "020": "0", // 未编制 0 + 未更新 0
    "021": "3", // 10 ÷ 10 × 3分 = 3
    "022": "3",
    "023": "0",
    "024": "2",
    "025": "0", // 缺管理制度 0 + 未上报 0
    "026": "1", // 0% × 1分 + 100% × 1分
    "027": "3", // 6 ÷ 6 × 3分 = 3
    "028": "2", // 第5名: in 前5名 (and in the literal 5-10名); resolved ≤ 5 → 2
    "029": "1", // 3 类 × 0.5分 = 1.5 → 最高 1
    "030": "2", // 未专门分析 0 + 4 要素 × 0.5分 = 2 (= 最高 2)
    "031": "0", // 经安全设备未备案 → 0
    "032": "1", // 完成 1 项 (整改) ∈ [1, 3) → 1
    "033": "0",
    "034": "1",
    "035": "1", // 未制定 → 0 although 预案评分 0.5 was awarded (未制定不得分) + 已开展 → 演练评分 1 = 1
  },
  sections: {
    发展环境: "8", // 5 + 3
    工作统筹协调: "5", // 4 + 1 + 0
    政务信息化项目管理: "3", // 0 + 3
    基础设施: "0",
    统一的电子政务外网: "0", // 0 + 0
    重点系统应用: "13.7", // 0 + 3 + 5 + 2.5 + 2 + 1.2
    一体化网上政务服务平台: "0",
    法制监督平台: "3",
    平台应用: "3", // 0 + 3
    公共资源交易监管平台: "5",
    公共信用信息共享服务平台: "2.5", // 2.5 + 0
    数据共享情况: "2.5", // 0 + 0.5 + 2 + 0
    投资项目在线审批监管平台: "2", // 0 + 2
    市政府公文处理系统: "1.2",
    政务信息资源交换共享和开发利用: "17", // 9 + 6 + 2
    政务信息资源整合共享: "9", // 0 + 3 + 3 + 0 + 2 + 1
    系统整合情况: "1", // 0 + 1
    电子证照使用: "6", // 5 + 1
    制证情况: "5", // 3 + 2
    明确信息共享需求: "2",
    安全保障: "3", // 0 + 1 + 0 + 2
    网络安全: "0",
    信息系统安全: "1",
    数据安全: "0",
    管理安全: "2", // 1 + 1
  },
  total: "41.7", // 8 + 0 + 13.7 + 17 + 3
};

describe("huaibei-2019: examples scored one at a time", () => {
  const cases: Array<[string, Expected]> = [
    ["full-marks.json", FULL],
    ["ordinary.json", ORDINARY],
    ["paths.json", PATHS],
  ];
  for (const [file, expected] of cases) {
    it(`scores ${file}`, () => {
      expectFigures(scorer.score(readJson(join(examples, file))), expected);
    });
  }

  it("gives every item its points as its maximum", () => {
    const r = scorer.score(readJson(join(examples, "full-marks.json")));
    expect(Object.fromEntries(Object.entries(r.items).map(([id, x]) => [id, x.max]))).toEqual(
      Object.fromEntries(ITEMS.map(([id, , points]) => [id, points])),
    );
  });
});

// The batch (examples/huaibei-2019/batch/): four units. No rule compares units (028's rank is
// the province's, reported per unit), so each unit scores as it would alone; the batch has no
// ranking because the seed declares none. Every unit starts from the same baseline and differs
// in the items listed for it.
const BATCH_BASE_ITEMS: Record<string, string> = {
  ...FULL.items,
  "001": "4", // 参加 2 × 1分 = 2; 对接 2 × 1分 = 2
  "008": "9", // 考核结果 9
  "011": "5.4", // 90% × 6分 = 5.4
  "021": "3", // 10 ÷ 10 × 3分
  "027": "3", // 3 ÷ 3 × 3分
};
const BATCH_BASE_SECTIONS: Record<string, string> = {
  ...FULL.sections,
  一体化网上政务服务平台: "9",
  公共资源交易监管平台: "5.4",
  重点系统应用: "40.4", // 9 + 6 + 5.4 + 10 + 8 + 2
};

const BATCH: Array<[string, Expected]> = [
  [
    "1-zhujian.json", // 市住建局
    {
      items: {
        ...BATCH_BASE_ITEMS,
        "027": "2", // 2 ÷ 3 × 3分 = 2 exactly (rationals inside)
        "028": "1", // 第6名 ∈ (5, 10] → 1
        "031": "0", // 未经安全设备 → 0
        "032": "0", // 完成 0 项 < 1 → 0
      },
      sections: {
        ...BATCH_BASE_SECTIONS,
        制证情况: "3", // 2 + 1
        电子证照使用: "4", // 3 + 1
        政务信息资源交换共享和开发利用: "26", // 18 + 4 + 4
        网络安全: "0",
        信息系统安全: "0",
        安全保障: "6", // 0 + 0 + 2 + 4
      },
      total: "92.4", // 14 + 6 + 40.4 + 26 + 6
    },
  ],
  [
    "2-jiaotong.json", // 市交通运输局
    {
      items: {
        ...BATCH_BASE_ITEMS,
        "011": "0", // 0% × 6分
        "021": "0", // 0 ÷ 4 × 3分
        "026": "0.5", // 50% × 1分 + 0% × 1分
        "028": "1", // 第10名 ∈ (5, 10] → 1 ("5-10名" includes 10)
      },
      sections: {
        ...BATCH_BASE_SECTIONS,
        公共资源交易监管平台: "0",
        重点系统应用: "35", // 9 + 6 + 0 + 10 + 8 + 2
        系统整合情况: "2.5", // 2 + 0.5
        政务信息资源整合共享: "13.5", // 4 + 0 + 3 + 2 + 2 + 2.5
        制证情况: "4", // 3 + 1
        电子证照使用: "5", // 4 + 1
        政务信息资源交换共享和开发利用: "22.5", // 13.5 + 5 + 4
      },
      total: "87.5", // 14 + 6 + 35 + 22.5 + 10
    },
  ],
  [
    "3-wenlv.json", // 市文旅局
    {
      items: {
        ...BATCH_BASE_ITEMS,
        "001": "1", // 参加 0 + 对接 1 × 1分
        "028": "0", // 第11名 > 10 ("10名以后") → 0
        "029": "0", // 0 类
        "030": "0", // 未专门分析 0 + 0 要素
      },
      sections: {
        ...BATCH_BASE_SECTIONS,
        工作统筹协调: "5", // 1 + 2 + 2
        发展环境: "11", // 5 + 6
        制证情况: "3", // 3 + 0
        电子证照使用: "3", // 3 + 0
        明确信息共享需求: "0",
        政务信息资源交换共享和开发利用: "21", // 18 + 3 + 0
      },
      total: "88.4", // 11 + 6 + 40.4 + 21 + 10
    },
  ],
  [
    "4-shuiwu.json", // 市水务局, 非专线接入
    {
      items: {
        ...BATCH_BASE_ITEMS,
        "006": "1", // 非专线接入 → 1
        "007": "0", // 已接入, but 事故 2 次 → 0
        "021": "1", // 1 ÷ 3 × 3分 = 1 exactly
        "027": "0.43", // 1 ÷ 7 × 3分 = 0.428571… → 四舍五入 0.43
        "028": "0", // 第16名 > 10 → 0
      },
      sections: {
        ...BATCH_BASE_SECTIONS,
        统一的电子政务外网: "1", // 1 + 0
        基础设施: "1",
        政务信息资源整合共享: "16", // 4 + 1 + 3 + 2 + 2 + 4
        制证情况: "0.43", // 0.43 + 0
        电子证照使用: "1.43", // 0.43 + 1
        政务信息资源交换共享和开发利用: "21.43", // 16 + 1.43 + 4
      },
      total: "86.83", // 14 + 1 + 40.4 + 21.43 + 10
    },
  ],
];

describe("huaibei-2019: the batch scored together", () => {
  it("has one file per unit in the batch folder", () => {
    expect(readdirSync(join(examples, "batch")).sort()).toEqual(BATCH.map(([file]) => file));
  });

  it("scores every unit of the batch", () => {
    const subs = BATCH.map(([file]) => readJson(join(examples, "batch", file)));
    const result = scorer.scoreAll(subs);
    expect(result.ranking).toBeNull();
    expect(result.units.map((u) => u.unit.name)).toEqual(["市住建局", "市交通运输局", "市文旅局", "市水务局"]);
    result.units.forEach((unit, i) => expectFigures(unit, BATCH[i]![1]));
  });
});

// ------------------------------------------------------------------------------------------ (d)
describe("huaibei-2019: submissions the seed makes impossible are refused, not scored", () => {
  // 021 "挂接具体数据资源的目录数/部门目录总数": the hooked catalogues are some of the unit's
  // catalogues; 027 "制证种类/认领省下发制证目录种类": the types issued are some of those claimed.
  // 12 of 10 and 9 of 6 used to score 3.6 and 4.5, capped to full marks; they are refused now.
  // examples/huaibei-2019/refused/more-than-there-is.json: paths.json with 12 of 10 and 9 of 6.
  const impossible = () => readJson(join(examples, "refused", "more-than-there-is.json"));

  it("the scorer refuses 12 of 10 catalogues and 9 of 6 licence types, naming both inputs", () => {
    let refused: unknown = null;
    try {
      scorer.score(impossible());
    } catch (err) {
      refused = err;
    }
    const problems = (refused as { problems?: Array<{ code: string; path: string; message: Record<string, string> }> }).problems ?? [];
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["S130", "/items/021/挂接数据资源的目录数"],
      ["S130", "/items/027/制证种类数"],
    ]);
    expect(problems[0]!.message["zh-CN"]).toContain("挂接数据资源的目录数 = 12，部门目录总数 = 10");
    expect(problems[0]!.message["zh-CN"]).toContain("不能多于目录总数");
    expect(problems[1]!.message.en).toContain("制证种类数 = 9, 认领制证目录种类数 = 6");
  });
});

describe("huaibei-2019: literal readings of the seed", () => {
  it("028 read literally: 5th place is in 前5名 and in 5-10名 (E502)", () => {
    expect(errorCodes(join(literal, "huaibei-2019-028-overlap.kaohe"))).toEqual(["E502"]);
  });

  it("032 read literally: all three done also gets the 'any one' point, 3 of 2 (E402)", () => {
    expect(errorCodes(join(literal, "huaibei-2019-032-both-rules.kaohe"))).toEqual(["E402"]);
  });

  it("021 read literally: the formula is not bounded by the item's 3 points (E402)", () => {
    expect(errorCodes(join(literal, "huaibei-2019-021-unbounded.kaohe"))).toEqual(["E402"]);
  });

  it("031 read literally: 经安全设备 but 未备案 is in no sentence (W702, still compiles)", () => {
    const result = compileFile(join(literal, "huaibei-2019-031-gap.kaohe"));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["W702"]);
    expect(result.ir).not.toBeNull();
  });
});
