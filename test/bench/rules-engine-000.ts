// Seed 000 (schemes/county-2011.kaohe) written for json-rules-engine, the way a team might encode
// an assessment scheme with a general rules engine: one engine rule per sentence of the scheme,
// its conditions on the unit's inputs (facts named "<item>.<input>"), its event the points it gives
// (or, for 每 sentences, the points per count and their cap); the engine decides which sentences
// hold, and a small tally applies what a rules engine has no words for: item caps and floors,
// the vetoes' zeroing, the base pool's [0, 100]. Totals only, in whole points, like minimal-000.ts.
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { Submission000 } from "./submissions-000.js";

type Pool = "base" | "star";
interface Points {
  item: string;
  pool: Pool;
  points: number;
  /** A 每 sentence: points × this fact, at most `most` in size. */
  per?: string;
  most?: number;
}
interface Veto {
  items: string[];
}

const is = (fact: string, value: unknown = true) => ({ fact, operator: "equal", value });
const atLeast = (fact: string, value: number) => ({ fact, operator: "greaterThanInclusive", value });
const always = (fact: string) => ({ fact, operator: "greaterThanInclusive", value: 0 });

const RULES: Array<[TopLevelCondition, Points | ({ veto: true } & Veto)]> = [];
function give(item: string, conditions: TopLevelCondition, points: number, pool: Pool = "base"): void {
  RULES.push([conditions, { item, pool, points }]);
}
function each(item: string, fact: string, points: number, most?: number, pool: Pool = "base"): void {
  RULES.push([{ all: [always(fact)] }, { item, pool, points, per: fact, ...(most === undefined ? {} : { most }) }]);
}
function choice(item: string, fact: string, values: Array<[string, number]>): void {
  for (const [value, points] of values) if (points !== 0) give(item, { all: [is(fact, value)] }, points);
}
function veto(fact: string, items: string[]): void {
  RULES.push([{ all: [is(fact)] }, { veto: true, items }]);
}

give("1", { any: [is("1.常务会议"), is("1.专题会议"), is("1.全市会议")] }, 3);
give("2", { all: [is("2.机构健全")] }, 2);
give("2", { all: [is("2.编制落实")] }, 1);
give("3", { all: [is("3.职能明确")] }, 1);
give("3", { all: [always("3.未落实项数")] }, 2);
each("3", "3.未落实项数", -1, 2);
give("4", { all: [is("4.四统一落实")] }, 2);
choice("5", "5.规划印发", [["县区政府印发", 2], ["部门印发", 1], ["未印发", 0]]);
give("6", { all: [is("6.配套政策")] }, 2);
give("6", { all: [is("6.主动出台政策")] }, 2, "star");
give("7", { all: [atLeast("7.专项资金", 200)] }, 10);
give("8", { all: [is("8.宣传推进")] }, 1);
give("8", { all: [is("8.培训推进")] }, 1);
give("9", { all: [atLeast("9.领导参加活动次数", 2)] }, 2);
give("9", { all: [atLeast("9.领导参加活动次数", 1), { fact: "9.领导参加活动次数", operator: "lessThan", value: 2 }] }, 1);
give("10", { all: [is("10.开展绩效考核")] }, 2);
give("11", { all: [is("11.互动栏目"), atLeast("11.民意征集次数", 2)] }, 1);
give("11", { all: [atLeast("11.回复率", 80)] }, 1);
give("11", { all: [atLeast("11.信息公开量", 1)] }, 1);
give("12", { all: [atLeast("12.在线处理率", 70)] }, 2);
give("12", { all: [atLeast("12.目标实现率", 80)] }, 2);
give("12", { all: [is("12.管理维护良好")] }, 1);
each("13", "13.其他应用系统数", 2, 6);
each("13", "13.十二金系统.缺项", -2, 6, "star");
give("14", { all: [is("14.协同平台"), atLeast("14.协同部门数", 5)] }, 4);
give("15", { all: [always("15.四大基础数据库.缺项")] }, 3);
each("15", "15.四大基础数据库.缺项", -1);
give("15", { all: [is("15.市级试点推进")] }, 3, "star");
give("16", { all: [is("16.行业评测试点")] }, 2);
give("16", { all: [is("16.企业评测试点")] }, 1);
give("16", { all: [is("16.评测普及推广")] }, 2);
give("17", { all: [atLeast("17.推进机构数", 2)] }, 1);
give("17", { all: [atLeast("17.龙头企业数", 2), is("17.示范作用")] }, 2);
give("17", { all: [atLeast("17.规模企业覆盖率", 50)] }, 2);
give("18", { all: [is("18.服务平台延伸")] }, 3);
give("18", { all: [atLeast("18.注册企业占比", 60)] }, 2);
give("18", { all: [is("18.平台获表彰")] }, 2, "star");
give("19", { all: [is("19.省级两化试点")] }, 2);
give("19", { all: [is("19.县区两化试点")] }, 1);
give("19", { all: [is("19.物流信息化试点")] }, 1);
give("19", { all: [is("19.电子商务试点")] }, 1);
give("20", { all: [atLeast("20.服务站拥有率", 20)] }, 2);
give("20", { all: [is("20.服务站管理规范"), is("20.五个一.缺项", 0)] }, 2);
each("20", "20.先进表彰数", 1, undefined, "star");
give("21", { all: [is("21.远程教育覆盖率", 100)] }, 1);
give("21", { all: [is("21.系统维护规范")] }, 1);
give("21", { all: [is("21.经常开展教育")] }, 1);
give("22", { all: [is("22.配套行动计划")] }, 1);
give("22", { all: [is("22.服务平台成效")] }, 1);
give("22", { all: [is("22.农业试点示范")] }, 1);
choice("23", "23.领导组织", [["成立并及时调整", 2], ["未及时调整", 1], ["未成立", 0]]);
veto("24.发生Ⅱ级以上事件", ["23", "25", "26", "27", "28"]);
each("24", "24.Ⅲ级事件次数", -3, undefined, "star");
each("24", "24.Ⅳ级事件次数", -1, undefined, "star");
give("25", { all: [is("25.运行维护制度")] }, 1);
give("25", { all: [is("25.安全管理制度")] }, 1);
choice("26", "26.安全自查", [["一年两次", 2], ["仅一次", 1], ["未组织", 0]]);
give("27", { all: [is("27.配合大检查")] }, 2);
give("28", { all: [is("28.定级备案")] }, 2);
give("28", { all: [is("28.测评整改")] }, 2);
give("29", { all: [is("29.建设资金入预算")] }, 3);
give("29", { all: [is("29.运维资金入预算")] }, 1);
give("30", { all: [is("30.主管部门审查")] }, 2);
give("30", { all: [is("30.专家评审")] }, 2);
give("31", { all: [{ fact: "31.任务完成率", operator: "greaterThan", value: 90 }] }, 3);
give("31", { all: [atLeast("31.任务完成率", 60), { fact: "31.任务完成率", operator: "lessThanInclusive", value: 90 }] }, 2);
give("31", { all: [{ fact: "31.任务完成率", operator: "lessThan", value: 60 }] }, 1);
give("31", { all: [is("31.高标准完成")] }, 3, "star");
veto("31.项目未启动", ["31"]);
give("32", { all: [is("32.重大工程备案")] }, 1);

