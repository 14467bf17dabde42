// The IR: a checked scheme, fully resolved, JSON-serialisable and versioned. It is the only thing
// the generators (scorer, JSON Schema, form, diff) read. Decisions are made once, in the checker;
// a generator that needs to re-derive one is a sign that a field is missing here.
import type { Span } from "../language/ast.js";

export const IR_VERSION = 1;

/** An exact decimal as a string: "3", "0.8", "-2", "12.5". Rates are fractions ("0.8" for 80%). */
export type Dec = string;

export interface SchemeIR {
  irVersion: typeof IR_VERSION;
  kaoheVersion: string;
  file: string;
  meta: SchemeMeta;
  pools: Pool[];
  /** Sections and items in document order (pre-order). */
  nodes: Node[];
  /** Inputs declared outside any item: facts about the unit, shared by all forms. */
  facts: Input[];
  /** What list inputs have one value for (`维度 栏目 { 政务公开, 办事服务 }`), in the order written. */
  dimensions: Dimension[];
  /** The top-level named figures that are numbers (`量 x = …`), in the order written (each after
   *  those it reads): computed once per unit for its result, its explanation and the ranking.
   *  Rules read them through `figure` expressions, which carry the calculation. Not inputs. */
  figures: Figure[];
  vetoes: Veto[];
  /** What every submission must satisfy between its inputs (`约束`), checked by the validator. */
  constraints: Constraint[];
  grades: GradeLevel[] | null;
  /** `评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`: the unit's rating, a label from its final total
   *  (and its facts); null when the scheme declares none. */
  rating: Rating | null;
  unitKinds: UnitKind[];
  units: Unit[];
  forms: Form[];
  /** How the forms' figures are combined; null when there are no forms. */
  combine: "mean" | null;
  naPolicy: "renormalise" | "peer-average" | null;
  rounding: Rounding | null;
  /** The rankings (R21), in the order written; empty when the scheme ranks nobody. */
  rankings: Ranking[];
  target: Target | null;
  /** Item ids in an order where every `得分(x)` reference is scored before it is read. */
  evaluationOrder: string[];
  /** True when some figure needs the other units (ratio to best, rank bands, peer average, ranking). */
  crossUnit: boolean;
  span: Span;
}

export interface SchemeMeta {
  title: string;
  office: string | null; // 发文单位
  year: string | null; // 年度
  docNumber: string | null; // 文号
  version: string | null; // 版本
  description: string | null; // 说明
  source: string | null; // 出处
}

export interface Pool {
  id: string;
  title: string;
  kind: "base" | "adjustment" | "bonus";
  /** Full marks (base) or cap (bonus, adjustment when written); null when not written. */
  points: Dec | null;
  star: boolean;
  /** The unit kinds the pool applies to (`适用 县区, 市级部门`); null: every unit. For a unit of
   *  another kind the pool and everything in it is absent: not submitted, not scored. */
  appliesTo: string[] | null;
  /** The pool's top-level nodes: sections and items in it whose parent (if any) is in another
   *  pool — those declared in the pool's body, and those marked for it (`★`, `计入`). */
  members: string[];
  /** The greatest and least score the pool can reach; null: no bound (an uncapped adjustment
   *  pool fed by a count with no 最高, or by an item with `最低 不限`). */
  max: Dec | null;
  min: Dec | null;
  span: Span;
}

/** Item and section metadata (S3). Every field is the text as written, or null. */
export interface NodeMeta {
  code: string | null; // 编号
  method: string | null; // 检查方法
  evidence: string | null; // 佐证材料
  lead: string | null; // 牵头科室
  support: string | null; // 配合科室
  provider: string | null; // 数据提供
  note: string | null; // 备注
  source: string | null; // 出处
}

export type Node = Section | Item;

interface NodeBase {
  id: string;
  title: string;
  /** Declared points; null for an item that only feeds an adjustment or bonus pool. */
  points: Dec | null;
  /** How the points were written: "3%", "70", "3分". */
  pointsAsWritten: string | null;
  pool: string;
  parent: string | null;
  /** Titles from the top-level node down to this one. */
  path: string[];
  depth: number;
  meta: NodeMeta;
  /** The unit kinds the node applies to, its own `适用` intersected with its parent's and its
   *  pool's; null: every unit. For a unit of another kind the node is absent (not N/A: absent). */
  appliesTo: string[] | null;
  /** Greatest and least score reachable (the base part, after caps, floors and vetoes);
   *  null: no bound (a count with no 最高 under `最低 不限`, or an item with neither points
   *  nor 封顶 in an adjustment or bonus pool). */
  max: Dec | null;
  min: Dec | null;
  span: Span;
}

export interface Section extends NodeBase {
  kind: "section";
  children: string[];
}

