// The checker's working model: the AST's declarations resolved into tables (pools, nodes,
// inputs, columns, grades), with what each check has proven so far. lower.ts turns it into the IR.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import type { CheckContext } from "./context.js";
import type { Interval } from "./interval.js";
import type { Kind } from "./kinds.js";
import type { Rational } from "./rational.js";

export interface PoolInfo {
  id: string;
  title: string;
  kind: IR.Pool["kind"];
  points: Rational | null;
  pointsSpan: A.Span | null;
  star: boolean;
  /** The unit kinds of its `适用`, in the order the units declare them; null: every unit. */
  appliesTo: string[] | null;
  span: A.Span;
  headSpan: A.Span;
  /** Proven score range; set by the budget check. */
  range: Interval | null;
}

export interface InputInfo {
  name: string;
  /** The item it is declared in; null for a unit fact. */
  owner: string | null;
  decl: A.InputDecl;
  type: IR.InputType;
  kind: Kind;
  /** Bounds as submitted (rates as percent figures), for the IR. */
  min: Rational | null;
  max: Rational | null;
  /** Values the rules see (rates as fractions); for a list input, each element's. */
  range: Interval;
  /** `每 栏目`: the dimension it has one value per element of; null: one value. */
  dimension: string | null;
  used: boolean;
  /** The unit kinds that submit it (its `适用` ∩ its item's kinds), in the order the units
   *  declare them; null: every unit its item applies to (every unit, for a fact). */
  appliesTo: string[] | null;
}

/** A named figure (`量 名 = expr`): its expression typed in its scope; read by name in rules. */
export interface FigureInfo {
  name: string;
  /** The item it is written in; null at the top level. */
  owner: string | null;
  decl: A.FigureDecl;
  typed: { kind: import("./kinds.js").Kind; ir: IR.Expr; integral: boolean };
  used: boolean;
}

/** `维度 栏目 { … }`: what list inputs have one value for. */
export interface DimensionInfo {
  id: string;
  title: string;
  /** null: an open list (no braces). */
  elements: string[] | null;
  span: A.Span;
  used: boolean;
}

export interface ColumnInfo {
  name: string;
  kind: Kind;
  /** One value per unit that has the column (rates as fractions), with the unit's kind. */
  values: Array<{ kind: string; value: Rational }>;
  /** Unit kinds that declare the column. */
  unitKinds: string[];
  span: A.Span;
}

interface NodeBase {
  id: string;
  title: string;
  parent: SectionInfo | null;
  pool: PoolInfo;
  path: string[];
  points: Rational | null;
  pointsAsWritten: string | null;
  meta: IR.NodeMeta;
  /** The head (keyword, name, title, points): where problems with the node are underlined. */
  headSpan: A.Span;
  span: A.Span;
  /** Its own `适用` ∩ its parent's ∩ its pool's, in the order the units declare the kinds; null:
   *  every unit. For a unit of another kind the node is absent. */
  appliesTo: string[] | null;
  /** Vetoes that can zero this node (its own `本项`, a named one, or one on a section above in
   *  the same pool). */
  vetoedBy: VetoInfo[];
  /** Greatest and least score for units of each kind it applies to (the key is null when the
   *  scheme declares no unit kinds), and over all of them; set by the budget check. */
  ranges: Map<string | null, Interval>;
  range: Interval | null;
}

export interface SectionInfo extends NodeBase {
  kind: "section";
  decl: A.SectionDecl;
  children: NodeInfo[];
}

export interface ItemInfo extends NodeBase {
  kind: "item";
  decl: A.ItemDecl;
  /** `★` on the head: the whole item feeds the ★ pool. */
  starHead: boolean;
  inputs: Map<string, InputInfo>;
  /** Its named figures (`量`), in the order written. */
  figures: Map<string, FigureInfo>;
  clauses: IR.Clause[];
  /** Items whose `得分()` this item reads. */
  reads: Array<{ item: string; span: A.Span }>;
  crossUnit: boolean;
  /** Set by the budget check: the cap and floor applied, the sub-scale, and what the item
   *  puts into pools other than its own (★ and 计入 clauses, rescale overflow), per unit kind
   *  (keyed as `ranges`) and pool id. */
  cap: Rational | null;
  floor: Rational | null;
  rescale: IR.Rescale | null;
  contributions: Map<string | null, Map<string, Interval>>;
  /** What its own-pool rules reach (after sub-scale and cap), and each rule's part; null when
   *  unknown (a reference cycle). Set by the budget check, read by W703. */
  reach: { own: Interval; perClause: Interval[] } | null;
}

export type NodeInfo = SectionInfo | ItemInfo;

export interface VetoInfo {
  decl: A.VetoDecl;
  declaredIn: NodeInfo | null;
  target: IR.Veto["target"] | null;
  cond: IR.Expr | null;
}

export interface GradeInfo {
  label: string;
  share: Rational;
}

export interface Model {
  ctx: CheckContext;
  ast: A.SchemeFile;
  meta: IR.SchemeMeta;
  pools: PoolInfo[];
  starPool: PoolInfo | null;
  nodes: NodeInfo[]; // pre-order
  nodesById: Map<string, NodeInfo>;
  items: ItemInfo[];
  facts: Map<string, InputInfo>;
  /** Named figures written at the top level (`量`), in the order written. */
  figures: Map<string, FigureInfo>;
  columns: Map<string, ColumnInfo>;
  dimensions: Map<string, DimensionInfo>;
  unitKinds: IR.UnitKind[];
  units: IR.Unit[];
  grades: GradeInfo[] | null;
  /** `评定 { … }`: its levels, criteria typed (the check of gaps and overlaps runs after the budgets). */
  rating: { levels: Array<IR.DerivedLevel & { span: A.Span }>; span: A.Span } | null;
  forms: IR.Form[];
  combine: A.CombineDecl | null;
  naPolicy: A.NaPolicyDecl | null;
  rounding: A.RoundingDecl | null;
  /** Every `排名`, in the order written. */
  rankings: A.RankingDecl[];
  target: A.TargetDecl | null;
  vetoes: VetoInfo[];
  /** Unit-table cells written `/`: the column is not set for that unit. */
  unsetCells: Array<{ column: string; unit: string; kind: string }>;
  /** Places where the scheme divides (÷, 最高值比, 折算, 平均, 重新分配, 线性): E602. */
  divisions: A.Span[];
  /** Pairs "<a>|<b>" of input keys (env.ts inputKey) that a constraint with no premise keeps at
   *  a ≤ b for every submission (`约束 已挂接数 ≤ 目录总数`): the point budgets use them. */
  atMost: Set<string>;
}
