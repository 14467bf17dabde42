// Clean schemes and the IR the checker makes of them: points resolved from 3% / 3分 / bare,
// pools and their members, greatest and least scores by interval arithmetic (each worked by
// hand beside the expectation), clause ids, evaluation order, flags.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileSource } from "../../compiler/compile.js";
import type { Item, Node, Pool, SchemeIR } from "../../compiler/ir.js";

function compileGood(name: string): SchemeIR {
  const file = `test/check/good/${name}`;
  const result = compileSource(readFileSync(new URL(`./good/${name}`, import.meta.url), "utf8"), file);
  expect(result.diagnostics).toEqual([]);
  expect(result.ir).not.toBeNull();
  return result.ir!;
}

const node = (ir: SchemeIR, id: string): Node => ir.nodes.find((n) => n.id === id)!;
const item = (ir: SchemeIR, id: string): Item => node(ir, id) as Item;
const pool = (ir: SchemeIR, id: string): Pool => ir.pools.find((p) => p.id === id)!;

describe("good/pools.kaohe", () => {
  const ir = compileGood("pools.kaohe");

  it("resolves % weights against the 100-point pool and bare section points", () => {
    expect(item(ir, "1")).toMatchObject({ points: "3", pointsAsWritten: "3%" }); // 3% × 100
    expect(item(ir, "13")).toMatchObject({ points: "4", pointsAsWritten: "4%" }); // 4% × 100
    expect(node(ir, "环境建设")).toMatchObject({ points: "10", pointsAsWritten: "10" });
    expect(node(ir, "环境建设")).toMatchObject({ kind: "section", children: ["1", "3", "13"], depth: 1, parent: null });
    expect(item(ir, "3")).toMatchObject({ parent: "环境建设", path: ["环境建设", "职能落实"], depth: 2 });
  });

  it("puts the ★ item in the ★ pool, outside its section's sum", () => {
    expect(item(ir, "24")).toMatchObject({ pool: "加扣分", parent: "网络与信息安全", points: null, cap: null });
    expect(node(ir, "网络与信息安全")).toMatchObject({ points: "90", children: ["23", "24"] }); // 90 = item 23 only
    expect(ir.pools.map((p) => [p.id, p.kind, p.points, p.star, p.members])).toEqual([
      ["基准分", "base", "100", false, ["环境建设", "网络与信息安全"]],
      ["加扣分", "adjustment", null, true, ["24"]],
      ["奖励", "bonus", "10", false, ["表彰奖励"]],
    ]);
  });

  it("sends the ★ clause of item 13 to the ★ pool", () => {
    const i13 = item(ir, "13");
    expect(i13.clauses.map((c) => [c.id, c.k, c.pool])).toEqual([
      ["13#1", "per", "基准分"],
      ["13#2", "per", "加扣分"],
    ]);
    expect(i13.otherPools).toEqual(["加扣分"]);
    expect(i13.clauses[1]).toMatchObject({ each: "-2", limit: "6", text: "每 缺少金字工程数 扣 2分 最多扣 6分 ★" });
  });

  it("proves each item's range", () => {
    // item 3: 1 + min(checked, 2) − min(missing, 2) ∈ [0 + 0 − 2, 1 + 2 − 0] = [−2, 3]; 最低 0分 → [0, 3]
    expect(item(ir, "3")).toMatchObject({ max: "3", min: "0", floor: "0", cap: "3", capWritten: false });
    // item 13: 2 × new systems, at most 6, then 封顶 4 → [0, 4]
    expect(item(ir, "13")).toMatchObject({ max: "4", min: "0", cap: "4", capWritten: true });
    // item 24: −3 × (a count with no 最高) under 最低 不限 → (−∞, 0]
    expect(item(ir, "24")).toMatchObject({ max: "0", min: null, floor: null });
    // item 23: 90 or 0 (the section veto can zero it anyway)
    expect(item(ir, "23")).toMatchObject({ max: "90", min: "0" });
  });

  it("proves each pool's range", () => {
    // base: 3 + 3 + 4 + 90 = 100, floored at 0
    expect(pool(ir, "基准分")).toMatchObject({ max: "100", min: "0" });
    // ★: item 24 (−∞, 0] + item 13's ★ clause [−6, 0]
    expect(pool(ir, "加扣分")).toMatchObject({ max: "0", min: null });
    // bonus: 5 per commendation, at most 10
    expect(pool(ir, "奖励")).toMatchObject({ max: "10", min: "0" });
  });

  it("resolves the section veto declared in item 24", () => {
    expect(ir.vetoes).toHaveLength(1);
    expect(ir.vetoes[0]).toMatchObject({
      id: "veto#1",
      target: { k: "section", id: "网络与信息安全" },
      label: "重大事件",
      declaredIn: "24",
      cond: { k: "input", ref: { item: "24", name: "重大事件" } },
    });
  });

  it("keeps checklist inputs with their elements and bounds", () => {
    expect(item(ir, "3").inputs.map((i) => [i.name, i.type, i.min, i.max, i.required, i.collectedOnly])).toEqual([
      ["职能明确", { kind: "bool" }, null, null, true, false],
      ["落实事项", { kind: "checklist", elements: ["人员", "经费", "制度"] }, null, null, true, false],
    ]);
    expect(item(ir, "13").inputs[1]).toMatchObject({ name: "缺少金字工程数", min: "0", max: "12" });
  });

  it("orders items for evaluation and needs no other units", () => {
    expect(ir.evaluationOrder).toEqual(["1", "3", "13", "23", "24", "表彰奖励"]);
    expect(ir.crossUnit).toBe(false);
    expect(ir.rounding).toBeNull();
    expect(ir.meta).toMatchObject({
      title: "县区信息化考核（计分池示例）",
      year: "2011",
      source: "test/check/good/pools.kaohe",
    });
  });
});

