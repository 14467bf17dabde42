// An item's clauses, each checked for its rule and lowered to the IR: clause points written as
// points (E307), `每` over a count (E308), `按` over an option with its cases (E309, E203, W702),
// `等次` over a grade (E303) or derived from criteria (derived-grades.ts), a branch's condition a yes/no (E306), and the bands of `分档` /
// `名次分档` kept for the tier checks.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import type { Band, Clause } from "../ir.js";
import { note } from "./context.js";
import { type DerivedGradeCheck, lowerDerivedGrade } from "./derived-grades.js";
import {
  type Scope,
  type Typed,
  inputRef,
  lookupInput,
  typeAggregate,
  typeCondition,
  typeExpr,
  unknownName,
} from "./expr.js";
import { compareProblem, isNumeric, type Kind, kindArg, RANK, reportKind } from "./kinds.js";
import type { InputInfo, ItemInfo, Model, PoolInfo } from "./model.js";
import { NameTable } from "./names.js";
import { asWritten, clausePoints, quantityValue } from "./quantity.js";
import { type Rational, ZERO } from "./rational.js";
import { intoPool, intoSection } from "./structure.js";
import { suggest } from "./suggest.js";

/** A `分档` or `名次分档` clause whose bands the tier checks examine (E501–E503). */
export interface TierClause {
  item: ItemInfo;
  clauseId: string;
  /** The subject, or "rank" for the unit's rank among all units (名次分档). */
  subject: IR.Expr | "rank";
  integral: boolean;
  kind: Kind;
  bands: Array<{ band: Band; span: A.Span }>;
  span: A.Span;
}

interface ClauseScope extends Scope {
  item: ItemInfo;
  tiers: TierClause[];
  grades: DerivedGradeCheck[];
}

const sign = (verb: A.Verb, r: Rational): Rational => (verb === "deduct" ? r.neg() : r);

function points(q: A.Quantity, s: ClauseScope): Rational {
  return clausePoints(q, s.m.ctx) ?? ZERO;
}

function itemPoints(c: A.Clause, s: ClauseScope): IR.Dec {
  if (!s.item.points) s.m.ctx.error("E405", c.span, { item: s.item.title }, { variant: "needs-points" });
  return (s.item.points ?? ZERO).toDec();
}

/** The input a `按` or `等次` clause names, or null (reported) when it is not in scope. */
function namedInput(name: A.Name, s: ClauseScope): InputInfo | null {
  const input = lookupInput(name.text, s);
  if (!input) unknownName(name, s);
  else input.used = true;
  return input ?? null;
}

/** The band's bounds; null for `≠` (reported), which no interval can hold. */
function lowerBand(b: A.Band, subject: Kind, s: ClauseScope): Omit<Band, "points" | "text"> | null {
  const bound = (q: A.Quantity, inclusive: boolean): IR.Bound => {
    const { value, kind } = quantityValue(q);
    const problem = compareProblem(subject, kind);
    if (problem) reportKind(s.m.ctx, problem, q.span, { value: q.digits });
    return { value: value.toDec(), inclusive };
  };
  switch (b.kind) {
    case "otherwise":
      return { lo: null, hi: null };
    case "interval":
      return { lo: bound(b.lo, b.loInclusive), hi: bound(b.hi, b.hiInclusive) };
    case "cmp":
      switch (b.op) {
        case ">":
        case ">=":
          return { lo: bound(b.bound, b.op === ">="), hi: null };
        case "<":
        case "<=":
          return { lo: null, hi: bound(b.bound, b.op === "<=") };
        case "=": {
          const at = bound(b.bound, true);
          return { lo: at, hi: at };
        }
        case "!=":
          s.m.ctx.error("E605", b.span, { written: s.m.ctx.slice(b.span) }, { variant: "band-ne" });
          return null;
      }
  }
}

function lowerBands(
  entries: Array<{ band: A.Band; points: A.Quantity; span: A.Span }>,
  subject: Kind,
  s: ClauseScope,
): Array<{ band: Band; span: A.Span }> {
  return entries.flatMap((e) => {
    const bounds = lowerBand(e.band, subject, s);
    if (!bounds) return [];
    return [
      { band: { ...bounds, points: points(e.points, s).toDec(), text: s.m.ctx.slice(e.band.span) }, span: e.span },
    ];
  });
}