export interface Item extends NodeBase {
  kind: "item";
  inputs: Input[];
  /** Its named figures that are numbers (`量 x = …` written in it), in the order written: its
   *  result lists them (`figures`). Rules read them through `figure` expressions. */
  figures: Figure[];
  clauses: Clause[];
  /** The cap on the item's own-pool part: 封顶 if written, else the points; null if neither. */
  cap: Dec | null;
  capWritten: boolean;
  /** Why a written 封顶 cuts what the rules would give (`封顶 5分 因 "…"`); null when not written. */
  capReason: string | null;
  /** The floor (最低 q); null means no floor (最低 不限, or none needed: min ≥ 0 is proven). */
  floor: Dec | null;
  rescale: Rescale | null;
  allowNa: boolean;
  /** Some clause needs the other units (ratio to best, rank bands). */
  crossUnit: boolean;
  /** Pools other than `pool` that this item's clauses feed (★ parts, 计入 parts, rescale overflow). */
  otherPools: string[];
  /** Sections enclosing the item (in its pool) that its clauses feed beyond its points
   *  (`加 2分 计入 审批监察`, `超出 计入 审批监察`): held by neither the item's cap nor its floor,
   *  counted in that section's score (and so in the sections above it and the pool). */
  intoSections: string[];
}

export interface Rescale {
  from: Dec; // 300
  to: Dec; // 10
  /** Where the excess over `to` goes: another pool, or (section not null) an enclosing section
   *  of the item's own pool, beyond the item's points. */
  overflow: { pool: string; section: string | null; max: Dec | null } | null;
}

// ---------------------------------------------------------------- inputs

export type InputType =
  | { kind: "bool" }
  | { kind: "count" } // whole number ≥ 0
  | { kind: "rate" } // submitted as a percent number, 0–100 unless max says otherwise; evaluated as a fraction
  | { kind: "number" } // decimal ≥ 0
  | { kind: "amount"; unit: string } // decimal ≥ 0 in the unit
  | { kind: "option"; options: string[] }
  | { kind: "grade"; levels: string[] } // the scheme's grade labels, e.g. A B C D
  | { kind: "rank"; of: number | null } // whole number ≥ 1, at most `of`
  | { kind: "score"; fullMarks: Dec | null } // decimal ≥ 0, at most fullMarks when written
  | { kind: "checklist"; elements: string[] } // array of distinct element names
  | { kind: "text" }
  | { kind: "evidence" };

export interface Input {
  /** The name as written; the key in the submission. */
  name: string;
  /** The description if written, else the name. */
  title: string;
  type: InputType;
  required: boolean;
  /** Bounds as submitted (for rates: percent figures, e.g. "100"); null when the type sets none. */
  min: Dec | null;
  max: Dec | null;
  /** True when no rule reads this input (collected, not scored: I10). */
  collectedOnly: boolean;
  /** `输入 回复率 比率 每 栏目`: a list, one value per element of that dimension, each of `type`
   *  within `min`/`max`: submitted as an object keyed by the elements (all required), or, with
   *  `elements` null (an open list), as an array. null: one value. */
  list: { dimension: string; elements: string[] | null } | null;
  /** The unit kinds that report it (`输入 成绩 分数 适用 政府部门`, intersected with its item's
   *  kinds); null: every unit its item applies to (every unit, for a fact). A unit of another
   *  kind does not submit it (a submission that does is refused), and no rule reads it for such
   *  a unit (the checker proves it). */
  appliesTo: string[] | null;
  span: Span;
}

/** `维度 栏目 "网站栏目" { 政务公开, 办事服务 }`: a list input of it is submitted as an object with
 *  one key per element (every one required); with `elements` null (no braces) as an array, as
 *  long as the unit needs (its accounts). */
export interface Dimension {
  id: string;
  title: string;
  elements: string[] | null;
}

// ---------------------------------------------------------------- figures

/** A named figure that is a number (`量 综合投资率 = 投资完成率 × 难度系数`), at the top level or in an item. */
export interface Figure {
  name: string;
  /** What kind of value it is, for showing it: a rate as a percent, an amount with its unit. */
  kind: "rate" | "amount" | "count" | "points" | "number";
  unit: string | null;
  expr: Expr;
  /** The calculation as written (for explanations). */
  text: string;
  span: Span;
}

// ---------------------------------------------------------------- expressions

/** Where an input lives: an item's input, or a unit fact (item null). */
export interface InputRef {
  item: string | null;
  name: string;
}

/** What an aggregate over a list computes (个数 合计 平均 最小 最大 项数). */
export type AggregateFn = "count" | "sum" | "mean" | "min" | "max" | "length";

