// Seed 000 (schemes/county-2011.kaohe) in json-rules-engine, as an office would encode it with a
// general rules engine: one rule per scoring sentence, its conditions as JSON facts and operators,
// its event carrying the points; the caps, the per-count arithmetic, the vetoes and the pools are
// added up from the fired events. Totals only, like the minimal scorer (minimal.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";

type Pool = "base" | "star";
interface Points {
  item: string;
  pool: Pool;
  points: number;
  /** Per counted thing: the fact's field (×points), or the options missing from a checklist. */
  per?: { field: string } | { missing: string; of: number };
  /** The sentence's own cap on what it gives (最高) or takes (最多扣). */
  cap?: number;
}

const fact = (item: string, field: string) => ({ fact: `i${item}`, path: `$.${field}` });
const is = (item: string, field: string, value: unknown = true) => ({ ...fact(item, field), operator: "equal", value });
const atLeast = (item: string, field: string, value: number) => ({
  ...fact(item, field),
  operator: "greaterThanInclusive",
  value,
});
const above = (item: string, field: string, value: number) => ({ ...fact(item, field), operator: "greaterThan", value });
const below = (item: string, field: string, value: number) => ({ ...fact(item, field), operator: "lessThan", value });
const always = (item: string, field: string) => ({ ...fact(item, field), operator: "notEqual", value: null });

const RULES: Array<[TopLevelCondition, Points]> = [];
function rule(conditions: TopLevelCondition, points: Points) {
  RULES.push([conditions, points]);
}
const pts = (item: string, points: number, pool: Pool = "base", more: Partial<Points> = {}): Points => ({
  item,
  pool,
  points,
  ...more,
});
const yes = (item: string, field: string, points: number, pool: Pool = "base") =>
  rule({ all: [is(item, field)] }, pts(item, points, pool));
const choice = (item: string, field: string, values: Record<string, number>) => {
  for (const [v, p] of Object.entries(values)) rule({ all: [is(item, field, v)] }, pts(item, p));
};

rule({ any: [is("1", "常务会议"), is("1", "专题会议"), is("1", "全市会议")] }, pts("1", 3));
yes("2", "机构健全", 2);
yes("2", "编制落实", 1);
yes("3", "职能明确", 1);
rule({ all: [always("3", "未落实项数")] }, pts("3", 2));
rule({ all: [always("3", "未落实项数")] }, pts("3", -1, "base", { per: { field: "未落实项数" }, cap: 2 }));
yes("4", "四统一落实", 2);
choice("5", "规划印发", { 县区政府印发: 2, 部门印发: 1 });
yes("6", "配套政策", 2);
yes("6", "主动出台政策", 2, "star");
rule({ all: [atLeast("7", "专项资金", 200)] }, pts("7", 10));
yes("8", "宣传推进", 1);
yes("8", "培训推进", 1);
rule({ all: [atLeast("9", "领导参加活动次数", 2)] }, pts("9", 2));
rule({ all: [atLeast("9", "领导参加活动次数", 1), below("9", "领导参加活动次数", 2)] }, pts("9", 1));
yes("10", "开展绩效考核", 2);
rule({ all: [is("11", "互动栏目"), atLeast("11", "民意征集次数", 2)] }, pts("11", 1));
rule({ all: [atLeast("11", "回复率", 80)] }, pts("11", 1));
rule({ all: [atLeast("11", "信息公开量", 1)] }, pts("11", 1));
rule({ all: [atLeast("12", "在线处理率", 70)] }, pts("12", 2));
rule({ all: [atLeast("12", "目标实现率", 80)] }, pts("12", 2));
yes("12", "管理维护良好", 1);
rule({ all: [always("13", "其他应用系统数")] }, pts("13", 2, "base", { per: { field: "其他应用系统数" }, cap: 6 }));
rule({ all: [always("13", "十二金系统")] }, pts("13", -2, "star", { per: { missing: "十二金系统", of: 12 }, cap: 6 }));
rule({ all: [is("14", "协同平台"), atLeast("14", "协同部门数", 5)] }, pts("14", 4));
rule({ all: [always("15", "四大基础数据库")] }, pts("15", 3));
rule({ all: [always("15", "四大基础数据库")] }, pts("15", -1, "base", { per: { missing: "四大基础数据库", of: 4 } }));
yes("15", "市级试点推进", 3, "star");
yes("16", "行业评测试点", 2);
yes("16", "企业评测试点", 1);
yes("16", "评测普及推广", 2);
rule({ all: [atLeast("17", "推进机构数", 2)] }, pts("17", 1));
rule({ all: [atLeast("17", "龙头企业数", 2), is("17", "示范作用")] }, pts("17", 2));
rule({ all: [atLeast("17", "规模企业覆盖率", 50)] }, pts("17", 2));
yes("18", "服务平台延伸", 3);
rule({ all: [atLeast("18", "注册企业占比", 60)] }, pts("18", 2));
yes("18", "平台获表彰", 2, "star");
yes("19", "省级两化试点", 2);
yes("19", "县区两化试点", 1);
yes("19", "物流信息化试点", 1);
yes("19", "电子商务试点", 1);
rule({ all: [atLeast("20", "服务站拥有率", 20)] }, pts("20", 2));
rule({ all: [is("20", "服务站管理规范"), { ...fact("20", "五个一.length"), operator: "equal", value: 5 }] }, pts("20", 2));
rule({ all: [always("20", "先进表彰数")] }, pts("20", 1, "star", { per: { field: "先进表彰数" } }));
rule({ all: [is("21", "远程教育覆盖率", 100)] }, pts("21", 1));
yes("21", "系统维护规范", 1);
yes("21", "经常开展教育", 1);
yes("22", "配套行动计划", 1);
yes("22", "服务平台成效", 1);
yes("22", "农业试点示范", 1);
choice("23", "领导组织", { 成立并及时调整: 2, 未及时调整: 1 });
rule({ all: [always("24", "Ⅲ级事件次数")] }, pts("24", -3, "star", { per: { field: "Ⅲ级事件次数" } }));
rule({ all: [always("24", "Ⅳ级事件次数")] }, pts("24", -1, "star", { per: { field: "Ⅳ级事件次数" } }));
yes("25", "运行维护制度", 1);
yes("25", "安全管理制度", 1);
choice("26", "安全自查", { 一年两次: 2, 仅一次: 1 });
yes("27", "配合大检查", 2);
yes("28", "定级备案", 2);
yes("28", "测评整改", 2);
yes("29", "建设资金入预算", 3);
yes("29", "运维资金入预算", 1);
yes("30", "主管部门审查", 2);
yes("30", "专家评审", 2);
rule({ all: [above("31", "任务完成率", 90)] }, pts("31", 3));
rule({ all: [atLeast("31", "任务完成率", 60), { ...fact("31", "任务完成率"), operator: "lessThanInclusive", value: 90 }] }, pts("31", 2));
rule({ all: [below("31", "任务完成率", 60)] }, pts("31", 1));
yes("31", "高标准完成", 3, "star");
yes("32", "重大工程备案", 1);