function lowerChoice(c: A.ByClause, s: ClauseScope): Extract<ClauseBody, { k: "choice" }> | null {
  const input = namedInput(c.input, s);
  if (!input) return null;
  if (input.kind.k !== "option") {
    s.m.ctx.error("E309", c.input.span, { input: input.name, kind: kindArg(input.kind) }, { variant: "not-option" });
    return null;
  }
  const options = input.kind.options;
  if (c.cases.length === 0) s.m.ctx.error("E309", c.span, { input: input.name }, { variant: "no-cases" });
  const seen = new NameTable<null>(s.m.ctx, "@what.case");
  const cases: Array<{ option: string; points: IR.Dec }> = [];
  for (const k of c.cases) {
    if (!options.includes(k.option.text)) {
      s.m.ctx.error(
        "E203",
        k.option.span,
        { label: k.option.text, input: input.name, options: options.join("、") },
        {
          variant: "option",
          suggestions: suggest(k.option.text, options),
        },
      );
      continue;
    }
    if (seen.add(k.option.text, k.option.span, null))
      cases.push({ option: k.option.text, points: points(k.points, s).toDec() });
  }
  const missing = options.filter((o) => !cases.some((k) => k.option === o));
  if (c.cases.length > 0 && missing.length > 0)
    s.m.ctx.warning(
      "W702",
      c.input.span,
      { input: input.name, missing: missing.join("、"), example: `${missing[0]}: 0分`, item: s.item.title },
      {
        related: [note("note.input-declared", input.decl.name.span, { input: input.name })],
      },
    );
  return { k: "choice", input: inputRef(input), cases };
}

/** `每 栏目 若 c`: the elements of 栏目 for which c holds, counted (E201.dimension when 栏目 is none). */
function overElements(dimension: A.Name, cond: A.Expr, span: A.Span, s: ClauseScope): Typed {
  if (!s.m.dimensions.has(dimension.text)) {
    s.m.ctx.error(
      "E201",
      dimension.span,
      { name: dimension.text },
      { variant: "dimension", suggestions: suggest(dimension.text, [...s.m.dimensions.keys()]) },
    );
    return { kind: { k: "error" }, ir: { k: "const", value: "0" }, integral: true };
  }
  return typeAggregate("count", cond, span, s, dimension);
}

/** `每满 1% x`: the step, of x's kind (E301) and above 0 (E605); null when it is not. */
function stepOf(q: A.Quantity, x: Typed, s: ClauseScope): IR.Dec | null {
  const step = quantityValue(q);
  const problem = compareProblem(x.kind, step.kind);
  if (problem) {
    reportKind(s.m.ctx, problem, q.span, { value: q.digits });
    return null;
  }
  if (!step.value.gt(ZERO)) {
    s.m.ctx.error("E605", q.span, { written: asWritten(q) }, { variant: "step" });
    return null;
  }
  return step.value.toDec();
}

/** A clause without the fields every clause has. */
type ClauseBody = Clause extends infer C
  ? C extends unknown
    ? Omit<C, "id" | "pool" | "section" | "text" | "span">
    : never
  : never;

