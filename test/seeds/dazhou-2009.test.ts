// Seed 003: 達州市 2009 年度全市政務信息和政務信息化工作目標任務考核辦法 (schemes/dazhou-2009.kaohe).
// Every expected figure below is computed by hand from the seed text and the language's stated
// meaning (language/README.md), with the arithmetic beside it; none is read back from the scorer.
//
// Decisions the figures rest on (each is argued, with the clause quoted, in the scheme's comments):
// - 甲 政務信息 is an uncapped `调整` pool that applies to 縣區、市級部門、駐外辦事處 (the units of
//   tables 一、二、三); 乙 政務信息化 is a 100-point base pool that applies to the city as a whole
//   (unit 達州市, kind 全市); every “加X分” and 三(三)'s deductions count beyond their item's points
//   in the item's section (`计入 <section>`: 一(二)、一(三) in 一, 二(一)2 in 二(一), 二(二)'s
//   overflow in 二, 三(二)、三(三) in 三); the pool's 100 still caps the total of 乙 (the seed gives
//   the sections no cap). A pool, section or item that does not apply to a unit's kind is
//   absent from its result (README: “not submitted, not scored, not N/A”).
// - 二(二): raw sum on the 300 scale × 10/300; what exceeds 10 counts in section 二, at most 20
//   (the 20 is on the same scale as “完成計10分”).
// - Floors of 0 on 二(一)2, 二(一)3, 二(二), 四(一); 三(三) has no floor.
// - Rounding: 2 decimals, half up, at each item.
// - 四(五) “所得分數,另按40%計入所屬單位總分”: an unbounded 分数 input × 40%.
// - 二(二)1 “每月…報送信息不少于100條,計80分” and 四(一) “每月不少于1次,完成計10分”: one count per
//   month of 2009 (1月–12月: 乙 is the province's scheme for the year; 甲's 四(七) “從今年4月份開始執行”
//   is about 甲's adoption scores only), the points when the least month reaches the line
//   (`若 最小(月報送條數) ≥ 100`, `若 最小(月更新次數) ≥ 1`); “不少于” includes the line itself.
// - 二(一)2: one reply rate per interactive column the unit opened (an open list, 维度 互動欄目); 5
//   when 项数(回復率) ≥ 2 and the yes/no 及時反饋回復 (a rate says how many messages were answered, not
//   whether in time); each column beyond 2 +1 in 二(一); each column < 50% −1 (50% itself is not).
// - Completion = 政務信息 ÷ 目標分數 (`目标 目標分數 计入 政務信息`); 達州市 has no 目標分數 (the seed
//   gives none), so no target and no completion. Ranking by completion, descending, no marks.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Item, SchemeIR, Section } from "../../compiler/ir.js";
import { errorCodes, loadSeed, readJson, type Scorer } from "./support.js";
import type { UnitResult } from "../../generators/scorer/result.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const schemePath = join(root, "schemes/dazhou-2009.kaohe");
const examples = join(root, "examples/dazhou-2009");
const literal = join(root, "test/seeds/literal");

let ir: SchemeIR;
let scorer: Scorer;

beforeAll(async () => {
  ({ ir, scorer } = await loadSeed(schemePath));
});

// ------------------------------------------------------------------------------------------ (a)
describe("dazhou-2009: compiles", () => {
  it("has no errors", () => {
    expect(errorCodes(schemePath)).toEqual([]);
  });

  it("reads the header, the rounding, the target and the ranking it declares", () => {
    expect(ir.meta.title).toBe("2009年度全市政務信息和政務信息化工作目標任務考核辦法");
    expect(ir.meta.year).toBe("2009");
    expect(ir.meta.version).toBe("二○○九年四月十六日");
    expect(ir.meta.description).toContain("川辦發〔2009〕24號");
    expect(ir.rounding).toEqual({ digits: 2, mode: "half-up", stage: "item" });
    expect(ir.target).toEqual({ column: "目標分數", pool: "政務信息" });
    expect(ir.rankings).toEqual([
      { id: null, title: null, appliesTo: null, by: "completion", figure: null, order: "desc", ties: "competition", marks: [] },
    ]);
  });
});