describe("good/forms-grades.kaohe", () => {
  const ir = compileGood("forms-grades.kaohe");

  it("lowers the grade scale as fractions", () => {
    expect(ir.grades).toEqual([
      { label: "A", share: "1" },
      { label: "B", share: "0.8" },
      { label: "C", share: "0.6" },
      { label: "D", share: "0.4" },
    ]);
    expect(item(ir, "领导重视程度").inputs[0]!.type).toEqual({ kind: "grade", levels: ["A", "B", "C", "D"] });
  });

  it("proves grade ranges: D is 40% of the points, N/A may give 0", () => {
    expect(item(ir, "领导重视程度")).toMatchObject({ max: "2", min: "0.8" }); // [40% × 2, 100% × 2]
    expect(item(ir, "规章制度")).toMatchObject({ max: "8", min: "0", allowNa: true }); // N/A → 0 possible
    expect(node(ir, "组织管理")).toMatchObject({ max: "10", min: "0.8" }); // [0.8 + 0, 2 + 8]
    expect(pool(ir, "base")).toMatchObject({
      kind: "base",
      points: null,
      members: ["组织管理"],
      max: "10",
      min: "0.8",
    });
  });

  it("keeps forms, combining, N/A policy, rounding, ranking and the total veto", () => {
    expect(ir.forms).toEqual([
      { id: "自评表", title: "信息化绩效考核自评表" },
      { id: "实地表", title: "信息化绩效实地调查考核评价表" },
    ]);
    expect(ir.combine).toBe("mean");
    expect(ir.naPolicy).toBe("peer-average");
    expect(ir.rounding).toEqual({ digits: 2, mode: "half-up", stage: "item" });
    expect(ir.rankings).toEqual([
      {
        id: null,
        title: null,
        appliesTo: null,
        by: "total",
        figure: null,
        order: "desc",
        ties: "competition",
        marks: [{ end: "bottom", count: 3, label: "督促整改" }],
      },
    ]);
    expect(ir.vetoes.map((v) => [v.id, v.target, v.declaredIn, v.label])).toEqual([
      ["veto#1", { k: "total" }, null, "发生网络安全事件"],
    ]);
    expect(ir.crossUnit).toBe(true); // ranking and the peer average need the other units
  });

  it("collects text without scoring it, and unit facts at the top", () => {
    expect(item(ir, "规章制度").inputs.find((i) => i.name === "自评说明")).toMatchObject({
      type: { kind: "text" },
      collectedOnly: true,
    });
    expect(ir.facts.map((f) => [f.name, f.title, f.collectedOnly])).toEqual([
      ["发生网络安全事件", "当年发生过网络安全事件", false],
    ]);
  });
});

