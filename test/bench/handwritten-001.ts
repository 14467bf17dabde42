// Seed 001 (schemes/weifang-2011.kaohe, 潍信办[2011]10号) scored by hand, the way a programmer in
// the assessment office would write it without kaohe: plain TypeScript, the same exact decimals
// (generators/scorer/runtime/decimal.ts), the same result figures as the generated scorer, and
// no explanations. The bench (score-001.ts) runs it against the generated scorer.
//
// The scheme, as hand rules:
// - 指标考核 (800, base): items 1–22, each (指标值 ÷ best 指标值 among the units it applies to) × 权重;
//   item 12 reads 网上办理率 (a percent) instead; a best value of 0 gives 0. Items 5–9 (部门网站建设):
//   a 政府部门 unit scores 网站绩效评估成绩 ÷ 100 × 权重; the other units the ratio to the best among
//   the other units. N/A (1–22 only) is renormalised: the unit's applicable items
//   × 800 ÷ (800 − the N/A 权重), their maxima likewise.
// - 自查考核 (100, base): 自查评分. 奖励考核 (100, bonus): 40 / 30 / 20 / 10 for items 23–26 if 经认定.
// - 信息安全事故次数 ≥ 1 zeroes the section 标准化与信息安全保障 (items 17–20);
//   发生重大网络与信息安全事故 or 发生其他重大失误 raises "disqualified".
// - every item rounded to 2 decimals half up after N/A scaling; sections and pools add rounded items.
import {
  ZERO,
  add,
  cmp,
  dec,
  div,
  isWhole,
  mul,
  parse,
  round,
  sign,
  sub,
  toDecimal,
  type Q,
} from "../../generators/scorer/runtime/decimal.js";

const WEIGHTS = [70, 20, 30, 40, 60, 30, 30, 40, 40, 40, 40, 30, 20, 40, 30, 40, 40, 20, 30, 10, 50, 50];
const SECTIONS: Array<[string, number[]]> = [
  ["信息化工作体系", [1, 2, 3, 4]],
  ["部门网站建设", [5, 6, 7, 8, 9]],
  ["电子政务建设与应用", [10, 11, 12, 13, 14, 15, 16]],
  ["标准化与信息安全保障", [17, 18, 19, 20]],
  ["信息化培训", [21, 22]],
];
const REWARDS: Array<[string, number]> = [
  ["23", 40],
  ["24", 30],
  ["25", 20],
  ["26", 10],
];
const REWARD_SECTIONS: Array<[string, string[]]> = [
  ["表彰奖励", ["23", "24", "25"]],
  ["项目资金扶持", ["26"]],
];
const VETO_SECTION = "veto#2";
const W = WEIGHTS.map((w) => dec(String(w)));
const EIGHT_HUNDRED = dec("800");
const HUNDRED = dec("100");

export interface HandItem {
  score: string;
  max: string | null;
  pools: Record<string, string>;
  na: boolean;
  vetoedBy: string[];
  pending: boolean;
}
export interface HandUnit {
  unit: { name: string; kind: string | null };
  total: string;
  pools: Record<string, string>;
  items: Record<string, HandItem>;
  sections: Record<string, { score: string; max: string; vetoedBy: string[] }>;
  vetoes: string[];
  flags: string[];
}

interface Sub {
  unit: { name: string; kind?: string };
  facts: Record<string, unknown>;
  items: Record<string, Record<string, unknown>>;
  notApplicable?: string[];
}

function fail(unit: string, what: string): never {
  throw new Error(`${unit}: ${what}`);
}

function number(v: unknown, unit: string, what: string, max: number | null): Q {
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || (max !== null && v > max)) fail(unit, what);
  return parse(v)!;
}

/** Checks what the scorer reads, as a careful hand-written scorer would. */
function check(subs: unknown[]): Sub[] {
  const names = new Set<string>();
  return subs.map((raw) => {
    const s = raw as Sub;
    const name = s?.unit?.name;
    if (typeof name !== "string" || name.trim() === "" || names.has(name)) fail(String(name), "unit name");
    names.add(name);
    if (s.unit.kind !== undefined && s.unit.kind !== "政府部门" && s.unit.kind !== "其他部门") fail(name, "unit kind");
    const f = s.facts;
    // 网站绩效评估成绩 适用 政府部门, 指标值 of 5–9 适用 其他部门: the other kind must not report it
    const gov = s.unit.kind === "政府部门";
    if (gov) number(f?.网站绩效评估成绩, name, "网站绩效评估成绩", 100);
    else if (f?.网站绩效评估成绩 !== undefined) fail(name, "网站绩效评估成绩");
    const n = number(f.信息安全事故次数, name, "信息安全事故次数", null);
    if (!isWhole(n)) fail(name, "信息安全事故次数");
    if (typeof f.发生重大网络与信息安全事故 !== "boolean" || typeof f.发生其他重大失误 !== "boolean")
      fail(name, "facts");
    const na = s.notApplicable ?? [];
    for (const id of na) if (!WEIGHTS[Number(id) - 1] || String(Number(id)) !== id) fail(name, `N/A ${id}`);
    for (let i = 1; i <= 22; i++) {
      if (na.includes(String(i))) continue;
      const it = s.items?.[String(i)];
      if (i === 12) number(it?.网上办理率, name, "网上办理率", 100);
      else if (gov && i >= 5 && i <= 9) {
        if (it?.指标值 !== undefined) fail(name, "指标值");
      } else number(it?.指标值, name, "指标值", null);
    }
    number(s.items?.["自查"]?.自查评分, name, "自查评分", 100);
    for (const [id] of REWARDS) if (typeof s.items?.[id]?.经认定 !== "boolean") fail(name, `${id} 经认定`);
    return s;
  });
}