// ------------------------------------------------------------------------------------------ (b)
describe("dazhou-2009: structure against the seed", () => {
  it("has the two pools, each for the units it assesses", () => {
    const pools = ir.pools.map((p) => [p.id, p.kind, p.points, p.appliesTo]);
    expect(pools).toEqual(
      expect.arrayContaining([
        // 甲: counted adoptions, no full marks; the units of 一、縣(市、區) 二、市級部門 三、駐外辦事處, and
        // 四(五) “未下達目標任務但通過市政府辦公業務資源網報送信息的部門(單位),均作為信息直報點單獨計分”
        ["政務信息", "adjustment", null, ["縣區", "市級部門", "駐外辦事處", "信息直報點"]],
        // 乙: 一 30 + 二 30 + 三 20 + 四 20; the city as a whole
        ["政務信息化", "base", "100", ["全市"]],
      ]),
    );
    expect(ir.pools).toHaveLength(2);
  });

  it("applies 甲's items to the counties, departments and offices and 乙's nodes to 全市 only", () => {
    const jia = ["日報省信息", "政務快訊", "圖片新聞", "省辦采用", "直報點"];
    for (const n of ir.nodes) {
      expect(n.appliesTo, n.id).toEqual(jia.includes(n.id) ? ["縣區", "市級部門", "駐外辦事處", "信息直報點"] : ["全市"]);
    }
  });

  it("reads 二(二)1 and 四(一)'s monthly lines as one count per month of 2009", () => {
    // “每月向四川省人民政府門戶網站報送信息不少于100條”, “每月不少于1次”: 12 months, 1月 to 12月
    const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
    // and 二(一)2's interactive columns, an open list (“領導信箱、民意征集等”: no elements listed)
    expect(ir.dimensions.map((d) => [d.id, d.elements])).toEqual([["月份", months], ["互動欄目", null]]);
    const input = (item: string, name: string) =>
      ir.nodes.find((x): x is Item => x.kind === "item" && x.id === item)!.inputs.find((i) => i.name === name)!;
    for (const [item, name] of [["省網站內容保障", "月報送條數"], ["外網管理系統更新", "月更新次數"]] as const) {
      const i = input(item, name);
      expect([i.type.kind, i.list], name).toEqual(["count", { dimension: "月份", elements: months }]);
    }
  });

  it("reads 二(一)2 as one reply rate per interactive column, 0% to 100%, beside a yes/no for 及時反饋回復", () => {
    const n = ir.nodes.find((x): x is Item => x.kind === "item" && x.id === "互動交流欄目")!;
    expect(n.inputs.map((i) => [i.name, i.type.kind, i.list?.dimension ?? null])).toEqual([
      ["回復率", "rate", "互動欄目"],
      ["及時反饋回復", "bool", null],
    ]);
  });

  it("takes 四(五)'s 直報點 score as an unbounded score (“所得分數,另按40%計入”)", () => {
    const n = ir.nodes.find((x): x is Item => x.kind === "item" && x.id === "直報點")!;
    expect(n.inputs.map((i) => [i.name, i.type])).toEqual([["直報點分數", { kind: "score", fullMarks: null }]]);
  });

  // [section, parent, points, children], read off 乙's headings.
  const SECTIONS: Array<[string, string | null, string, string[]]> = [
    ["審批監察", null, "30", ["數據交換平臺", "專網數據交換", "網站安全對接", "外網接入"]], // 一 (30分) = 10 + 5 + 10 + 5
    ["政府網站", null, "30", ["網站規范", "省網站內容保障"]], // 二 (30分) = (一)20 + (二)10
    ["網站規范", "政府網站", "20", ["信息公開欄目", "互動交流欄目", "網頁監測"]], // 二(一) 計20分 = 10 + 5 + 5
    ["無紙化傳輸", null, "20", ["傳輸平臺", "傳輸推廣", "應用承接"]], // 三 (20分) = 10 + 10 (+ 三(三) deductions only)
    ["網絡運行", null, "20", ["外網管理系統更新", "網站安全防護", "安全保密"]], // 四 (20分) = 10 + 5 + 5
  ];

  // [item, parent, points, pool, 编号], in document order.
  const ITEMS: Array<[string, string | null, string | null, string, string | null]> = [
    ["日報省信息", null, null, "政務信息", null], // 四(一) 2 / 4 per adoption
    ["政務快訊", null, null, "政務信息", null], // 四(二) 2 / 3 / 1, +4 per 批示
    ["圖片新聞", null, null, "政務信息", null], // 四(三) 1 per adoption
    ["省辦采用", null, null, "政務信息", null], // 四(四) +4 per adoption, +8 per 批示
    ["直報點", null, null, "政務信息", null], // 四(五) × 40%
    ["數據交換平臺", "審批監察", "10", "政務信息化", "一(一)"], // 計10分
    ["專網數據交換", "審批監察", "5", "政務信息化", "一(二)"], // 計5分 (+1 each, at most +5)
    ["網站安全對接", "審批監察", "10", "政務信息化", "一(三)"], // 計10分 (+2)
    ["外網接入", "審批監察", "5", "政務信息化", "一(四)"], // 計5分
    ["信息公開欄目", "網站規范", "10", "政務信息化", "二(一)1"], // 計10分
    ["互動交流欄目", "網站規范", "5", "政務信息化", "二(一)2"], // 計5分 (+1 per column, −1 per column)
    ["網頁監測", "網站規范", "5", "政務信息化", "二(一)3"], // 計5分 (−1 each, at most −5)
    ["省網站內容保障", "政府網站", "10", "政務信息化", "二(二)"], // 計10分 on a 300 scale
    ["傳輸平臺", "無紙化傳輸", "10", "政務信息化", "三(一)"], // 計10分
    ["傳輸推廣", "無紙化傳輸", "10", "政務信息化", "三(二)"], // 計10分 (+5, +5)
    ["應用承接", "無紙化傳輸", "0", "政務信息化", "三(三)"], // 未完成每項扣2分, no points: 0, the deduction in 三
    ["外網管理系統更新", "網絡運行", "10", "政務信息化", "四(一)"], // 計10分 (−1, −0.2 each)
    ["網站安全防護", "網絡運行", "5", "政務信息化", "四(二)"], // 計5分
    ["安全保密", "網絡運行", "5", "政務信息化", "四(三)"], // 計5分
  ];

  it("has 乙's sections with their points and children", () => {
    const sections = ir.nodes.filter((n): n is Section => n.kind === "section");
    expect(sections.map((s) => [s.id, s.parent, s.points, s.children])).toEqual(SECTIONS);
  });

  it("has every item of both parts, in order, with its points, pool and number", () => {
    const items = ir.nodes.filter((n): n is Item => n.kind === "item");
    expect(items.map((i) => [i.id, i.parent, i.points, i.pool, i.meta.code])).toEqual(ITEMS);
  });

  it("base points add up to 100: 30 + 30 + 20 + 20", () => {
    const top = ir.nodes.filter((n) => n.kind === "section" && n.parent === null);
    expect(top.map((s) => s.points)).toEqual(["30", "30", "20", "20"]);
  });

  it("counts every “加X分”, 二(二)'s overflow and 三(三) in the item's section, beyond its points", () => {
    const item = (id: string) => ir.nodes.find((n): n is Item => n.kind === "item" && n.id === id)!;
    const into = ["專網數據交換", "網站安全對接", "互動交流欄目", "省網站內容保障", "傳輸推廣", "應用承接"].map((id) => [
      id,
      item(id).intoSections,
      item(id).otherPools,
    ]);
    expect(into).toEqual([
      ["專網數據交換", ["審批監察"], []], // 一(二) “每個加1分,最高加5分”
      ["網站安全對接", ["審批監察"], []], // 一(三) “加2分”
      ["互動交流欄目", ["網站規范"], []], // 二(一)2 “每增加1個欄目加1分”
      ["省網站內容保障", ["政府網站"], []], // 二(二) “超額完成合計最高加分不超過20分”
      ["傳輸推廣", ["無紙化傳輸"], []], // 三(二) “加5分” twice
      ["應用承接", ["無紙化傳輸"], []], // 三(三) “未完成每項扣2分”
    ]);
    // 二(二): “按比例換算為300分計算。完成計10分,超額完成合計最高加分不超過20分”
    expect(item("省網站內容保障").rescale).toEqual({
      from: "300",
      to: "10",
      overflow: { pool: "政務信息化", section: "政府網站", max: "20" },
    });
    // Floors chosen where the seed gives deductions and no floor; 三(三) has none.
    expect(["互動交流欄目", "網頁監測", "省網站內容保障", "外網管理系統更新"].map((id) => item(id).floor)).toEqual(["0", "0", "0", "0"]);
    expect(item("應用承接").floor).toBeNull();
  });

  it("cites the seed on every node", () => {
    for (const n of ir.nodes) expect(n.meta.source, n.id).toMatch(/^seed 003 /);
  });

  it("lists the units and targets of tables 一、二、三", () => {
    const byKind = (kind: string) => ir.units.filter((u) => u.kind === kind);
    const targets = (kind: string) => byKind(kind).map((u) => u.values["目標分數"]);
    // 一、縣(市、區): 通川區 達縣 萬源市 宣漢縣 大竹縣 渠縣 開江縣, each 150.
    expect(byKind("縣區").map((u) => u.name)).toEqual(["通川區", "達縣", "萬源市", "宣漢縣", "大竹縣", "渠縣", "開江縣"]);
    expect(targets("縣區")).toEqual(Array(7).fill("150"));
    // 二、市級部門: 46 rows (23 lines of 2); 30 × 9, 20 × 33, 15 × 4 → 270 + 660 + 60 = 990.
    const depts = byKind("市級部門");
    expect(depts).toHaveLength(46);
    const at = (v: string) => depts.filter((u) => u.values["目標分數"] === v).map((u) => u.name);
    expect(at("30")).toEqual([
      "市發展改革委", "市民政局", "市勞動保障局", "市交通局", "市林業局",
      "市審計局", "市統計局", "市畜牧食品局", "市地稅局",
    ]);
    expect(at("15")).toEqual(["市扶貧辦", "市防災減災救災辦", "市檢驗檢疫局", "市政務服務中心"]);
    expect(at("20")).toHaveLength(33);
    expect(at("20")).toEqual(expect.arrayContaining(["市經委", "市旅游局", "人行達州中心支行", "達州銀監分局"]));
    // 三、駐外辦事處: 2 × 30.
    expect(byKind("駐外辦事處").map((u) => [u.name, u.values["目標分數"]])).toEqual([
      ["市政府駐成都辦事處", "30"],
      ["市政府駐重慶辦事處", "30"],
    ]);
    // 乙 is scored for the city as a whole; the seed gives 達州市 no target, so its kind has no column.
    expect(byKind("全市").map((u) => [u.name, u.values])).toEqual([["達州市", {}]]);
    expect(ir.units).toHaveLength(7 + 46 + 2 + 1);
    expect(ir.unitKinds.map((k) => [k.id, k.columns])).toEqual([
      ["縣區", ["目標分數"]],
      ["市級部門", ["目標分數"]],
      ["駐外辦事處", ["目標分數"]],
      ["信息直報點", []],
      ["全市", []],
    ]);
    // 四(五): the 信息直報點 are not listed in the seed: the class is open
    expect(ir.unitKinds.filter((k) => k.open).map((k) => k.id)).toEqual(["信息直報點"]);
  });
});

