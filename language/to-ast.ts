// The CST visitor that builds the AST (ast.ts). A construct that error recovery left incomplete
// (a token missing or invented by the parser) is left out of the AST: its error is already reported.
import type { CstElement, CstNode, IToken, TokenType } from "chevrotain";
import type * as A from "./ast.js";
import * as T from "./lexer.js";
import { parser } from "./parser.js";
import { isReal, tokenSpan, type LineIndex } from "./span.js";
import { CHAIN_LIMIT } from "./syntax-errors.js";

type Children = Record<string, CstElement[] | undefined>;

/** Thrown inside the visitor when a required part is missing; caught where the part is optional. */
class Incomplete extends Error {}

const CMP_OPS = new Map<TokenType, A.CmpOp>([
  [T.Ge, ">="],
  [T.Le, "<="],
  [T.Ne, "!="],
  [T.Gt, ">"],
  [T.Lt, "<"],
  [T.Eq, "="],
]);
const FUNCS = new Map<TokenType, A.FuncName>([
  [T.FnMin, "min"],
  [T.MinEn, "min"],
  [T.FnMax, "max"],
  [T.MaxEn, "max"],
  [T.FnClamp, "clamp"],
  [T.FnLinear, "linear"],
  [T.FnScoreOf, "score-of"],
  [T.FnChecked, "checked"],
  [T.FnMissing, "missing"],
  [T.FnCountOf, "count-of"],
  [T.FnSum, "sum"],
  [T.FnLengthOf, "length-of"],
  [T.Mean, "mean"],
]);
const SIMPLE_TYPES = new Map<TokenType, A.InputType["kind"]>([
  [T.TypeBool, "bool"],
  [T.TypeCount, "count"],
  [T.TypeRate, "rate"],
  [T.TypeNumber, "number"],
  [T.Grade, "grade"],
  [T.TypeRank, "rank"],
  [T.TypeScore, "score"],
  [T.ScoreEn, "score"],
  [T.TypeText, "text"],
  [T.TypeEvidence, "evidence"],
]);

/** `最高 q`, `最低 q`, `满分 q`, `共 q` after an input's type. */
interface InputBound {
  key: "max" | "min" | "fullMarks" | "of";
  value: A.Quantity;
}

/** What one statement inside an item's braces contributes. */
interface WrittenCap {
  amount: A.Quantity;
  reason: A.Str | null;
}
type ItemPart =
  | { kind: "meta"; value: A.MetaEntry }
  | { kind: "applies-to" }
  | { kind: "input"; value: A.InputDecl }
  | { kind: "clause"; value: A.Clause }
  | { kind: "cap"; value: WrittenCap; keyword: IToken }
  | { kind: "constraint"; value: A.ConstraintDecl }
  | { kind: "figure"; value: A.FigureDecl }
  | { kind: "floor"; value: A.Quantity | "none"; keyword: IToken }
  | { kind: "veto"; value: A.VetoDecl }
  | { kind: "allow-na" }
  | { kind: "rescale"; value: A.Rescale; keyword: IToken };

/** What a pool's braces hold. */
interface PoolBody {
  members: Array<A.SectionDecl | A.ItemDecl>;
  appliesTo: A.AppliesTo | null;
}
type SectionStmt = A.MetaEntry | A.AppliesTo | A.SectionDecl | A.ItemDecl | A.VetoDecl;
/** What follows `若 c`: a rule's points, or the branches. */
type IfTail = Pick<A.IfClause, "verb" | "points" | "otherwise" | "into">;
type Branches = Pick<A.BranchClause, "then" | "otherwise">;
/** What `每` counts: an expression, or the elements of a dimension meeting a condition. */
type PerSubject = Pick<A.PerClause, "over" | "count">;

const BaseVisitor = parser.getBaseCstVisitorConstructor();

class AstBuilder extends BaseVisitor {
  /** The node being visited. */
  private at: CstNode | null = null;
  /** The keywords of statements written twice where one counts (a second 封顶 in an item …). */
  readonly repeated: IToken[] = [];
  /** The first operator past CHAIN_LIMIT in each chain that is too long (E112). */
  readonly overlong: IToken[] = [];
  /** Negative numbers where only a positive one means anything (E113): points, caps, steps. */
  readonly misplacedSigns: IToken[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly fileEnd: A.Position,
  ) {
    super();
    this.validateVisitor();
  }

  // ---------------------------------------------------------------- helpers

