// The abstract syntax tree of a scheme file, as written (names unresolved, types unchecked).
// Built by language/to-ast.ts from the CST; read only by compiler/.

/** A place in a source file. Lines and columns are 1-based; columns count UTF-16 code units. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}
export interface Span {
  file: string;
  start: Position;
  end: Position; // exclusive
}

/** A name as written, with where it was written. */
export interface Name {
  text: string;
  span: Span;
}

/** A number with the unit written right after it: `3分`, `80%`, `200万元`, `70`. */
export interface Quantity {
  kind: "quantity";
  /** The digits as written, e.g. "0.8", "001". For `%` this is the percent figure ("80"). */
  digits: string;
  /** "分", "%" (also for ％), "万元", …; null when bare. */
  unit: string | null;
  span: Span;
}

export interface Str {
  text: string;
  span: Span;
}

export interface MetaEntry {
  kind: "meta";
  key: Name;
  value: Str | Quantity;
  span: Span;
}

export interface SchemeFile {
  kind: "scheme";
  file: string;
  header: Header | null; // null when the file has no `方案 "…" { … }` (a diagnostic says so)
  declarations: Declaration[];
  span: Span;
}

export interface Header {
  kind: "header";
  title: Str;
  meta: MetaEntry[];
  span: Span;
}

export type Declaration =
  | PoolDecl
  | SectionDecl
  | ItemDecl
  | InputDecl
  | UnitsDecl
  | FormDecl
  | CombineDecl
  | GradesDecl
  | NaPolicyDecl
  | RoundingDecl
  | RankingDecl
  | TargetDecl
  | VetoDecl
  | ConstraintDecl
  | FigureDecl
  | DimensionDecl
  | RatingDecl;

export type PoolKind = "base" | "adjustment" | "bonus";

export interface PoolDecl {
  kind: "pool";
  name: Name;
  title: Str | null;
  points: Quantity | null;
  poolKind: PoolKind | null; // null: not written (base)
  star: boolean; // `★`: the pool that ★-marked items and clauses go to
  body: Array<SectionDecl | ItemDecl> | null; // null: no braces
  appliesTo: AppliesTo | null;
  span: Span;
}

/** `适用 县区, 市级部门` in a pool's, section's or item's body: the unit kinds it applies to (S6). */
export interface AppliesTo {
  kind: "applies-to";
  kinds: Name[];
  span: Span;
}

/** `计入 P` or `★` after a head or a clause. */
export interface Into {
  star: boolean;
  pool: Name | null;
}

export interface SectionDecl {
  kind: "section";
  name: Name;
  title: Str | null;
  points: Quantity | null;
  into: Into | null;
  meta: MetaEntry[];
  appliesTo: AppliesTo | null;
  children: Array<SectionDecl | ItemDecl>;
  vetoes: VetoDecl[];
  span: Span;
}

export interface ItemDecl {
  kind: "item";
  /** `指标 001 …` gives a Quantity (digits kept as written, e.g. "001"); `指标 名称 …` a Name. */
  id: Name | Quantity;
  title: Str | null;
  points: Quantity | null;
  into: Into | null; // `★` on the head: the whole item is an adjustment/bonus item
  meta: MetaEntry[];
  appliesTo: AppliesTo | null;
  inputs: InputDecl[];
  clauses: Clause[];
  cap: Quantity | null; // 封顶
  capReason: Str | null; // 封顶 q 因 "…": why the cap cuts what the rules would give
  constraints: ConstraintDecl[];
  figures: FigureDecl[];
  floor: Quantity | "none" | null; // 最低 q | 最低 不限
  vetoes: VetoDecl[];
  allowNa: boolean; // 可无此项
  rescale: Rescale | null; // 折算
  span: Span;
}

export interface Rescale {
  from: Quantity;
  to: Quantity;
  overflow: { pool: Name; max: Quantity | null } | null;
  span: Span;
}

export type InputType =
  | { kind: "bool" }
  | { kind: "count" }
  | { kind: "rate" }
  | { kind: "number" }
  | { kind: "amount"; unit: Name }
  | { kind: "option"; options: Name[] }
  | { kind: "grade" }
  | { kind: "rank" }
  | { kind: "score" }
  | { kind: "checklist"; elements: Name[] }
  | { kind: "text" }
  | { kind: "evidence" };

export interface InputDecl {
  kind: "input";
  name: Name;
  type: InputType;
  typeSpan: Span;
  max: Quantity | null; // 最高
  min: Quantity | null; // 最低
  fullMarks: Quantity | null; // 满分 (score inputs)
  of: Quantity | null; // 共 (rank inputs: number of places)
  optional: boolean; // 可选
  /** `每 栏目` after the type: one value per element of that dimension (a list input). */
  per: Name | null;
  /** `适用 县区` on the input's line: the unit kinds that submit it. */
  appliesTo: AppliesTo | null;
  description: Str | null;
  span: Span;
}