// ------------------------------------------------------------------------------------------ (c)
interface Expected {
  total: string;
  pools: Record<string, string>;
  sections?: Record<string, string>;
  items: Record<string, string>;
  /** What an item counted in the sections that hold it, beyond its points. */
  itemSections?: Record<string, Record<string, string>>;
  target: string | null;
  completion: string | null;
}

// Every item and section of the unit's kind is in its result, and nothing of the other part.
function expectUnit(r: UnitResult, e: Expected): void {
  expect(r.total).toBe(e.total);
  expect(r.pools).toEqual(e.pools);
  const sections = Object.fromEntries(Object.entries(r.sections).map(([id, x]) => [id, x.score]));
  expect(sections).toEqual(e.sections ?? {});
  const items = Object.fromEntries(Object.entries(r.items).map(([id, x]) => [id, x.score]));
  expect(items).toEqual(e.items);
  for (const [id, sections] of Object.entries(e.itemSections ?? {})) expect(r.items[id]?.sections, id).toEqual(sections);
  expect(r.target).toBe(e.target);
  expect(r.completion).toBe(e.completion);
}

describe("dazhou-2009: examples scored one at a time", () => {
  const score = (file: string) => scorer.score(readJson(join(examples, file)));

  it("full-marks.json: 達州市 meets every 乙 item exactly, no bonus; 甲 is not its part", () => {
    const r = score("full-marks.json");
    expectUnit(r, {
      total: "100", // 政務信息化 100 (政務信息 does not apply to 全市)
      pools: { 政務信息化: "100" },
      sections: {
        審批監察: "30", // 10 + 5 + 10 + 5
        網站規范: "20", // 10 + 5 + 5
        政府網站: "30", // 20 + 10
        無紙化傳輸: "20", // 10 + 10
        網絡運行: "20", // 10 + 5 + 5
      },
      items: {
        數據交換平臺: "10", // 實現協同交換 → 10
        專網數據交換: "5", // 專網 → 5; 部門間 0 → +0
        網站安全對接: "10", // 對接 → 10; 網上申請 no → +0
        外網接入: "5",
        信息公開欄目: "10",
        互動交流欄目: "5", // 2 columns (80%, 90%) ≥ 2 and 及時 → 5; 最大(2 − 2, 0) = 0 beyond; none < 50%
        網頁監測: "5", // 到位 → 5; 0 broken links
        // 1: the least month 2月 has exactly 100 (“不少于100條” includes 100) → 80;
        // 80 + 2×60 + 2×30 + 1×30 + 1×10 = 300 → 300 × 10/300 = 10, no overflow
        省網站內容保障: "10",
        傳輸平臺: "10", // 遷移 且 防護
        傳輸推廣: "10", // 40% ≥ 40% (以上 includes 40%)
        應用承接: "0", // 0 unfinished × −2
        外網管理系統更新: "10", // every month updated at least once (least 1) → 10; 0 × −1, 0 × −0.2
        網站安全防護: "5", // 有設施 且 非 篡改
        安全保密: "5", // 物理 且 邏輯 且 非 失泄密
      },
      target: null, // the seed gives 達州市 no 目標分數
      completion: null, // completion is 政務信息 ÷ 目標分數, neither of which 達州市 has
    });
    expect(r.rank).toBeNull(); // scored alone
  });

  it("ordinary-county.json: 通川區, counted adoptions and its 直報點, completion against 150; 乙 is not its part", () => {
    const r = score("ordinary-county.json");
    expectUnit(r, {
      total: "120", // 政務信息 120 (政務信息化 does not apply to 縣區)
      pools: { 政務信息: "120" }, // 52 + 38 + 9 + 8 + 13 = 120
      items: {
        日報省信息: "52", // 動態類 18 × 2 = 36 + 專題綜合類 4 × 4 = 16
        政務快訊: "38", // 10 × 2 = 20 + 問題與建議 2 × 3 = 6 + 簡訊 8 × 1 = 8 + 批示 1 × 4 = 4
        圖片新聞: "9", // 9 × 1
        省辦采用: "8", // 2 × 4 = 8 + 0 × 8
        直報點: "13", // 32.5 × 40% = 13
      },
      target: "150",
      completion: "0.8", // 120 ÷ 150
    });
  });

  // 四(五) “未下達目標任務但通過市政府辦公業務資源網報送信息的部門(單位),均作為信息直報點單獨計分。”
  it("direct-reporting-point.json: an unlisted 信息直報點 scored by 甲 alone, with no target, completion or rank", () => {
    const r = score("direct-reporting-point.json");
    expectUnit(r, {
      total: "33", // 政務信息 14 + 11 + 4 + 4 + 0 = 33
      pools: { 政務信息: "33" },
      items: {
        日報省信息: "14", // 動態類 5 × 2 = 10 + 專題綜合類 1 × 4 = 4
        政務快訊: "11", // 3 × 2 = 6 + 問題與建議 1 × 3 = 3 + 簡訊 2 × 1 = 2 + 批示 0
        圖片新聞: "4", // 4 × 1
        省辦采用: "4", // 1 × 4 + 0 × 8
        直報點: "0", // 0 × 40%
      },
      target: null, // the seed gives 信息直報點 no 目標分數
      completion: null,
    });
    expect(r.unit).toMatchObject({ name: "市政府信息公開管理中心", kind: "信息直報點" });
  });

  it("an unlisted name that does not say it is a 信息直報點 is refused, a misspelt one with the listed name", () => {
    const sub = readJson(join(examples, "ordinary-county.json")) as { unit: Record<string, unknown> };
    sub.unit = { name: "通川去" }; // 通川區 misspelt, no kind
    const problems = (() => {
      try {
        scorer.score(sub);
        return [];
      } catch (e) {
        return (e as { problems: Array<{ code: string; path: string; message: Record<string, string> }> }).problems;
      }
    })();
    const name = problems.find((p) => p.path === "/unit/name");
    expect(name?.code).toBe("S117");
    expect(name?.message["zh-CN"]).toContain("是不是要写「通川區」？");
    // claiming a closed kind does not make an unlisted name a unit either
    sub.unit = { name: "通川去", kind: "縣區" };
    expect(() => scorer.score(sub)).toThrow();
  });

  it("every-path.json: 達州市 walks every cap, floor, deduction, overflow and bonus", () => {
    const r = score("every-path.json");
    expectUnit(r, {
      // 政務信息化 = 22 + 43 + 4 + 5 = 74 ≤ 100 (was 40 + adjustment 34: the same total, the
      // bonuses now in their sections, as the seed writes them under each section's items)
      total: "74",
      pools: { 政務信息化: "74" },
      sections: {
        審批監察: "22", // 0 + 5 + 10 + 0, + 一(二) 5 (“最高加5分”) + 一(三) 2 (“加2分”)
        網站規范: "13", // 10 + 0 + 0, + 二(一)2 5 columns − 2 = 3 beyond × 1 (“每增加1個欄目加1分”)
        政府網站: "43", // 網站規范 13 + 二(二) 10, + its overflow 20 (“最高加分不超過20分”)
        無紙化傳輸: "4", // 0 + 0 + 0, + 三(二) 5 + 5 (“加5分” twice) − 三(三) 3 × 2 (“未完成每項扣2分”)
        網絡運行: "5", // 0 + 0 + 5
      },
      items: {
        數據交換平臺: "0", // not done
        專網數據交換: "5", // 專網 → 5
        網站安全對接: "10", // 對接 → 10
        外網接入: "0",
        信息公開欄目: "10",
        互動交流欄目: "0", // 5 columns but not 及時 → 0; 49.9% and 30% < 50% (50% is not): −2; floor 0
        網頁監測: "0", // 5 − (7 broken links × 1 = 7, at most 5) = 0
        // 1: the least month 3月 has 101 ≥ 100 → 80;
        // raw 80 + 8×60=480 + 4×30=120 + 2×15=30 + 1×60=60 + 2×30=60 + 3×5=15 + 2×10=20 + 5×3=15
        //     + 40×1=40 + 300×0.1=30 + 2×10=20 − 1×10=10 = 960 → 960 × 10/300 = 32 → 10 in the item
        省網站內容保障: "10",
        傳輸平臺: "0", // 遷移 but not 防護
        傳輸推廣: "0", // 39.9% < 40%
        應用承接: "0", // 0 points; its 3 unfinished × −2 = −6 count in 三, no floor
        外網管理系統更新: "0", // least month 1 ≥ 1 → 10; 10 − 8 × 1 − 11 × 0.2 = 10 − 8 − 2.2 = −0.2 → floor 0
        網站安全防護: "0", // 有設施 but 篡改 happened
        安全保密: "5",
      },
      itemSections: {
        專網數據交換: { 審批監察: "5" }, // 7 exchanges × 1 = 7, at most 5
        網站安全對接: { 審批監察: "2" }, // 網上申請受理 → +2
        互動交流欄目: { 網站規范: "3" }, // 最大(5 − 2, 0) = 3 beyond × 1, uncapped
        省網站內容保障: { 政府網站: "20" }, // overflow 32 − 10 = 22, at most 20
        傳輸推廣: { 無紙化傳輸: "10" }, // 縣級 20% ≥ 20% → 5; CEB → 5
        應用承接: { 無紙化傳輸: "-6" },
      },
      target: null, // no 目標分數 for 達州市
      completion: null,
    });
  });

  it("every-path.json: 二(一)2's explanation counts the columns and names each one below 50%", () => {
    const said = score("every-path.json").items["互動交流欄目"]!.explanation["zh-CN"].join("\n");
    // 5 rates given: 项数 5, every column by place; 最大(5 − 2, 0) = 3 beyond
    expect(said).toContain("项数 5（第 1 项：回復率 95%、第 2 项：回復率 49.9%、第 3 项：回復率 50%");
    expect(said).toContain(" − 2, 0) = 3 × 1 分 = 3 分");
    // 49.9% and 30% < 50%; 50% is not below
    expect(said).toContain("个数 2（第 2 项：回復率 49.9% < 50%、第 4 项：回復率 30% < 50%） × −1 分 = −2 分");
  });

  it("partial-city.json: 達州市, a sub-scale that does not terminate is rounded at the item", () => {
    const r = score("partial-city.json");
    expectUnit(r, {
      // 政務信息化 = 27 + 10.33 + 18 + 12.4 = 67.73 (was 66.73 + adjustment 1: the same total)
      total: "67.73",
      pools: { 政務信息化: "67.73" },
      sections: {
        審批監察: "27", // 10 + 0 + 10 + 5, + 一(二) 2 exchanges × 1
        網站規范: "7", // 0 + 3 + 3, + 二(一)2 3 columns − 2 = 1 beyond × 1
        政府網站: "10.33", // 網站規范 7 + 二(二) 3.33
        無紙化傳輸: "18", // 10 + 10 + 0, − 三(三) 1 × 2
        網絡運行: "12.4", // 7.4 + 5 + 0
      },
      items: {
        數據交換平臺: "10",
        專網數據交換: "0", // no 專網; the 2 exchanges count in 審批監察
        網站安全對接: "10",
        外網接入: "5",
        信息公開欄目: "0",
        互動交流欄目: "3", // 3 columns ≥ 2 and 及時 → 5; 40% and 10% < 50%: 5 − 2 × 1
        網頁監測: "3", // 5 − 2 broken links × 1
        // 1: 2月 has 99 < 100 → 0, though the year's 1747 would be more than 12 × 100 = 1200:
        // the line is every month's; raw 0 + 1×60 + 1×15 + 1×5 + 1×10 + 2×3 + 3×1 + 10×0.1 = 60+15+5+10+6+3+1 = 100
        //     → 100 × 10/300 = 3.333… → 3.33 (2 decimals, half up)
        省網站內容保障: "3.33",
        傳輸平臺: "10",
        傳輸推廣: "10", // 55% ≥ 40%; 縣級 10% < 20% → no bonus
        應用承接: "0", // 0 points; 1 × −2 counts in 三
        外網管理系統更新: "7.4", // 1 update each month, least 1 ≥ 1 → 10; 10 − 2 × 1 − 3 × 0.2 = 10 − 2 − 0.6
        網站安全防護: "5",
        安全保密: "0", // no 物理隔離
      },
      itemSections: {
        專網數據交換: { 審批監察: "2" }, // 2 × 1
        互動交流欄目: { 網站規范: "1" }, // 最大(3 − 2, 0) = 1 beyond × 1
        應用承接: { 無紙化傳輸: "-2" },
      },
      target: null, // no 目標分數 for 達州市
      completion: null,
    });
  });
});