describe("good/subscale-units.kaohe", () => {
  const ir = compileGood("subscale-units.kaohe");

  it("lowers the sub-scale and its overflow pool", () => {
    expect(item(ir, "内容保障").rescale).toEqual({ from: "300", to: "10", overflow: { pool: "超额加分", section: null, max: "20" } });
    expect(item(ir, "内容保障").otherPools).toEqual(["超额加分"]);
  });

  it("proves the sub-scaled range and the overflow", () => {
    // on 300: [0 + 0 − 30, 80 + 60 × 5 − 0] = [−30, 380]; × 10/300 → [−1, 12.67]; own part at most 10
    // → [−1, 10]; 最低 0分 → [0, 10]. Overflow: what exceeds 10, [0, 380/30 − 10] = [0, 8/3] ≤ 20.
    expect(item(ir, "内容保障")).toMatchObject({ max: "10", min: "0", floor: "0" });
    // 8/3 does not terminate: the pool's greatest score is rounded up at ten places
    expect(pool(ir, "超额加分")).toMatchObject({
      kind: "bonus",
      points: "20",
      members: [],
      max: "2.6666666667",
      min: "0",
    });
  });

  it("keeps the rules by unit kind apart (only one of them can hold)", () => {
    // 县区: 90 + 0; 市级部门: 0 + 90. Without the case split the two rules would add to 180.
    expect(item(ir, "信息采用")).toMatchObject({ max: "90", min: "0" });
    expect(item(ir, "信息采用").clauses[0]).toMatchObject({
      k: "when",
      cond: {
        k: "and",
        args: [
          { k: "is", a: { k: "unit-kind" }, value: "县区", negate: false },
          {
            k: "cmp",
            op: ">=",
            a: { k: "input", ref: { item: "信息采用", name: "采用条数" } },
            b: { k: "column", name: "目标分数" },
          },
        ],
      },
      points: "90",
      otherwise: "0",
    });
  });

  it("keeps unit kinds, units and the target", () => {
    expect(ir.unitKinds).toEqual([
      { id: "县区", title: "县(市、区)", columns: ["目标分数"], open: false },
      { id: "市级部门", title: "市级部门", columns: ["目标分数"], open: false },
    ]);
    expect(ir.units).toEqual([
      { name: "通川区", kind: "县区", values: { 目标分数: "150" } },
      { name: "达县", kind: "县区", values: { 目标分数: "150" } },
      { name: "市发展改革委", kind: "市级部门", values: { 目标分数: "30" } },
      { name: "市扶贫办", kind: "市级部门", values: { 目标分数: "15" } },
    ]);
    expect(ir.target).toEqual({ column: "目标分数", pool: "政务信息化" });
    expect(pool(ir, "政务信息化")).toMatchObject({
      points: "100",
      members: ["内容保障", "信息采用"],
      max: "100",
      min: "0",
    });
  });
});

describe("good/references.kaohe", () => {
  const ir = compileGood("references.kaohe");

  it("scores referenced items first", () => {
    expect(ir.evaluationOrder).toEqual(["基础", "应用", "汇总", "制证量", "公文"]);
  });

  it("marks the items that need the other units, and the items reading them", () => {
    expect(ir.nodes.map((n) => [n.id, (n as Item).crossUnit])).toEqual([
      ["汇总", true], // reads 得分(应用), a ratio to the best unit
      ["基础", false],
      ["应用", true],
      ["制证量", true],
      ["公文", false],
    ]);
    expect(ir.crossUnit).toBe(true);
  });

  it("lowers 线性, 限定, 最高值比 and 名次分档", () => {
    expect(item(ir, "基础").clauses[0]).toMatchObject({
      k: "value",
      expr: {
        k: "linear",
        x: { k: "input", ref: { item: "基础", name: "在线率" } },
        points: [
          ["0.6", "0"],
          ["1", "10"],
        ],
      },
    });
    expect(item(ir, "汇总").clauses[1]).toMatchObject({
      k: "value",
      expr: {
        k: "clamp",
        x: { k: "mul", a: { k: "item-score", item: "应用" }, b: { k: "const", value: "0.5" } },
        lo: { k: "const", value: "0" },
        hi: { k: "const", value: "5" },
      },
    });
    expect(item(ir, "应用").clauses[0]).toMatchObject({ k: "ratio-to-best", points: "10" });
    expect(item(ir, "制证量").clauses[0]).toMatchObject({
      k: "rank-bands",
      order: "desc",
      bands: [
        { lo: null, hi: { value: "5", inclusive: true }, points: "2", text: "≤ 5" },
        { lo: { value: "5", inclusive: false }, hi: { value: "10", inclusive: true }, points: "1", text: "(5, 10]" },
        { lo: null, hi: null, points: "0", text: "其余" },
      ],
    });
  });

  it("numbers the clauses of parts and proves their caps", () => {
    const parts = item(ir, "公文").clauses;
    expect(parts.map((c) => c.id)).toEqual(["公文#1", "公文#2", "公文#3"]);
    expect(parts[1]).toMatchObject({ k: "part", title: "质量", max: "0.8", clauses: [{ id: "公文#2.1", k: "value" }] });
    // min(0.8, 0.8) + min(1, 0.8) + 0.4 = 2
    expect(item(ir, "公文")).toMatchObject({ max: "2", min: "0" });
    // 汇总: 10 × 50% + clamp(10 × 50%, 0, 5) = 10
    expect(item(ir, "汇总")).toMatchObject({ max: "10", min: "0" });
    // an implicit pool of no written points: everything, 10 + 10 + 10 + 2 + 2
    expect(pool(ir, "base")).toMatchObject({ points: null, max: "34", min: "0" });
  });

  it("defaults the rounding's mode and stage", () => {
    expect(ir.rounding).toEqual({ digits: 2, mode: "half-up", stage: "item" });
  });
});