// ---------------------------------------------------------------- clauses

interface ClauseBase {
  into: Into | null;
  span: Span;
}

export type Clause =
  | IfClause
  | ScoreClause
  | PerClause
  | ByClause
  | TiersClause
  | RatioClause
  | RankBandsClause
  | GradeClause
  | DerivedGradeClause
  | PartClause
  | BranchClause;

export type Verb = "score" | "add" | "deduct"; // 得 | 加 | 扣

export interface IfClause extends ClauseBase {
  kind: "if";
  cond: Expr;
  verb: Verb;
  points: Quantity;
  otherwise: Quantity | null;
}
export interface ScoreClause extends ClauseBase {
  kind: "score";
  verb: "score" | "add";
  expr: Expr;
}
export interface PerClause extends ClauseBase {
  kind: "per";
  /** `每满 q x`: x counted in full steps of q (a rate or an amount); null for `每 x`. */
  step: Quantity | null;
  /** `每 栏目 若 c …`: each element of the dimension for which c holds counts once (`count` is
   *  then c); null for `每 x`. */
  over: Name | null;
  count: Expr;
  verb: Verb;
  each: Quantity;
  limit: Quantity | null; // 最高 (score/add) or 最多扣 (deduct)
  limitWord: "max" | "max-deduct" | null;
  /** `重复加倍` (doubling) after the points: the first occurrence gives them, every repeat twice. */
  doubling: Span | null;
}
export interface ByClause extends ClauseBase {
  kind: "by";
  input: Name;
  cases: Array<{ option: Name; points: Quantity; span: Span }>;
}
export type Band =
  | { kind: "cmp"; op: CmpOp; bound: Quantity; span: Span }
  | {
      kind: "interval";
      lo: Quantity;
      loInclusive: boolean;
      hi: Quantity;
      hiInclusive: boolean;
      span: Span;
    }
  | { kind: "otherwise"; span: Span };
export interface TiersClause extends ClauseBase {
  kind: "tiers";
  subject: Expr;
  bands: Array<{ band: Band; points: Quantity; span: Span }>;
}
export interface RatioClause extends ClauseBase {
  kind: "ratio";
  value: Expr;
}
export interface RankBandsClause extends ClauseBase {
  kind: "rank-bands";
  value: Expr;
  order: "desc" | "asc" | null;
  bands: Array<{ band: Band; points: Quantity; span: Span }>;
}
export interface GradeClause extends ClauseBase {
  kind: "grade";
  input: Name;
}
/** `等次 { A: 条件 … D: 其余 }`: the grade whose criterion holds; `when` is null for 其余. */
export interface DerivedGradeClause extends ClauseBase {
  kind: "derived-grade";
  criteria: Array<{ label: Name; when: Expr | null; span: Span }>;
}
export interface PartClause extends ClauseBase {
  kind: "part";
  title: Str;
  max: Quantity | null;
  clauses: Clause[];
}
/** `若 c { … } 否则 { … }`: the clauses of the branch that holds. `into` is always null: each
 *  inner clause carries its own mark. `otherwise` is empty when no `否则 { … }` is written. */
export interface BranchClause extends ClauseBase {
  kind: "branch";
  cond: Expr;
  then: Clause[];
  otherwise: Clause[];
}

// ---------------------------------------------------------------- expressions

export type CmpOp = "<" | "<=" | ">" | ">=" | "=" | "!=";
export type ArithOp = "+" | "-" | "*" | "/";
/** Function names, normalised to their English spelling. */
export type FuncName =
  | "min"
  | "max"
  | "clamp"
  | "linear"
  | "score-of"
  | "checked"
  | "missing"
  // over a list input: 个数(c), 合计(x), 平均(x), 项数(x); 最小(x), 最大(x) with one list argument
  | "count-of"
  | "sum"
  | "length-of"
  | "mean";

export type Expr =
  | { kind: "num"; value: Quantity; span: Span }
  | { kind: "ref"; name: Name; span: Span } // an input, a per-unit column, an option (resolved by the checker)
  | { kind: "points"; span: Span } // 分值: the item's points
  | { kind: "unit-kind"; span: Span } // 单位类别
  | { kind: "unit-name"; span: Span } // 单位 (in an expression: the unit being scored)
  | { kind: "total"; span: Span } // 总分 (in a rating's criterion: the unit's final total)
  | { kind: "neg"; operand: Expr; span: Span }
  | { kind: "arith"; op: ArithOp; left: Expr; right: Expr; span: Span }
  | { kind: "cmp"; op: CmpOp; left: Expr; right: Expr; span: Span }
  | { kind: "and" | "or"; operands: Expr[]; span: Span }
  | { kind: "not"; operand: Expr; span: Span }
  | { kind: "call"; func: FuncName; funcSpan: Span; args: Expr[]; span: Span };