describe("dazhou-2009: the monthly lines are every month's", () => {
  type Sub = { items: Record<string, Record<string, unknown>> };
  const fullMarks = () => readJson(join(examples, "full-marks.json")) as Sub;

  it("full-marks.json with no update in 7月: 四(一) loses its 10, the other months do not make it up", () => {
    const sub = fullMarks();
    (sub.items["外網管理系統更新"]!["月更新次數"] as Record<string, number>)["7月"] = 0; // was 3: the year still has 13 updates
    const r = scorer.score(sub);
    expect(r.items["外網管理系統更新"]!.score).toBe("0"); // least month 0 < 1 → 0; no deductions, floor 0
    expect(r.sections["網絡運行"]!.score).toBe("10"); // 0 + 5 + 5
    expect(r.total).toBe("90"); // 100 − 10
  });

  it("full-marks.json with 99 in 5月 as well: 二(二)1's 80 on the 300 scale is lost", () => {
    const sub = fullMarks();
    (sub.items["外網管理系統更新"]!["月更新次數"] as Record<string, number>)["7月"] = 0;
    (sub.items["省網站內容保障"]!["月報送條數"] as Record<string, number>)["5月"] = 99; // was 131
    const r = scorer.score(sub);
    // raw 300 − 80 = 220 (2×60 + 2×30 + 1×30 + 1×10) → 220 × 10/300 = 7.333… → 7.33
    expect(r.items["省網站內容保障"]!.score).toBe("7.33");
    expect(r.sections["政府網站"]!.score).toBe("27.33"); // 20 + 7.33
    expect(r.total).toBe("87.33"); // 30 + 27.33 + 20 + 10
  });
});