export type Expr =
  | { k: "const"; value: Dec }
  | { k: "input"; ref: InputRef } // bool → boolean; numeric types → Dec (rates as fractions); option/grade → string
  | { k: "column"; name: string } // the current unit's per-unit value
  // A named figure (`量 name = expr`) read by its name: `expr` is what it computes.
  | { k: "figure"; name: string; item: string | null; expr: Expr }
  | { k: "unit-kind" }
  | { k: "unit-name" } // the name of the unit being scored (`若 单位 = 开化县`), compared with `is`
  | { k: "total" } // the unit's final total (after a veto on it), read by a rating's criteria only
  | { k: "item-score"; item: string }
  | { k: "checked" | "missing"; ref: InputRef }
  | { k: "neg"; a: Expr }
  | { k: "add" | "sub" | "mul" | "div"; a: Expr; b: Expr }
  | { k: "cmp"; op: "<" | "<=" | ">" | ">=" | "=" | "!="; a: Expr; b: Expr } // numeric
  | { k: "is"; a: Expr; value: string; negate: boolean } // option, grade or unit kind equals a label
  | { k: "and" | "or"; args: Expr[] }
  | { k: "not"; a: Expr }
  | { k: "min" | "max"; args: Expr[] }
  | { k: "clamp"; x: Expr; lo: Expr; hi: Expr }
  | { k: "linear"; x: Expr; points: Array<[Dec, Dec]> } // piecewise linear through the points, flat outside
  // Over a list input (`个数(回复率 ≥ 90%)`, `平均(回复率)`): `of` is evaluated once per element of
  // the dimension, its `element` reads taking that element's value. count: the elements for which
  // `of` (yes/no) holds; sum, mean, min, max of its values; length: how many elements there are
  // (`项数(回复率)`, whatever their values). An open list's elements are those of the one open list
  // `of` reads; an empty list gives 0 (the mean too).
  | { k: "aggregate"; fn: AggregateFn; dimension: string; of: Expr }
  // A list input's value for the element being aggregated (only inside an aggregate's `of`).
  | { k: "element"; ref: InputRef };

// ---------------------------------------------------------------- clauses

export interface Bound {
  value: Dec;
  inclusive: boolean;
}
export interface Band {
  lo: Bound | null;
  hi: Bound | null;
  points: Dec;
  /** The band as written, e.g. "[60%, 90%)", "≥ 90%", "其余". */
  text: string;
}

interface ClauseBase {
  /** "<item id>#<n>", n from 1 in document order; parts number their clauses "<item>#<n>.<m>". */
  id: string;
  /** The pool this clause's points go to. */
  pool: string;
  /** `计入 审批监察`, a section enclosing the item: the clause's points count in that section
   *  beyond the item's points (not held by the item's cap or floor); `pool` is then the item's
   *  pool. null: the item (or, when `pool` is another pool, that pool). */
  section: string | null;
  /** The clause's source text, as written (for explanations). */
  text: string;
  span: Span;
}

export type Clause = ClauseBase &
  (
    | { k: "when"; cond: Expr; points: Dec; otherwise: Dec } // signed: 扣 gives negative points
    | { k: "value"; expr: Expr }
    // each signed; limit is a magnitude. With a step (`每满 1% x`): x counted in full steps,
    // truncated toward 0 (x ÷ step = 2.7 → 2; −2.7 → −2); without: count is the count.
    // `doubling` (`扣 1分 重复加倍`, deductions only): the first occurrence gives `each`, every
    // repeat twice `each`: n occurrences give each × (2n − 1), none (n ≤ 0) nothing.
    | { k: "per"; count: Expr; step: Dec | null; each: Dec; limit: Dec | null; doubling: boolean }
    | { k: "choice"; input: InputRef; cases: Array<{ option: string; points: Dec }> }
    | { k: "tiers"; subject: Expr; bands: Band[] }
    | { k: "ratio-to-best"; value: Expr; points: Dec }
    | { k: "rank-bands"; value: Expr; order: "desc" | "asc"; bands: Band[] }
    | { k: "grade"; input: InputRef; points: Dec }
    // 等次 { A: c … D: 其余 }: the level whose criterion holds (tried in order; the checker proves
    // that one and only one holds where it can), its share of the points. `when` null: 其余.
    | { k: "derived-grade"; levels: DerivedLevel[]; points: Dec }
    | { k: "part"; title: string; max: Dec | null; clauses: Clause[] }
    // 若 c { … } 否则 { … }: the clauses of the branch that holds; the others give nothing.
    // Child ids number on from the parent's: "<item>#<n>.<m>", then-branch first.
    | { k: "branch"; cond: Expr; then: Clause[]; otherwise: Clause[] }
  );

// ---------------------------------------------------------------- scheme-level rules