/** Item caps (封顶) and floors (最低) on the base part, as the scheme writes them. */
const CAP: Record<string, number> = { "2": 2, "7": 5, "13": 5 };
const FLOOR: Record<string, number> = { "15": 0 };
/** The checklists, and how many entries each has: their 缺项 are facts too. */
const LISTS: Record<string, number> = { "13.十二金系统": 12, "15.四大基础数据库": 4, "20.五个一": 5 };

export function rulesEngine000(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  RULES.forEach(([conditions, params], n) => {
    const rule: RuleProperties = {
      name: `rule ${n}`,
      conditions,
      event: { type: "veto" in params ? "veto" : "points", params: params as unknown as Record<string, unknown> },
    };
    engine.addRule(rule);
  });
  return engine;
}

/** The facts of one submission: every input as "<item>.<input>", and each checklist's 缺项. */
function facts(sub: Submission000): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item in sub.items) {
    const inputs = sub.items[item]!;
    for (const name in inputs) {
      const key = `${item}.${name}`;
      out[key] = inputs[name];
      if (LISTS[key] !== undefined) out[`${key}.缺项`] = LISTS[key]! - (inputs[name] as string[]).length;
    }
  }
  return out;
}

export async function totalRulesEngine000(engine: Engine, sub: Submission000): Promise<number> {
  const f = facts(sub);
  const { events } = await engine.run(f);
  const base: Record<string, number> = {};
  let star = 0;
  const zeroed = new Set<string>();
  for (const e of events) {
    if (e.type === "veto") {
      for (const item of (e.params as unknown as Veto).items) zeroed.add(item);
      continue;
    }
    const p = e.params as unknown as Points;
    let points = p.points;
    if (p.per !== undefined) {
      points *= f[p.per] as number;
      if (p.most !== undefined) points = Math.sign(points) * Math.min(Math.abs(points), p.most);
    }
    if (p.pool === "star") star += points;
    else base[p.item] = (base[p.item] ?? 0) + points;
  }
  let sum = 0;
  for (const item in base) {
    if (zeroed.has(item)) continue;
    let v = base[item]!;
    if (CAP[item] !== undefined) v = Math.min(v, CAP[item]!);
    if (FLOOR[item] !== undefined) v = Math.max(v, FLOOR[item]!);
    sum += v;
  }
  return Math.min(Math.max(sum, 0), 100) + star;
}