// The batch: 甲's units of three kinds (乙 does not apply to them: their pools are 政務信息 alone).
// [file, unit, 政務信息 = total, target, completion = 政務信息 ÷ target, rank by completion]
const BATCH: Array<[string, string, string, string, string, number]> = [
  // 25×2=50 + 5×4=20 → 70; 6×2=12 + 2×3=6 + 4×1=4 + 1×4=4 → 26; 6; 2×4=8; 25×40%=10 → 120
  ["1-tongchuan.json", "通川區", "120", "150", "0.8", 5], // 120 ÷ 150 = 0.8; tied with 成都辦事處
  // 30×2=60 + 6×4=24 → 84; 10×2=20 + 5×3=15 + 6×1=6 + 2×4=8 → 49; 12; 3×4=12 + 1×8=8 → 20; 0 → 165
  ["2-daxian.json", "達縣", "165", "150", "1.1", 3], // 165 ÷ 150 = 1.1
  // 3×2=6 + 1×4=4 → 10; 2×2=4 + 1×3=3 + 3×1=3 → 10; 2; 1×4=4 + 1×8=8 → 12; 7.25×40%=2.9 → 36.9
  ["3-fagaiwei.json", "市發展改革委", "36.9", "30", "1.23", 1], // 36.9 ÷ 30 = 1.23
  // 4×2=8; 1×2=2 + 2×1=2 → 4; 2; 1×4=4; 0 → 18
  ["4-jiaoyuju.json", "市教育局", "18", "20", "0.9", 4], // 18 ÷ 20 = 0.9
  // 2×2=4 + 1×4=4 → 8; 2×3=6; 0; 0; 10×40%=4 → 18
  ["5-fupinban.json", "市扶貧辦", "18", "15", "1.2", 2], // 18 ÷ 15 = 1.2
  // 5×2=10 + 1×4=4 → 14; 3×2=6 + 4×1=4 → 10 → 24
  ["6-chengdu-office.json", "市政府駐成都辦事處", "24", "30", "0.8", 5], // 24 ÷ 30 = 0.8; ties share the better rank
];