  private tokens(ctx: Children, key: string): IToken[] {
    return (ctx[key] ?? []).filter((e): e is IToken => "image" in e && isReal(e));
  }
  /** The index-th real token under key. */
  private token(ctx: Children, key: string, index = 0): IToken | null {
    let seen = 0;
    for (const e of ctx[key] ?? []) {
      if ("image" in e && isReal(e) && seen++ === index) return e;
    }
    return null;
  }
  private need(ctx: Children, key: string, index = 0): IToken {
    const token = this.token(ctx, key, index);
    if (!token) throw new Incomplete();
    return token;
  }
  private nodes(ctx: Children, key: string): CstNode[] {
    return (ctx[key] ?? []).filter((e): e is CstNode => "children" in e);
  }
  private node(ctx: Children, key: string, index = 0): CstNode | null {
    let seen = 0;
    for (const e of ctx[key] ?? []) {
      if ("children" in e && seen++ === index) return e;
    }
    return null;
  }
  /** The one node child of a rule whose body is an alternation of sub-rules. */
  private only(ctx: Children): CstNode {
    for (const key in ctx) {
      const e = ctx[key]?.[0];
      if (e && "children" in e) return e;
    }
    throw new Incomplete();
  }
  /** Visit a child that must be there and be complete. */
  private sub<R>(ctx: Children, key: string, index = 0): R {
    const node = this.node(ctx, key, index);
    if (!node) throw new Incomplete();
    return this.visit(node) as R;
  }
  /** Visit a child if written; incomplete counts as not written. */
  private opt<R>(ctx: Children, key: string): R | null {
    const node = this.node(ctx, key);
    return node ? this.complete<R>(node) : null;
  }
  /** Visit every child under key, leaving out the incomplete ones. */
  private all<R>(ctx: Children, key: string): R[] {
    return this.nodes(ctx, key).flatMap((node) => {
      const value = this.complete<R>(node);
      return value === null ? [] : [value];
    });
  }
  private complete<R>(node: CstNode): R | null {
    try {
      return this.visit(node) as R;
    } catch (err) {
      if (err instanceof Incomplete) return null;
      throw err;
    }
  }