// ---------------------------------------------------------------- scheme-level declarations

export interface UnitsDecl {
  kind: "units";
  unitKind: Name;
  title: Str | null;
  columns: Name[];
  /** A row's values in column order; null for `/`, a cell left empty (not set for the unit). */
  rows: Array<{ name: Name; values: Array<Quantity | null>; span: Span }>;
  /** `其余` among the rows: units of the kind not listed may submit too (an open class). */
  open: boolean;
  span: Span;
}
export interface FormDecl {
  kind: "form";
  name: Name;
  title: Str | null;
  span: Span;
}
export interface CombineDecl {
  kind: "combine";
  how: "mean";
  span: Span;
}
export interface GradesDecl {
  kind: "grades";
  levels: Array<{ label: Name; share: Quantity; span: Span }>;
  span: Span;
}
/** `评定 { 优秀: 总分 ≥ 90 … 不合格: 其余 }`: the unit's rating, the first label whose criterion holds. */
export interface RatingDecl {
  kind: "rating";
  criteria: DerivedGradeClause["criteria"];
  span: Span;
}
export interface NaPolicyDecl {
  kind: "na-policy";
  policy: "renormalise" | "peer-average";
  span: Span;
}
export interface RoundingDecl {
  kind: "rounding";
  digits: Quantity;
  mode: "half-up" | "truncate" | "half-even" | null;
  stage: "item" | "section" | "total" | null;
  span: Span;
}
/** What `排名 按 …` ranks by, unless it is the total. */
export type RankingBy = { kind: "pool"; name: Name } | { kind: "completion"; span: Span };
/** `排名 [名称 ["标题"]] [按 …] [降序] [适用 …] { 前 3 "表彰" … }`: one ranking of the units. */
export interface RankingDecl {
  kind: "ranking";
  /** The ranking's name (`排名 开发区 "开发区排名" …`); null when not written. */
  name: Name | null;
  title: Str | null;
  by: RankingBy | null; // null: the total (`按 总分`, or no `按`)
  order: "desc" | "asc" | null;
  /** The unit kinds ranked (`适用 开发区`): its population; null: every unit. */
  appliesTo: AppliesTo | null;
  marks: Array<{ end: "top" | "bottom"; count: Quantity; label: Str; span: Span }>;
  span: Span;
}
export interface TargetDecl {
  kind: "target";
  column: Name;
  pool: Name | null;
  span: Span;
}
/** `本项` and a named node: zeroed, or with `取消评优` (`disqualify`) kept, the unit disqualified for it. */
export type VetoTarget =
  | { kind: "this-item"; disqualify: boolean; span: Span }
  /** `总分`: the total is zeroed; `总分 最高 59分`: capped at `atMost`; `总分 为 59分`: set to `setTo`. */
  | { kind: "total"; atMost: Quantity | null; setTo: Quantity | null; span: Span }
  | { kind: "disqualify"; span: Span }
  /** `不计分` (不参加考核, 不予考核): the unit has no total and is left out of comparisons and the ranking. */
  | { kind: "not-scored"; span: Span }
  /** `评定 不合格`: the unit's rating is that label, whatever its total. */
  | { kind: "rating"; label: Name; span: Span }
  | { kind: "named"; name: Name; disqualify: boolean };
export interface VetoDecl {
  kind: "veto";
  cond: Expr;
  target: VetoTarget;
  label: Str | null;
  span: Span;
}
/** `约束 [若 premise 则] claim ["说明"]`: what every submission must satisfy between its inputs. */
export interface ConstraintDecl {
  kind: "constraint";
  premise: Expr | null;
  claim: Expr;
  label: Str | null;
  span: Span;
}
/** `维度 栏目 "…" { 政务公开, 办事服务 }`: what a list input (`输入 回复率 比率 每 栏目`) has one value
 *  for. Without braces the list is open: a unit gives as many values as it has (accounts). */
export interface DimensionDecl {
  kind: "dimension";
  name: Name;
  title: Str | null;
  /** null: no braces (an open list). */
  elements: Name[] | null;
  span: Span;
}
/** `量 名 = expr`: a figure computed once per unit and read by its name, in order of declaration. */
export interface FigureDecl {
  kind: "figure";
  name: Name;
  expr: Expr;
  span: Span;
}