describe("dazhou-2009: the batch, targets and ranking", () => {
  const files = () => readdirSync(join(examples, "batch")).filter((f) => f.endsWith(".json")).sort();

  it("holds the hand-computed units", () => {
    expect(files()).toEqual(BATCH.map(([f]) => f));
  });

  it("scores each unit, its completion and its rank", () => {
    const batch = scorer.scoreAll(files().map((f) => readJson(join(examples, "batch", f))));
    expect(batch.units).toHaveLength(BATCH.length);
    BATCH.forEach(([, unit, score, target, completion, rank], i) => {
      const r = batch.units[i]!;
      expect(r.unit.name).toBe(unit);
      expect(r.pools, unit).toEqual({ 政務信息: score });
      expect(r.total, unit).toBe(score);
      expect(r.target, unit).toBe(target);
      expect(r.completion, unit).toBe(completion);
      expect(r.rank, unit).toBe(rank);
      expect(r.flags, unit).toEqual([]); // no marks: the seed gives no number for 表彰
    });
  });

  it("ranks by completion, best first: 1.23, 1.2, 1.1, 0.9, 0.8, 0.8", () => {
    // By 政務信息 alone the counties would lead (165, 120, …); by completion 市發展改革委 (30 target) does.
    const batch = scorer.scoreAll(files().map((f) => readJson(join(examples, "batch", f))));
    const ranking = batch.ranking!;
    expect(ranking.map((e) => [e.rank, e.value, e.marks])).toEqual([
      [1, "1.23", []],
      [2, "1.2", []],
      [3, "1.1", []],
      [4, "0.9", []],
      [5, "0.8", []],
      [5, "0.8", []],
    ]);
    expect(ranking.slice(0, 4).map((e) => e.unit)).toEqual(["市發展改革委", "市扶貧辦", "達縣", "市教育局"]);
    expect(ranking.slice(4).map((e) => e.unit).sort()).toEqual(["通川區", "市政府駐成都辦事處"].sort());
  });
});