  /** Visits a node with `at` set to it, so that `here()` gives its span. */
  override visit(node: CstNode | CstNode[], param?: unknown): unknown {
    const outer = this.at;
    this.at = Array.isArray(node) ? (node[0] ?? null) : node;
    try {
      return super.visit(node, param);
    } finally {
      this.at = outer;
    }
  }
  /** The span of the node being visited. */
  private here(): A.Span {
    if (!this.at) throw new Incomplete();
    return this.spanOf(this.at);
  }
  /** From the first to the last token of a node (Chevrotain tracks their offsets). */
  private spanOf(node: CstNode): A.Span {
    const start = node.location?.startOffset;
    const end = node.location?.endOffset;
    if (start === undefined || end === undefined || !Number.isFinite(start) || !Number.isFinite(end)) {
      throw new Incomplete();
    }
    return { file: this.file, start: this.lines.at(start), end: this.lines.after(end) };
  }
  private name(token: IToken): A.Name {
    return { text: token.image, span: tokenSpan(this.file, token) };
  }
  /** A number as written. A sign (`-`, `－`, `−`) is allowed only where `signed` says so: bounds,
   *  bands, floors, expressions and unit-table values; elsewhere it is E113. */
  private quantity(token: IToken, signed = false): A.Quantity {
    const negative = /^[-－−]/.test(token.image);
    if (negative && !signed) this.misplacedSigns.push(token);
    const image = negative ? token.image.slice(1) : token.image;
    const digits = /^\d+(?:\.\d+)?/.exec(image)![0];
    const rest = image.slice(digits.length);
    return {
      kind: "quantity",
      digits: negative ? `-${digits}` : digits,
      unit: rest === "" ? null : rest === "％" ? "%" : rest,
      span: tokenSpan(this.file, token),
    };
  }
  private str(token: IToken): A.Str {
    const image = token.image;
    const closed = token.tokenType === T.StringLit;
    let text = image.slice(1, closed ? -1 : undefined);
    if (image.startsWith('"')) text = text.replace(/\\(["\\])/g, "$1");
    return { text, span: tokenSpan(this.file, token) };
  }
  /** A name written as a name or as a quoted text (`按` cases, unit rows). */
  private nameOrStr(ctx: Children): A.Name {
    const name = this.token(ctx, "Name");
    if (name) return this.name(name);
    const str = this.str(this.need(ctx, "Str"));
    return { text: str.text, span: str.span };
  }
  private optStr(ctx: Children): A.Str | null {
    const token = this.token(ctx, "Str");
    return token ? this.str(token) : null;
  }
  private optQuantity(ctx: Children, index = 0): A.Quantity | null {
    const token = this.token(ctx, "Quantity", index);
    return token ? this.quantity(token) : null;
  }
  private has(ctx: Children, key: string): boolean {
    return this.token(ctx, key) !== null;
  }
  /** The value of a statement written once; the keywords of its repetitions are noted. */
  private once<V>(found: Array<{ value: V; keyword: IToken }>): V | null {
    this.repeated.push(...found.slice(1).map((p) => p.keyword));
    return found[0]?.value ?? null;
  }
  /** The `适用` of a body, written once: among its statements (`stmt` nodes), or directly in it. */
  private appliesOnce(ctx: Children, stmt: "sectionStmt" | "itemStmt" | null): A.AppliesTo | null {
    const nodes = stmt
      ? this.nodes(ctx, stmt).flatMap((n) => this.nodes(n.children, "appliesTo"))
      : this.nodes(ctx, "appliesTo");
    const found = nodes.flatMap((node) => {
      const value = this.complete<A.AppliesTo>(node);
      return value ? [{ value, keyword: this.need(node.children, "AppliesTo") }] : [];
    });
    return this.once(found);
  }

  // ---------------------------------------------------------------- file and declarations

  scheme(ctx: Children): A.SchemeFile {
    return {
      kind: "scheme",
      file: this.file,
      header: this.opt<A.Header>(ctx, "header"),
      declarations: this.all<A.Declaration>(ctx, "declaration"),
      span: { file: this.file, start: { offset: 0, line: 1, column: 1 }, end: this.fileEnd },
    };
  }

  header(ctx: Children): A.Header {
    return {
      kind: "header",
      title: this.str(this.need(ctx, "Str")),
      meta: this.all<A.MetaEntry>(ctx, "metaEntry"),
      span: this.here(),
    };
  }

  metaEntry(ctx: Children): A.MetaEntry {
    const str = this.token(ctx, "Str");
    return {
      kind: "meta",
      key: this.name(this.need(ctx, "Name")),
      value: str ? this.str(str) : this.quantity(this.need(ctx, "Quantity")),
      span: this.here(),
    };
  }

  declaration(ctx: Children): A.Declaration {
    const child = this.only(ctx);
    return this.visit(child) as A.Declaration;
  }

  stray(): null {
    return null;
  }

  pool(ctx: Children): A.PoolDecl {
    const body = this.opt<PoolBody>(ctx, "poolBody");
    return {
      kind: "pool",
      name: this.name(this.need(ctx, "Name")),
      title: this.optStr(ctx),
      points: this.optQuantity(ctx),
      poolKind: this.opt<A.PoolKind>(ctx, "poolKind"),
      star: this.has(ctx, "Star"),
      body: body?.members ?? null,
      appliesTo: body?.appliesTo ?? null,
      span: this.here(),
    };
  }

  poolKind(ctx: Children): A.PoolKind {
    if (this.has(ctx, "Adjustment")) return "adjustment";
    if (this.has(ctx, "Bonus")) return "bonus";
    this.need(ctx, "Base");
    return "base";
  }

  poolBody(ctx: Children): PoolBody {
    return { members: this.all(ctx, "member"), appliesTo: this.appliesOnce(ctx, null) };
  }

  member(ctx: Children): A.SectionDecl | A.ItemDecl {
    return this.node(ctx, "section") ? this.sub(ctx, "section") : this.sub(ctx, "item");
  }

  section(ctx: Children): A.SectionDecl {
    const stmts = this.all<SectionStmt>(ctx, "sectionStmt");
    return {
      kind: "section",
      name: this.name(this.need(ctx, "Name")),
      title: this.optStr(ctx),
      points: this.optQuantity(ctx),
      into: this.intoOf(ctx),
      meta: stmts.filter((s): s is A.MetaEntry => s.kind === "meta"),
      appliesTo: this.appliesOnce(ctx, "sectionStmt"),
      children: stmts.filter(
        (s): s is A.SectionDecl | A.ItemDecl => s.kind === "section" || s.kind === "item",
      ),
      vetoes: stmts.filter((s): s is A.VetoDecl => s.kind === "veto"),
      span: this.here(),
    };
  }

  sectionStmt(ctx: Children): SectionStmt {
    const child = this.only(ctx);
    return this.visit(child) as SectionStmt;
  }

  appliesTo(ctx: Children): A.AppliesTo {
    this.need(ctx, "AppliesTo");
    return {
      kind: "applies-to",
      kinds: this.tokens(ctx, "Name").map((t) => this.name(t)),
      span: this.here(),
    };
  }

  /** `★` and `计入 P` on a head (either or both) or after a clause (one of them). */
  private intoOf(ctx: Children): A.Into | null {
    const star = this.has(ctx, "Star");
    const into = this.opt<A.Name>(ctx, "into");
    return star || into ? { star, pool: into } : null;
  }

  into(ctx: Children): A.Name {
    this.need(ctx, "Into");
    return this.name(this.need(ctx, "Name"));
  }

  item(ctx: Children): A.ItemDecl {
    const parts = this.all<ItemPart>(ctx, "itemStmt");
    const cap = this.once(parts.flatMap((p) => (p.kind === "cap" ? [p] : [])));
    return {
      kind: "item",
      id: this.sub(ctx, "itemId"),
      title: this.optStr(ctx),
      points: this.optQuantity(ctx),
      into: this.intoOf(ctx),
      meta: parts.flatMap((p) => (p.kind === "meta" ? [p.value] : [])),
      appliesTo: this.appliesOnce(ctx, "itemStmt"),
      inputs: parts.flatMap((p) => (p.kind === "input" ? [p.value] : [])),
      clauses: parts.flatMap((p) => (p.kind === "clause" ? [p.value] : [])),
      cap: cap?.amount ?? null,
      capReason: cap?.reason ?? null,
      constraints: parts.flatMap((p) => (p.kind === "constraint" ? [p.value] : [])),
      figures: parts.flatMap((p) => (p.kind === "figure" ? [p.value] : [])),
      floor: this.once(parts.flatMap((p) => (p.kind === "floor" ? [p] : []))),
      vetoes: parts.flatMap((p) => (p.kind === "veto" ? [p.value] : [])),
      allowNa: parts.some((p) => p.kind === "allow-na"),
      rescale: this.once(parts.flatMap((p) => (p.kind === "rescale" ? [p] : []))),
      span: this.here(),
    };
  }

  itemId(ctx: Children): A.Name | A.Quantity {
    const name = this.token(ctx, "Name");
    return name ? this.name(name) : this.quantity(this.need(ctx, "Quantity"));
  }

  itemStmt(ctx: Children): ItemPart {
    const node = this.only(ctx);
    const value = this.visit(node) as unknown;
    const children = node.children as Children;
    switch (node.name) {
      case "metaEntry":
        return { kind: "meta", value: value as A.MetaEntry };
      case "appliesTo":
        return { kind: "applies-to" };
      case "inputDecl":
        return { kind: "input", value: value as A.InputDecl };
      case "clause":
        return { kind: "clause", value: value as A.Clause };
      case "cap":
        return { kind: "cap", value: value as WrittenCap, keyword: this.need(children, "Cap") };
      case "constraint":
        return { kind: "constraint", value: value as A.ConstraintDecl };
      case "figureDecl":
        return { kind: "figure", value: value as A.FigureDecl };
      case "floor":
        return { kind: "floor", value: value as A.Quantity | "none", keyword: this.need(children, "Min") };
      case "veto":
        return { kind: "veto", value: value as A.VetoDecl };
      case "allowNa":
        return { kind: "allow-na" };
      default:
        return { kind: "rescale", value: value as A.Rescale, keyword: this.need(children, "Rescale") };
    }
  }

  allowNa(ctx: Children): true {
    this.need(ctx, "AllowNa");
    return true;
  }

  // ---------------------------------------------------------------- inputs

  inputDecl(ctx: Children): A.InputDecl {
    const typeNode = this.node(ctx, "inputType");
    if (!typeNode) throw new Incomplete();
    const opts = this.all<InputBound | "optional" | A.Name>(ctx, "inputOpt");
    const bound = (key: InputBound["key"]) =>
      opts.find((o): o is InputBound => typeof o === "object" && "key" in o && o.key === key)?.value ?? null;
    return {
      kind: "input",
      name: this.name(this.need(ctx, "Name")),
      type: this.visit(typeNode) as A.InputType,
      typeSpan: this.spanOf(typeNode),
      max: bound("max"),
      min: bound("min"),
      fullMarks: bound("fullMarks"),
      of: bound("of"),
      optional: opts.includes("optional"),
      per: opts.find((o): o is A.Name => typeof o === "object" && "text" in o) ?? null,
      appliesTo: this.all<A.AppliesTo>(ctx, "appliesTo")[0] ?? null,
      description: this.optStr(ctx),
      span: this.here(),
    };
  }

  inputType(ctx: Children): A.InputType {
    const child = this.only(ctx);
    return this.visit(child) as A.InputType;
  }
  amountType(ctx: Children): A.InputType {
    return { kind: "amount", unit: this.name(this.need(ctx, "Name")) };
  }
  optionType(ctx: Children): A.InputType {
    return { kind: "option", options: this.sub(ctx, "list") };
  }
  checklistType(ctx: Children): A.InputType {
    return { kind: "checklist", elements: this.sub(ctx, "list") };
  }
  simpleType(ctx: Children): A.InputType {
    const kind = SIMPLE_TYPES.get(this.need(ctx, "SimpleType").tokenType);
    if (!kind) throw new Incomplete();
    return { kind } as A.InputType;
  }
  list(ctx: Children): A.Name[] {
    return this.tokens(ctx, "Name").map((t) => this.name(t));
  }

  inputOpt(ctx: Children): InputBound | "optional" | A.Name {
    if (this.has(ctx, "Optional")) return "optional";
    return this.node(ctx, "inputPer") ? this.sub(ctx, "inputPer") : this.sub(ctx, "inputBound");
  }
  inputPer(ctx: Children): A.Name {
    return this.name(this.need(ctx, "Name"));
  }
  inputBound(ctx: Children): InputBound {
    const key = this.has(ctx, "Max")
      ? "max"
      : this.has(ctx, "Min")
        ? "min"
        : this.has(ctx, "FullMarks")
          ? "fullMarks"
          : "of";
    return { key, value: this.quantity(this.need(ctx, "Quantity"), true) };
  }

  // ---------------------------------------------------------------- clauses

  clause(ctx: Children): A.Clause {
    const child = this.only(ctx);
    return this.visit(child) as A.Clause;
  }

  conditional(ctx: Children): A.IfClause | A.BranchClause {
    const cond = this.sub<A.Expr>(ctx, "expr");
    const span = this.here();
    if (this.node(ctx, "branchTail"))
      return { kind: "branch", cond, ...this.sub<Branches>(ctx, "branchTail"), into: null, span };
    return { kind: "if", cond, ...this.sub<IfTail>(ctx, "ifTail"), span };
  }

  ifTail(ctx: Children): IfTail {
    const mark = this.node(ctx, "clauseMark");
    return {
      verb: this.sub(ctx, "verb"),
      points: this.quantity(this.need(ctx, "Quantity")),
      otherwise: this.has(ctx, "Else") ? this.quantity(this.need(ctx, "Quantity", 1)) : null,
      into: mark ? (this.visit(mark) as A.Into) : null,
    };
  }

  branchTail(ctx: Children): Branches {
    const otherwise = this.has(ctx, "Else") ? this.sub<A.Clause[]>(ctx, "clauseBlock", 1) : [];
    return { then: this.sub(ctx, "clauseBlock"), otherwise };
  }

  clauseBlock(ctx: Children): A.Clause[] {
    this.need(ctx, "RBrace");
    return this.all(ctx, "clause");
  }

  markedClause(ctx: Children): A.Clause {
    const mark = this.node(ctx, "clauseMark");
    const { clauseMark: _, ...kinds } = ctx;
    const body = this.only(kinds);
    const clause = this.visit(body) as Omit<A.Clause, "into" | "span">;
    return {
      ...clause,
      into: mark ? (this.visit(mark) as A.Into) : null,
      span: this.here(),
    } as A.Clause;
  }

  clauseMark(ctx: Children): A.Into {
    return this.has(ctx, "Star") ? { star: true, pool: null } : { star: false, pool: this.sub(ctx, "into") };
  }

  verb(ctx: Children): A.Verb {
    if (this.has(ctx, "Add")) return "add";
    if (this.has(ctx, "Deduct")) return "deduct";
    this.need(ctx, "Score");
    return "score";
  }

  scoreClause(ctx: Children): Omit<A.ScoreClause, "into" | "span"> {
    return { kind: "score", verb: this.has(ctx, "Add") ? "add" : "score", expr: this.sub(ctx, "expr") };
  }

  perClause(ctx: Children): Omit<A.PerClause, "into" | "span"> {
    const limitWord = this.has(ctx, "Max") ? "max" : this.has(ctx, "MaxDeduct") ? "max-deduct" : null;
    const stepped = this.has(ctx, "PerFull");
    const subject = stepped ? { over: null, count: this.sub<A.Expr>(ctx, "expr") } : this.sub<PerSubject>(ctx, "perSubject");
    return {
      kind: "per",
      step: stepped ? this.quantity(this.need(ctx, "Quantity", 0)) : null,
      ...subject,
      verb: this.sub(ctx, "verb"),
      each: this.quantity(this.need(ctx, "Quantity", stepped ? 1 : 0)),
      limit: limitWord ? this.quantity(this.need(ctx, "Quantity", stepped ? 2 : 1)) : null,
      limitWord,
      doubling: this.has(ctx, "Doubling") ? tokenSpan(this.file, this.need(ctx, "Doubling")) : null,
    };
  }

  perSubject(ctx: Children): PerSubject {
    const over = this.token(ctx, "Name");
    return { over: over ? this.name(over) : null, count: this.sub(ctx, "expr") };
  }

  byClause(ctx: Children): Omit<A.ByClause, "into" | "span"> {
    return { kind: "by", input: this.name(this.need(ctx, "Name")), cases: this.all(ctx, "byCase") };
  }
  byCase(ctx: Children): A.ByClause["cases"][number] {
    return {
      option: this.nameOrStr(ctx),
      points: this.quantity(this.need(ctx, "Quantity")),
      span: this.here(),
    };
  }

  tiersClause(ctx: Children): Omit<A.TiersClause, "into" | "span"> {
    return { kind: "tiers", subject: this.sub(ctx, "expr"), bands: this.sub(ctx, "bandList") };
  }
  rankClause(ctx: Children): Omit<A.RankBandsClause, "into" | "span"> {
    return {
      kind: "rank-bands",
      value: this.sub(ctx, "expr"),
      order: this.opt<"desc" | "asc">(ctx, "order"),
      bands: this.sub(ctx, "bandList"),
    };
  }
  order(ctx: Children): "desc" | "asc" {
    return this.has(ctx, "Asc") ? "asc" : (this.need(ctx, "Desc"), "desc");
  }
  bandList(ctx: Children): A.TiersClause["bands"] {
    return this.all(ctx, "bandEntry");
  }
  bandEntry(ctx: Children): A.TiersClause["bands"][number] {
    return {
      band: this.sub(ctx, "band"),
      points: this.quantity(this.need(ctx, "Quantity")),
      span: this.here(),
    };
  }
  band(ctx: Children): A.Band {
    const child = this.only(ctx);
    return this.visit(child) as A.Band;
  }
  cmpBand(ctx: Children): A.Band {
    const op = CMP_OPS.get(this.need(ctx, "CmpOp").tokenType);
    if (!op) throw new Incomplete();
    return { kind: "cmp", op, bound: this.quantity(this.need(ctx, "Quantity"), true), span: this.here() };
  }
  intervalBand(ctx: Children): A.Band {
    const open = this.token(ctx, "LBracket") ?? this.need(ctx, "LParen");
    const close = this.token(ctx, "RBracket") ?? this.need(ctx, "RParen");
    this.need(ctx, "Comma");
    return {
      kind: "interval",
      lo: this.quantity(this.need(ctx, "Quantity"), true),
      loInclusive: open.tokenType === T.LBracket,
      hi: this.quantity(this.need(ctx, "Quantity", 1), true),
      hiInclusive: close.tokenType === T.RBracket,
      span: this.here(),
    };
  }
  otherwiseBand(ctx: Children): A.Band {
    return { kind: "otherwise", span: tokenSpan(this.file, this.need(ctx, "Otherwise")) };
  }

  ratioClause(ctx: Children): Omit<A.RatioClause, "into" | "span"> {
    return { kind: "ratio", value: this.sub(ctx, "expr") };
  }
  gradeClause(ctx: Children): Omit<A.GradeClause, "into" | "span"> | Omit<A.DerivedGradeClause, "into" | "span"> {
    if (this.node(ctx, "gradeCriteria")) return { kind: "derived-grade", criteria: this.sub(ctx, "gradeCriteria") };
    return { kind: "grade", input: this.name(this.need(ctx, "Name")) };
  }
  gradeCriteria(ctx: Children): A.DerivedGradeClause["criteria"] {
    return this.all(ctx, "gradeCriterion");
  }
  gradeCriterion(ctx: Children): A.DerivedGradeClause["criteria"][number] {
    return {
      label: this.name(this.need(ctx, "Name")),
      when: this.has(ctx, "Otherwise") ? null : this.sub(ctx, "expr"),
      span: this.here(),
    };
  }
  partClause(ctx: Children): Omit<A.PartClause, "into" | "span"> {
    const hasMax = this.has(ctx, "Max") || this.has(ctx, "Cap");
    return {
      kind: "part",
      title: this.str(this.need(ctx, "Str")),
      max: hasMax ? this.quantity(this.need(ctx, "Quantity")) : null,
      clauses: this.all(ctx, "clause"),
    };
  }

  cap(ctx: Children): WrittenCap {
    const reason = this.token(ctx, "Str");
    return { amount: this.quantity(this.need(ctx, "Quantity")), reason: reason ? this.str(reason) : null };
  }
  floor(ctx: Children): A.Quantity | "none" {
    return this.has(ctx, "NoLimit") ? "none" : this.quantity(this.need(ctx, "Quantity"), true);
  }
  rescale(ctx: Children): A.Rescale {
    this.need(ctx, "To");
    return {
      from: this.quantity(this.need(ctx, "Quantity")),
      to: this.quantity(this.need(ctx, "Quantity", 1)),
      overflow: this.opt(ctx, "overflow"),
      span: this.here(),
    };
  }
  overflow(ctx: Children): A.Rescale["overflow"] {
    this.need(ctx, "Into");
    return {
      pool: this.name(this.need(ctx, "Name")),
      max: this.has(ctx, "Max") ? this.quantity(this.need(ctx, "Quantity")) : null,
    };
  }

  veto(ctx: Children): A.VetoDecl {
    this.need(ctx, "Then");
    return {
      kind: "veto",
      cond: this.sub(ctx, "expr"),
      target: this.sub(ctx, "vetoTarget"),
      label: this.optStr(ctx),
      span: this.here(),
    };
  }
  dimension(ctx: Children): A.DimensionDecl {
    return {
      kind: "dimension",
      name: this.name(this.need(ctx, "Name")),
      title: this.optStr(ctx),
      elements: this.has(ctx, "LBrace") ? this.all<A.Name>(ctx, "dimensionElement") : null,
      span: this.here(),
    };
  }
  dimensionElement(ctx: Children): A.Name {
    const q = this.token(ctx, "Quantity");
    return q ? { text: q.image, span: tokenSpan(this.file, q) } : this.nameOrStr(ctx);
  }
  figureDecl(ctx: Children): A.FigureDecl {
    return { kind: "figure", name: this.name(this.need(ctx, "Name")), expr: this.sub(ctx, "expr"), span: this.here() };
  }
  constraint(ctx: Children): A.ConstraintDecl {
    this.need(ctx, "Constraint");
    const exprs = this.nodes(ctx, "expr");
    const premise = this.has(ctx, "If") && exprs.length === 2 ? (this.visit(exprs[0]!) as A.Expr) : null;
    const claim = exprs[exprs.length - 1];
    if (!claim) throw new Incomplete();
    return {
      kind: "constraint",
      premise,
      claim: this.visit(claim) as A.Expr,
      label: this.optStr(ctx),
      span: this.here(),
    };
  }
  vetoTarget(ctx: Children): A.VetoTarget {
    const name = this.token(ctx, "Name");
    if (this.has(ctx, "Rating")) return { kind: "rating", label: this.name(this.need(ctx, "Name")), span: this.here() };
    const disqualify = this.has(ctx, "Disqualify");
    if (name) return { kind: "named", name: this.name(name), disqualify };
    const span = this.here();
    if (this.has(ctx, "ThisItem")) return { kind: "this-item", disqualify, span };
    if (this.has(ctx, "Total")) {
      const figure = this.token(ctx, "Quantity");
      const q = figure ? this.quantity(figure) : null;
      const set = this.has(ctx, "To");
      return { kind: "total", atMost: set ? null : q, setTo: set ? q : null, span };
    }
    if (this.has(ctx, "NotScored")) return { kind: "not-scored", span };
    return { kind: "disqualify", span };
  }

  // ---------------------------------------------------------------- scheme-level declarations

  units(ctx: Children): A.UnitsDecl {
    const [kind, ...columns] = this.tokens(ctx, "Name");
    if (!kind) throw new Incomplete();
    return {
      kind: "units",
      unitKind: this.name(kind),
      title: this.optStr(ctx),
      columns: columns.map((t) => this.name(t)),
      rows: this.all(ctx, "unitRow"),
      open: this.has(ctx, "Otherwise"),
      span: this.here(),
    };
  }
  unitRow(ctx: Children): A.UnitsDecl["rows"][number] {
    return {
      name: this.nameOrStr(ctx),
      values: this.nodes(ctx, "unitCell").map((cell) => this.visit(cell) as A.Quantity | null),
      span: this.here(),
    };
  }  unitCell(ctx: Children): A.Quantity | null {
    const q = this.tokens(ctx, "Quantity")[0];
    return q ? this.quantity(q, true) : null;
  }

  form(ctx: Children): A.FormDecl {
    return {
      kind: "form",
      name: this.name(this.need(ctx, "Name")),
      title: this.optStr(ctx),
      span: this.here(),
    };
  }
  combine(ctx: Children): A.CombineDecl {
    this.need(ctx, "Mean");
    return { kind: "combine", how: "mean", span: this.here() };
  }
  grades(ctx: Children): A.GradesDecl {
    return { kind: "grades", levels: this.all(ctx, "gradeLevel"), span: this.here() };
  }
  gradeLevel(ctx: Children): A.GradesDecl["levels"][number] {
    return {
      label: this.name(this.need(ctx, "Name")),
      share: this.quantity(this.need(ctx, "Quantity")),
      span: this.here(),
    };
  }
  naPolicy(ctx: Children): A.NaPolicyDecl {
    const policy = this.has(ctx, "PeerAverage")
      ? "peer-average"
      : (this.need(ctx, "Renormalise"), "renormalise");
    return { kind: "na-policy", policy, span: this.here() };
  }
  rounding(ctx: Children): A.RoundingDecl {
    const mode = this.has(ctx, "HalfUp")
      ? "half-up"
      : this.has(ctx, "Truncate")
        ? "truncate"
        : this.has(ctx, "HalfEven")
          ? "half-even"
          : null;
    const stage = !this.has(ctx, "At")
      ? null
      : this.has(ctx, "Item")
        ? "item"
        : this.has(ctx, "Section")
          ? "section"
          : (this.need(ctx, "Total"), "total");
    return {
      kind: "rounding",
      digits: this.quantity(this.need(ctx, "Quantity")),
      mode,
      stage,
      span: this.here(),
    };
  }
  ranking(ctx: Children): A.RankingDecl {
    const name = this.token(ctx, "Name");
    const title = this.token(ctx, "Str");
    // `按` written with nothing after it leaves the ranking incomplete, not ranked by the total.
    const by = this.node(ctx, "rankingBy") ? this.sub<A.RankingBy | "total">(ctx, "rankingBy") : "total";
    return {
      kind: "ranking",
      name: name ? this.name(name) : null,
      title: title ? this.str(title) : null,
      by: by === "total" ? null : by,
      order: this.opt(ctx, "order"),
      appliesTo: this.node(ctx, "appliesTo") ? this.sub<A.AppliesTo>(ctx, "appliesTo") : null,
      marks: this.all(ctx, "rankMark"),
      span: this.here(),
    };
  }
  rankingBy(ctx: Children): A.RankingBy | "total" {
    const by = this.token(ctx, "Name");
    if (!by) return (this.need(ctx, "Total"), "total");
    const name = this.name(by);
    return by.tokenType === T.Completion ? { kind: "completion", span: name.span } : { kind: "pool", name };
  }
  rankMark(ctx: Children): A.RankingDecl["marks"][number] {
    return {
      end: this.has(ctx, "Bottom") ? "bottom" : (this.need(ctx, "Top"), "top"),
      count: this.quantity(this.need(ctx, "Quantity")),
      label: this.str(this.need(ctx, "Str")),
      span: this.here(),
    };
  }
  target(ctx: Children): A.TargetDecl {
    const into = this.has(ctx, "Into");
    return {
      kind: "target",
      column: this.name(this.need(ctx, "Name")),
      pool: into ? this.name(this.need(ctx, "Name", 1)) : null,
      span: this.here(),
    };
  }

  // ---------------------------------------------------------------- expressions

  expr(ctx: Children): A.Expr {
    return this.junction(ctx, "andExpr", "or");
  }
  andExpr(ctx: Children): A.Expr {
    return this.junction(ctx, "notExpr", "and");
  }
  private junction(ctx: Children, key: string, kind: "and" | "or"): A.Expr {
    const operands = this.nodes(ctx, key).map((n) => this.visit(n) as A.Expr);
    if (operands.length === 0) throw new Incomplete();
    return operands.length === 1 ? operands[0]! : { kind, operands, span: this.here() };
  }
  notExpr(ctx: Children): A.Expr {
    return this.node(ctx, "negation") ? this.sub(ctx, "negation") : this.sub(ctx, "cmpExpr");
  }
  negation(ctx: Children): A.Expr {
    this.need(ctx, "Not");
    return { kind: "not", operand: this.sub(ctx, "notExpr"), span: this.here() };
  }
  cmpExpr(ctx: Children): A.Expr {
    const left = this.sub<A.Expr>(ctx, "sum");
    const opToken = this.token(ctx, "CmpOp");
    if (!opToken) return left;
    const op = CMP_OPS.get(opToken.tokenType);
    if (!op) throw new Incomplete();
    return { kind: "cmp", op, left, right: this.sub(ctx, "sum", 1), span: this.here() };
  }
  sum(ctx: Children): A.Expr {
    return this.chain(ctx, "product", "AddOp", (t) => (t === T.Plus ? "+" : "-"));
  }
  product(ctx: Children): A.Expr {
    return this.chain(ctx, "unary", "MulOp", (t) => (t === T.Times ? "*" : "/"));
  }
  /** Operands joined left to right by binary operators. */
  private chain(ctx: Children, key: string, opKey: string, op: (t: TokenType) => A.ArithOp): A.Expr {
    const operands = this.nodes(ctx, key);
    const ops = this.tokens(ctx, opKey);
    if (operands.length === 0 || ops.length !== operands.length - 1) throw new Incomplete();
    if (ops.length > CHAIN_LIMIT) {
      // Every later stage walks the expression as a tree as deep as the chain is long.
      this.overlong.push(ops[CHAIN_LIMIT]!);
      throw new Incomplete();
    }
    let result = this.visit(operands[0]!) as A.Expr;
    // The chain's span runs over the operands as written, brackets included: `(甲 + 乙) × 率`.
    const start = this.spanOf(operands[0]!).start;
    ops.forEach((token, i) => {
      const right = this.visit(operands[i + 1]!) as A.Expr;
      result = {
        kind: "arith",
        op: op(token.tokenType),
        left: result,
        right,
        span: { file: this.file, start, end: this.spanOf(operands[i + 1]!).end },
      };
    });
    return result;
  }
  unary(ctx: Children): A.Expr {
    const child = this.only(ctx);
    return this.visit(child) as A.Expr;
  }
  negative(ctx: Children): A.Expr {
    this.need(ctx, "Minus");
    return { kind: "neg", operand: this.sub(ctx, "unary"), span: this.here() };
  }
  call(ctx: Children): A.Expr {
    const funcToken = this.need(ctx, "Func");
    const func = FUNCS.get(funcToken.tokenType);
    this.need(ctx, "RParen");
    if (!func) throw new Incomplete();
    return {
      kind: "call",
      func,
      funcSpan: tokenSpan(this.file, funcToken),
      args: this.nodes(ctx, "expr").map((n) => this.visit(n) as A.Expr),
      span: this.here(),
    };
  }
  ref(ctx: Children): A.Expr {
    const name = this.name(this.need(ctx, "Name"));
    return { kind: "ref", name, span: name.span };
  }
  number(ctx: Children): A.Expr {
    const value = this.quantity(this.need(ctx, "Quantity"), true);
    return { kind: "num", value, span: value.span };
  }
  pointsRef(ctx: Children): A.Expr {
    return { kind: "points", span: tokenSpan(this.file, this.need(ctx, "Points")) };
  }
  unitKindRef(ctx: Children): A.Expr {
    return { kind: "unit-kind", span: tokenSpan(this.file, this.need(ctx, "UnitKind")) };
  }
  totalRef(ctx: Children): A.Expr {
    return { kind: "total", span: tokenSpan(this.file, this.need(ctx, "Total")) };
  }
  ratingDecl(ctx: Children): A.RatingDecl {
    return { kind: "rating", criteria: this.sub(ctx, "gradeCriteria"), span: this.here() };
  }
  unitNameRef(ctx: Children): A.Expr {
    return { kind: "unit-name", span: tokenSpan(this.file, this.need(ctx, "Units")) };
  }
  group(ctx: Children): A.Expr {
    this.need(ctx, "RParen");
    return this.sub(ctx, "expr");
  }
}

/**
 * The AST of a parsed file, and the statements written twice where one counts (reported by
 * parse.ts). `fileEnd` is the position just past the last character.
 */
export function toAst(
  cst: CstNode,
  file: string,
  lines: LineIndex,
  fileEnd: A.Position,
): { ast: A.SchemeFile; repeated: IToken[]; overlong: IToken[]; misplacedSigns: IToken[] } {
  const builder = new AstBuilder(file, lines, fileEnd);
  const ast = builder.visit(cst) as A.SchemeFile;
  return { ast, repeated: builder.repeated, overlong: builder.overlong, misplacedSigns: builder.misplacedSigns };
}