describe("good/kinds-branches.kaohe", () => {
  const ir = compileGood("kinds-branches.kaohe");

  it("intersects 适用 down the tree, across pools too", () => {
    expect(ir.pools.map((p) => [p.id, p.appliesTo])).toEqual([
      ["基准分", ["县区", "市级部门"]],
      ["全市考核", ["全市"]],
      ["加扣分", null],
    ]);
    expect(ir.nodes.map((n) => [n.id, n.appliesTo])).toEqual([
      ["建设", ["县区", "市级部门"]], // the pool's
      ["网站", ["县区", "市级部门"]],
      ["外网", ["县区"]], // its own ∩ the section's
      ["系统", ["市级部门"]],
      ["试点", ["县区", "市级部门"]], // in the ★ pool (every unit), but inside 建设
      ["报送", ["县区", "市级部门"]],
      ["县区报送", ["县区"]],
      ["部门报送", ["市级部门"]],
      ["直报", ["全市"]],
    ]);
  });

  it("numbers a branch's clauses then-branch first and keeps each clause's own pool", () => {
    const [branch] = item(ir, "网站").clauses;
    expect(branch).toMatchObject({ id: "网站#1", k: "branch", pool: "基准分" });
    expect(branch).toMatchObject({ cond: { k: "is", a: { k: "unit-kind" }, value: "县区", negate: false } });
    const b = branch as Extract<Item["clauses"][number], { k: "branch" }>;
    expect(b.then.map((c) => [c.id, c.k, c.pool])).toEqual([
      ["网站#1.1", "when", "基准分"],
      ["网站#1.2", "per", "基准分"],
    ]);
    expect(b.otherwise.map((c) => [c.id, c.k, c.pool])).toEqual([
      ["网站#1.3", "per", "基准分"],
      ["网站#1.4", "when", "加扣分"],
    ]);
    expect(item(ir, "网站").clauses[1]).toMatchObject({ id: "网站#2", k: "when" });
    expect(item(ir, "网站").otherPools).toEqual(["加扣分"]);
    // 若 系统数 ≥ 2 { 得 6分 } 否则 { … }: the branch without a 否则 mark, and one clause each
    expect(item(ir, "系统").clauses[0]).toMatchObject({
      k: "branch",
      then: [{ id: "系统#1.1", k: "value" }],
      otherwise: [{ id: "系统#1.2", k: "per", limit: "2" }],
    });
  });

  it("proves items kind by kind, taking only the branch that holds for the kind", () => {
    // 县区: 2 + min(栏目数, 4) + 0 ∈ [0, 6]; 市级部门: min(栏目数, 4) + 2 ∈ [2, 6] (the ★ 1分 goes
    // elsewhere); the section veto adds 0. Not split by kind, the two clauses would reach 6 + 2 = 8
    // and give E402 (compileGood asserts there is no diagnostic).
    expect(item(ir, "网站")).toMatchObject({ max: "6", min: "0" });
    // 6 when 系统数 ≥ 2, else 2 × 系统数 at most 2: [0, 2] ∪ [6, 6]
    expect(item(ir, "系统")).toMatchObject({ max: "6", min: "0" });
    // a score without 满分 is unbounded: × 40% stays unbounded, 封顶 10分 bounds it
    expect(item(ir, "直报")).toMatchObject({ max: "10", min: "0", cap: "10", capWritten: true });
    expect(item(ir, "直报").inputs[0]).toMatchObject({ type: { kind: "score", fullMarks: null }, min: "0", max: null });
  });

  it("gives a section without points what its children add up to for each kind, not in all", () => {
    // 县区: 县区报送 8; 市级部门: 部门报送 8. Both together would be 16 and break the pool's 20.
    expect(node(ir, "报送")).toMatchObject({ points: "8", pointsAsWritten: null, max: "8", min: "0" });
    // 县区: 网站 6 + 外网 6 = 12; 市级部门: 网站 6 + 系统 6 = 12
    expect(node(ir, "建设")).toMatchObject({ points: "12", max: "12", min: "0" });
  });

  it("lets a section veto zero the section's own pool only", () => {
    // 试点 is ★: 2 or 1 in the adjustment pool, whatever the veto on 建设 does
    expect(item(ir, "试点")).toMatchObject({ pool: "加扣分", max: "2", min: "1" });
    expect(ir.vetoes[0]).toMatchObject({ target: { k: "section", id: "建设" }, declaredIn: "建设" });
  });

  it("proves pools kind by kind", () => {
    // 县区 and 市级部门 alike: 建设 [0, 12] + 报送 [0, 8] = [0, 20]. (Not split by kind, 建设 would
    // reach 6 + 6 + 6 = 18 and 报送 16.)
    expect(pool(ir, "基准分")).toMatchObject({ max: "20", min: "0", members: ["建设", "报送"] });
    // 县区: 试点 [1, 2]; 市级部门: 试点 [1, 2] + 网站's ★ [0, 1] = [1, 3]; 全市: nothing, 0
    expect(pool(ir, "加扣分")).toMatchObject({ max: "3", min: "0", members: ["试点"] });
    expect(pool(ir, "全市考核")).toMatchObject({ max: "10", min: "0", members: ["直报"] });
  });

  it("ranks by completion against the target of the base pool, everyone and the counties apart", () => {
    expect(ir.rankings).toEqual([
      {
        id: "全市",
        title: "全市排名",
        appliesTo: null,
        by: "completion",
        figure: null,
        order: "desc",
        ties: "competition",
        marks: [{ end: "top", count: 1, label: "表彰" }],
      },
      {
        id: "县区",
        title: "县区排名",
        appliesTo: ["县区"],
        by: "completion",
        figure: null,
        order: "desc",
        ties: "competition",
        marks: [{ end: "bottom", count: 1, label: "督促整改" }],
      },
    ]);
    // the column is needed by the kinds the pool applies to only: 全市 has none
    expect(ir.target).toEqual({ column: "目标分数", pool: "基准分" });
  });
});