// ------------------------------------------------------------------------------------------ (d)
// Literal readings of the seed that the checker must refuse, one fixture per place.
const LITERAL: Array<[string, string]> = [
  ["dazhou-2009-section-one-adds.kaohe", "E401"], // 一(二) read as 5 + 5 = 10: 10 + 10 + 10 + 5 = 35 ≠ 30
  ["dazhou-2009-interactive-columns-inside.kaohe", "E402"], // 二(一)2 +1 per column, uncapped, inside 5
  ["dazhou-2009-paperless-adds-inside.kaohe", "E402"], // 三(二) 10 + 5 + 5 = 20 > 10
  ["dazhou-2009-subscale-no-overflow.kaohe", "E402"], // 二(二) over-completion left in the 10-point item
  ["dazhou-2009-interactive-columns-no-floor.kaohe", "E403"], // 二(一)2 −1 per low column, no floor
  ["dazhou-2009-web-monitoring-no-floor.kaohe", "E403"], // 二(一)3 not 到位 and −5 → −5
  ["dazhou-2009-subscale-no-floor.kaohe", "E403"], // 二(二)6 −10 per broken link, no floor
  ["dazhou-2009-undertaking-no-floor.kaohe", "E403"], // 三(三) −2 per unfinished, 0-point item
  ["dazhou-2009-update-no-floor.kaohe", "E403"], // 四(一) −1 / −0.2 per occurrence, no floor
  ["dazhou-2009-subscale-no-rounding.kaohe", "E602"], // 二(二) ×10/300 with no rounding declared
];

describe("dazhou-2009: literal readings", () => {
  it("has a fixture for each listed reading and no other", () => {
    const onDisk = readdirSync(literal).filter((f) => f.startsWith("dazhou-2009-")).sort();
    expect(onDisk).toEqual(LITERAL.map(([f]) => f).sort());
  });

  it.each(LITERAL)("%s → %s", (file, code) => {
    expect([...new Set(errorCodes(join(literal, file)))]).toEqual([code]);
  });
});