/** Item caps (封顶) where the rules exceed the weight. */
const ITEM_CAP: Record<string, number> = { "2": 2, "7": 5, "13": 5 };
/** The vetoes: 发生Ⅱ级以上事件 zeroes 网络与信息安全's base; 项目未启动 item 31's. */
const VETOES: Array<[TopLevelCondition, string[]]> = [
  [{ all: [is("24", "发生Ⅱ级以上事件")] }, ["23", "25", "26", "27", "28"]],
  [{ all: [is("31", "项目未启动")] }, ["31"]],
];

export function rulesEngine000(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  RULES.forEach(([conditions, params], n) =>
    engine.addRule({ name: `r${n}`, conditions, event: { type: "points", params } } as RuleProperties),
  );
  VETOES.forEach(([conditions, items], n) =>
    engine.addRule({ name: `veto${n}`, conditions, event: { type: "veto", params: { items } } } as RuleProperties),
  );
  return engine;
}

/** The total of one unit, from the events the engine fires for it. */
export async function rulesEngineTotal000(engine: Engine, sub: any): Promise<number> {
  const facts: Record<string, unknown> = {};
  for (const id in sub.items) facts[`i${id}`] = sub.items[id];
  const { events } = await engine.run(facts);
  const base: Record<string, number> = {};
  let star = 0;
  const vetoed = new Set<string>();
  for (const e of events) {
    if (e.type === "veto") {
      for (const id of e.params!.items as string[]) vetoed.add(id);
      continue;
    }
    const p = e.params as Points;
    let v = p.points;
    if (p.per) {
      const x = sub.items[p.item];
      const n = "field" in p.per ? x[p.per.field] : p.per.of - x[p.per.missing].length;
      v = p.points * n;
    }
    if (p.cap !== undefined) v = Math.sign(v) * Math.min(Math.abs(v), p.cap);
    if (p.pool === "star") star += v;
    else base[p.item] = (base[p.item] ?? 0) + v;
  }
  let total = 0;
  for (const id in base) {
    if (vetoed.has(id)) continue;
    const cap = ITEM_CAP[id];
    const v = Math.max(0, cap === undefined ? base[id]! : Math.min(base[id]!, cap));
    total += v;
  }
  return Math.min(100, Math.max(0, total)) + star;
}