describe("good/lists.kaohe", () => {
  const ir = compileGood("lists.kaohe");

  it("lists the dimensions, and each list input with its dimension and elements", () => {
    expect(ir.dimensions).toEqual([
      { id: "栏目", title: "网站栏目", elements: ["政务公开", "办事服务", "互动交流"] },
      { id: "月份", title: "月份", elements: ["1月", "2月"] },
      { id: "账号", title: "政务新媒体账号", elements: null },
    ]);
    expect(ir.facts[0]).toMatchObject({ name: "按时报送", list: { dimension: "月份", elements: ["1月", "2月"] } });
    expect(item(ir, "回复").inputs[0]).toMatchObject({ min: "50", max: "100", list: { dimension: "栏目" } });
    expect(item(ir, "新媒体").inputs[0]).toMatchObject({ list: { dimension: "账号", elements: null } });
  });

  it("lowers 每 栏目 若 c to a count of the elements, and proves the ranges through it", () => {
    expect(item(ir, "回复").clauses[1]).toMatchObject({
      k: "per",
      count: { k: "aggregate", fn: "count", dimension: "栏目", of: { k: "cmp", op: "<", a: { k: "element", ref: { item: "回复", name: "回复率" } } } },
      each: "-0.5",
      limit: null,
    });
    expect(item(ir, "回复")).toMatchObject({ max: "2", min: "0.5" }); // 2 − 3 columns × 0.5
    expect(item(ir, "新媒体")).toMatchObject({ max: "4", min: "0" }); // at most 2 accounts' points + 2 when both months
  });
});