function value(s: Sub, i: number): Q {
  const it = s.items[String(i)]!;
  return i === 12 ? div(parse(it.网上办理率 as number)!, HUNDRED) : parse(it.指标值 as number)!;
}

/** A figure as the scheme shows it: exact, or rounded to 2 decimals half up when it does not end. */
const fig = (q: Q) => toDecimal(q) ?? toDecimal(round(q, 2, "half-up"))!;

export function scoreWeifang(submissions: unknown[]): HandUnit[] {
  const subs = check(submissions);
  const government = (s: Sub) => s.unit.kind === "政府部门";
  const site = (i: number) => i >= 5 && i <= 9;
  // Best value of each item among the units it applies to (for 5–9: the units not 政府部门).
  const best: Q[] = WEIGHTS.map(() => ZERO);
  for (const s of subs)
    for (let i = 1; i <= 22; i++) {
      if (s.notApplicable?.includes(String(i)) || (site(i) && government(s))) continue;
      const v = value(s, i);
      if (cmp(v, best[i - 1]!) > 0) best[i - 1] = v;
    }
  return subs.map((s) => {
    const facts = s.facts;
    const na = new Set(s.notApplicable ?? []);
    const sectionVeto = (facts.信息安全事故次数 as number) >= 1;
    let gone = ZERO;
    for (const id of na) gone = add(gone, W[Number(id) - 1]!);
    const factor = div(EIGHT_HUNDRED, sub(EIGHT_HUNDRED, gone));
    const siteScore = government(s) ? parse(facts.网站绩效评估成绩 as number)! : ZERO;
    const items: Record<string, HandItem> = {};
    const own: Q[] = [];
    for (let i = 1; i <= 22; i++) {
      const id = String(i);
      const w = W[i - 1]!;
      const vetoed = sectionVeto && i >= 17 && i <= 20;
      if (na.has(id)) {
        own[i] = ZERO;
        items[id] = {
          score: "0",
          max: "0",
          pools: { 指标考核: "0" },
          na: true,
          vetoedBy: vetoed ? [VETO_SECTION] : [],
          pending: false,
        };
        continue;
      }
      const b = best[i - 1]!;
      let x: Q;
      if (site(i) && government(s)) x = div(mul(siteScore, w), HUNDRED);
      else x = sign(b) > 0 ? mul(div(value(s, i), b), w) : ZERO;
      if (vetoed) x = ZERO;
      const scaled = round(mul(x, factor), 2, "half-up");
      own[i] = scaled;
      const score = fig(scaled);
      items[id] = {
        score,
        max: fig(mul(w, factor)),
        pools: { 指标考核: score },
        na: false,
        vetoedBy: vetoed ? [VETO_SECTION] : [],
        pending: false,
      };
    }
    const selfScore = parse(s.items["自查"]!.自查评分 as number)!;
    items["自查"] = {
      score: fig(selfScore),
      max: "100",
      pools: { 自查考核: fig(selfScore) },
      na: false,
      vetoedBy: [],
      pending: false,
    };
    const reward: Record<string, Q> = {};
    for (const [id, points] of REWARDS) {
      const got = s.items[id]!.经认定 === true ? dec(String(points)) : ZERO;
      reward[id] = got;
      items[id] = {
        score: fig(got),
        max: String(points),
        pools: { 奖励考核: fig(got) },
        na: false,
        vetoedBy: [],
        pending: false,
      };
    }

    const sections: HandUnit["sections"] = {};
    let indicator = ZERO;
    for (const [id, members] of SECTIONS) {
      let score = ZERO;
      let max = ZERO;
      for (const i of members) {
        score = add(score, own[i]!);
        max = add(max, na.has(String(i)) ? ZERO : mul(W[i - 1]!, factor));
      }
      const vetoed = id === "标准化与信息安全保障" && sectionVeto;
      if (vetoed) score = ZERO;
      indicator = add(indicator, score);
      sections[id] = { score: fig(score), max: fig(max), vetoedBy: vetoed ? [VETO_SECTION] : [] };
    }
    let bonus = ZERO;
    for (const [id, members] of REWARD_SECTIONS) {
      let score = ZERO;
      let max = 0;
      for (const m of members) {
        score = add(score, reward[m]!);
        max += REWARDS.find(([r]) => r === m)![1];
      }
      bonus = add(bonus, score);
      sections[id] = { score: fig(score), max: String(max), vetoedBy: [] };
    }
    if (cmp(indicator, EIGHT_HUNDRED) > 0) indicator = EIGHT_HUNDRED;
    const selfPool = cmp(selfScore, HUNDRED) > 0 ? HUNDRED : selfScore;
    if (cmp(bonus, HUNDRED) > 0) bonus = HUNDRED;
    const pools = { 指标考核: fig(indicator), 自查考核: fig(selfPool), 奖励考核: fig(bonus) };
    const disqualified = facts.发生重大网络与信息安全事故 === true || facts.发生其他重大失误 === true;
    return {
      unit: { name: s.unit.name, kind: s.unit.kind ?? null },
      total: fig(add(add(indicator, selfPool), bonus)),
      pools,
      items,
      sections,
      vetoes: [...(disqualified ? ["veto#1"] : []), ...(sectionVeto ? [VETO_SECTION] : [])],
      flags: disqualified ? ["disqualified"] : [],
    };
  });
}