function lowerBody(c: A.Clause, id: string, pool: PoolInfo, s: ClauseScope, inPart: boolean): ClauseBody | null {
  const { m } = s;
  switch (c.kind) {
    case "if": {
      const cond = typeCondition(c.cond, s);
      const otherwise = c.otherwise ? sign(c.verb, points(c.otherwise, s)) : ZERO;
      return { k: "when", cond, points: sign(c.verb, points(c.points, s)).toDec(), otherwise: otherwise.toDec() };
    }
    case "score": {
      const typed = typeExpr(c.expr, s);
      if (!["points", "score", "scalar", "error"].includes(typed.kind.k))
        m.ctx.error("E307", c.expr.span, { kind: kindArg(typed.kind), item: s.item.title }, { variant: "value" });
      return { k: "value", expr: typed.ir };
    }
    case "per": {
      // 每 栏目 若 c: each element of the list for which c holds
      const typed = c.over ? overElements(c.over, c.count, c.span, s) : typeExpr(c.count, s);
      const step = c.step ? stepOf(c.step, typed, s) : null;
      if (!c.step && typed.kind.k !== "count" && typed.kind.k !== "error")
        m.ctx.error("E308", c.count.span, { kind: kindArg(typed.kind), text: m.ctx.slice(c.count.span) });
      if (c.limitWord === "max-deduct" && c.verb !== "deduct")
        m.ctx.error("E605", c.limit!.span, { written: asWritten(c.limit!) }, { variant: "limit-word" });
      if (c.doubling && c.verb !== "deduct")
        m.ctx.error("E605", c.doubling, { written: m.ctx.slice(c.doubling) }, { variant: "doubling-verb" });
      const limit = c.limit ? points(c.limit, s).toDec() : null;
      const each = sign(c.verb, points(c.each, s)).toDec();
      return { k: "per", count: typed.ir, step, each, limit, doubling: c.doubling !== null };
    }
    case "by":
      return lowerChoice(c, s);
    case "tiers": {
      const subject = typeExpr(c.subject, s);
      if (!isNumeric(subject.kind) && subject.kind.k !== "error") {
        m.ctx.error("E304", c.subject.span, { kind: kindArg(subject.kind), op: "分档" }, { variant: "tiers" });
        return null;
      }
      const bands = lowerBands(c.bands, subject.kind, s);
      // a band already reported (≠) leaves the others unexamined rather than misjudged
      if (bands.length === c.bands.length)
        s.tiers.push({
          item: s.item,
          clauseId: id,
          subject: subject.ir,
          integral: subject.integral,
          kind: subject.kind,
          bands,
          span: c.span,
        });
      return { k: "tiers", subject: subject.ir, bands: bands.map((b) => b.band) };
    }
    case "ratio": {
      const value = typeExpr(c.value, s);
      if (!isNumeric(value.kind) && value.kind.k !== "error")
        m.ctx.error("E304", c.value.span, { kind: kindArg(value.kind), op: "最高值比" }, { variant: "ratio" });
      s.item.crossUnit = true;
      m.divisions.push(c.span);
      return { k: "ratio-to-best", value: value.ir, points: itemPoints(c, s) };
    }
    case "rank-bands": {
      const value = typeExpr(c.value, s);
      if (!isNumeric(value.kind) && value.kind.k !== "error")
        m.ctx.error("E304", c.value.span, { kind: kindArg(value.kind), op: "名次分档" }, { variant: "ratio" });
      s.item.crossUnit = true;
      const bands = lowerBands(c.bands, RANK, s);
      if (bands.length === c.bands.length)
        s.tiers.push({ item: s.item, clauseId: id, subject: "rank", integral: true, kind: RANK, bands, span: c.span });
      return { k: "rank-bands", value: value.ir, order: c.order ?? "desc", bands: bands.map((b) => b.band) };
    }
    case "grade": {
      const input = namedInput(c.input, s);
      if (!input) return null;
      if (input.kind.k !== "grade") {
        m.ctx.error("E303", c.input.span, { input: input.name, kind: kindArg(input.kind) }, { variant: "not-grade" });
        return null;
      }
      return { k: "grade", input: inputRef(input), points: itemPoints(c, s) };
    }
    case "derived-grade": {
      const levels = lowerDerivedGrade(c, { m, item: s.item, typeCondition: (e) => typeCondition(e, s) }, s.grades);
      return { k: "derived-grade", levels, points: itemPoints(c, s) };
    }
    case "part": {
      const clauses = c.clauses.map((inner, i) => lowerClause(inner, `${id}.${i + 1}`, pool, s, true));
      const max = c.max ? points(c.max, s).toDec() : null;
      return { k: "part", title: c.title.text, max, clauses };
    }
    case "branch": {
      // numbered on from the branch: the then-clauses first, then the otherwise-clauses
      const lower = (clauses: A.Clause[], before: number): Clause[] =>
        clauses.map((inner, i) => lowerClause(inner, `${id}.${before + i + 1}`, pool, s, inPart));
      const cond = typeCondition(c.cond, s);
      return { k: "branch", cond, then: lower(c.then, 0), otherwise: lower(c.otherwise, c.then.length) };
    }
  }
}

/** A pool id no pool has: a clause sent to an unknown pool (E205) feeds no budget. */
const UNKNOWN_POOL = "\u0000";

function lowerClause(c: A.Clause, id: string, parentPool: PoolInfo, s: ClauseScope, inPart: boolean): Clause {
  let pool = parentPool.id;
  let section: string | null = null;
  const enclosing = c.into ? intoSection(c.into, s.item, s.m) : undefined;
  if (enclosing !== undefined) {
    // `计入 审批监察`: beyond the item's points, in an enclosing section of the item's pool
    if (enclosing && inPart) s.m.ctx.error("E205", c.span, { pool: enclosing.title }, { variant: "inside-part" });
    else if (enclosing && parentPool !== s.item.pool)
      s.m.ctx.error("E209", c.into!.pool!.span, { section: enclosing.title, item: s.item.title });
    else if (enclosing) section = enclosing.id;
    else pool = UNKNOWN_POOL; // E209 reported: the clause feeds no budget
  } else if (c.into) {
    const target = intoPool(c.into, c.span, s.m);
    if (target && inPart && target !== parentPool)
      s.m.ctx.error("E205", c.span, { pool: target.title }, { variant: "inside-part" });
    else pool = target?.id ?? UNKNOWN_POOL;
  }
  const body = lowerBody(c, id, s.m.pools.find((p) => p.id === pool) ?? parentPool, s, inPart) ?? {
    k: "value",
    expr: { k: "const", value: "0" },
  };
  return { ...body, id, pool, section, text: s.m.ctx.slice(c.span), span: c.span } as Clause;
}

/** Lowers the item's clauses (numbered `<item>#1`, `<item>#2`, inside parts and branches `<item>#2.1`). */
export function lowerItemClauses(item: ItemInfo, m: Model, tiers: TierClause[], grades: DerivedGradeCheck[]): void {
  const s: ClauseScope = { m, item, node: item, tiers, grades };
  item.clauses = item.decl.clauses.map((c, i) => lowerClause(c, `${item.id}#${i + 1}`, item.pool, s, false));
}