/** A veto zeroes its target's score in the target's own pool (an item's or section's base part;
 *  ★ parts its items put into other pools stand), or the whole final total (`总分`), or caps the
 *  final total (`总分 最高 59分`), or sets it (`总分 为 59分`), or only raises the disqualification flag (of the unit, or of the
 *  unit for one item or section: `本项 取消评优`). */
export interface Veto {
  id: string; // "veto#<n>" in document order
  cond: Expr;
  target:
    | { k: "item"; id: string }
    | { k: "section"; id: string }
    | { k: "total" }
    // `总分 最高 59分`: the final total is capped at `value` (a unit below it keeps its total)
    | { k: "total-cap"; value: Dec }
    // `总分 为 59分`: the final total is `value`, whatever the unit scored (94 → 59, and 30 → 59)
    | { k: "total-set"; value: Dec }
    | { k: "disqualify" }
    // `不计分` (不参加考核, 不予考核): the unit's total is null; it is left out of the figures that
    // compare units (best unit, rank bands, peer average) and of the ranking
    | { k: "not-scored" }
    // `本项 取消评优`, `<node> 取消评优`: the node keeps its score; the unit is disqualified for it
    | { k: "disqualify-node"; id: string }
    // `评定 不合格`: the unit's rating is `label` whatever its total (the first such veto that fires)
    | { k: "rating"; label: string };
  /** The label written after the target, or the condition's source text. */
  label: string;
  text: string;
  /** The item or section it was written in; null at the top level. */
  declaredIn: string | null;
  span: Span;
}

export interface DerivedLevel {
  label: string;
  when: Expr | null;
  /** The criterion as written, e.g. "完成率 ≥ 95% 且 非 重大事故", or "其余". */
  text: string;
}

/** `约束 [若 premise 则] claim`: a submission for which the premise holds and the claim does not
 *  is refused (nothing is scored). Inputs left out (可选) read as in scoring: 0, no, none. */
export interface Constraint {
  id: string; // "constraint#<n>" in document order
  /** The item whose inputs it relates (checked on each form when there are forms); null: written
   *  at the top level, over unit facts and columns. Not checked where the item is N/A or absent. */
  item: string | null;
  premise: Expr | null; // null: none written (the claim must always hold)
  claim: Expr;
  /** The inputs it reads, each once, in the order written (premise first); and those of the claim. */
  inputs: InputRef[];
  claimInputs: InputRef[];
  /** The explanation written after it, or null. */
  label: string | null;
  /** The constraint as written, without its explanation: "约束 已挂接数 ≤ 目录总数". */
  text: string;
  /** The same after its keyword, as messages quote it: "已挂接数 ≤ 目录总数". */
  condition: string;
  span: Span;
}

/** The unit's rating: the first level whose criterion holds (the checker proves that one and only
 *  one holds where it can), unless a veto sets it (`否决 若 c 则 评定 不合格`). Its criteria read
 *  `total`, the unit facts, the columns and the top-level figures. */
export interface Rating {
  levels: DerivedLevel[];
}

export interface GradeLevel {
  label: string;
  share: Dec; // fraction: "0.8"
}

export interface UnitKind {
  id: string;
  title: string;
  columns: string[];
  /** `{ 其余 }` (or `{ 甲, 其余 }`): units of the kind need not be listed. A unit not listed
   *  submits with `unit.kind` naming such a kind; it has no per-unit values. */
  open: boolean;
}
export interface Unit {
  name: string;
  kind: string;
  values: Record<string, Dec>;
}
export interface Form {
  id: string;
  title: string;
}
export interface Rounding {
  digits: number;
  mode: "half-up" | "truncate" | "half-even";
  stage: "item" | "section" | "total";
}
export interface Ranking {
  /** Its name (`排名 开发区 "开发区排名" …`); null for a scheme's one ranking written without a
   *  name. Results give each named ranking under its name. */
  id: string | null;
  /** Its title as written; null when none is written. */
  title: string | null;
  /** The unit kinds it ranks (`适用 开发区`), its population; null: every unit. A unit of the
   *  population without the figure ranked by is not ranked (rank null). */
  appliesTo: string[] | null;
  /** "total", "completion" (score ÷ target, with a target declared), a pool id, or "figure". */
  by: string;
  /** With `by` "figure": the top-level figure ranked by (`排名 按 综合投资率`); null otherwise. */
  figure: string | null;
  order: "desc" | "asc";
  /** Ties share the better rank: 1, 2, 2, 4. */
  ties: "competition";
  marks: Array<{ end: "top" | "bottom"; count: number; label: string }>;
}
export interface Target {
  column: string;
  /** null: completion is the total ÷ target. */
  pool: string | null;
}
