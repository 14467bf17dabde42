// Abstract evaluation of the IR: what values an expression or clause can take, given the values
// its inputs can take (intervals for figures, sets for yes/no and labels). Sound, not exact:
// the true range always lies inside the computed one.
import type * as IR from "../ir.js";
import { analyseBands } from "./bands.js";
import { destinationOf } from "./cases.js";
import {
  add,
  capAt,
  div,
  floorAt,
  type Interval,
  maxOf,
  minOf,
  mul,
  neg,
  point,
  sub,
  UNBOUNDED,
  union,
  ZERO_INTERVAL,
} from "./interval.js";
import { ONE, Rational, ZERO } from "./rational.js";
import { fromBounds, type Segment } from "./segments.js";

export type AValue =
  | { t: "num"; iv: Interval }
  | { t: "bool"; canTrue: boolean; canFalse: boolean }
  /** null: any label of the domain. */
  | { t: "label"; values: string[] | null };

export interface AbstractEnv {
  input(ref: IR.InputRef): AValue;
  column(name: string): AValue;
  unitKind(): AValue;
  /** The names the unit being scored may have (null: any). */
  unitName(): AValue;
  /** The unit's final total (`总分` in a rating's criterion). */
  total(): Interval;
  itemScore(id: string): Interval;
  /** Grade shares, for `等次` clauses. */
  gradeShare(label: string): Rational | null;
  gradeLabels(): string[];
  /** A named figure's values where a branch's condition bounds it; undefined: from its calculation. */
  figure?(e: IR.Expr & { k: "figure" }): AValue | undefined;
  optionLabels(ref: IR.InputRef): string[];
  /** Whether a constraint keeps input a at most input b in every submission. */
  atMost(a: IR.InputRef, b: IR.InputRef): boolean;
  /** How many elements a dimension has; null: an open list (any number, none included). */
  dimensionSize(id: string): number | null;
}

const r = (d: IR.Dec): Rational => Rational.parse(d) ?? ZERO;

function num(v: AValue): Interval {
  return v.t === "num" ? v.iv : UNBOUNDED;
}

function bool(v: AValue): { canTrue: boolean; canFalse: boolean } {
  return v.t === "bool" ? v : { canTrue: true, canFalse: true };
}

type End = Rational | "-inf" | "+inf";
const loEnd = (iv: Interval): End => iv.lo ?? "-inf";
const hiEnd = (iv: Interval): End => iv.hi ?? "+inf";
function cmpEnds(a: End, b: End): number {
  if (a === b) return 0;
  if (a === "-inf" || b === "+inf") return -1;
  if (a === "+inf" || b === "-inf") return 1;
  return a.cmp(b);
}

/** Can `x op y` hold, and can it fail, for some x in a and y in b? */
function compare(op: IR.Expr & { k: "cmp" }, a: Interval, b: Interval): { canTrue: boolean; canFalse: boolean } {
  const someLess = cmpEnds(loEnd(a), hiEnd(b)) < 0;
  const someLessEq = cmpEnds(loEnd(a), hiEnd(b)) <= 0;
  const someGreater = cmpEnds(hiEnd(a), loEnd(b)) > 0;
  const someGreaterEq = cmpEnds(hiEnd(a), loEnd(b)) >= 0;
  const meet = someLessEq && someGreaterEq;
  const samePoint =
    a.lo !== null && a.hi !== null && b.lo !== null && b.hi !== null && a.lo.eq(a.hi) && b.lo.eq(b.hi) && a.lo.eq(b.lo);
  switch (op.op) {
    case "<":
      return { canTrue: someLess, canFalse: someGreaterEq };
    case "<=":
      return { canTrue: someLessEq, canFalse: someGreater };
    case ">":
      return { canTrue: someGreater, canFalse: someLessEq };
    case ">=":
      return { canTrue: someGreaterEq, canFalse: someLess };
    case "=":
      return { canTrue: meet, canFalse: !samePoint };
    case "!=":
      return { canTrue: !samePoint, canFalse: meet };
  }
}

function hull(values: Rational[]): Interval {
  if (values.length === 0) return ZERO_INTERVAL;
  return { lo: values.reduce(Rational.min), hi: values.reduce(Rational.max) };
}

function linear(x: Interval, points: Array<[IR.Dec, IR.Dec]>): Interval {
  const pts = points.map(([a, b]) => [r(a), r(b)] as const);
  const ys: Rational[] = [];
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  // flat outside the points: the end values are reachable when x reaches beyond them
  if (x.lo === null || !x.lo.gt(first[0])) ys.push(first[1]);
  if (x.hi === null || !x.hi.lt(last[0])) ys.push(last[1]);
  for (const [px, py] of pts) if ((x.lo === null || !x.lo.gt(px)) && (x.hi === null || !x.hi.lt(px))) ys.push(py);
  const at = (v: Rational): Rational => {
    for (let i = 1; i < pts.length; i++) {
      const [x0, y0] = pts[i - 1]!;
      const [x1, y1] = pts[i]!;
      if (!v.gt(x1)) return v.lt(x0) ? y0 : y0.add(y1.sub(y0).mul(v.sub(x0)).div(x1.sub(x0)));
    }
    return last[1];
  };
  if (x.lo) ys.push(at(x.lo));
  if (x.hi) ys.push(at(x.hi));
  return hull(ys);
}

export function evalExpr(e: IR.Expr, env: AbstractEnv): AValue {
  switch (e.k) {
    case "const":
      return { t: "num", iv: point(r(e.value)) };
    case "input":
    case "element":
      return env.input(e.ref);
    case "aggregate":
      return aggregate(e, env);
    case "column":
      return env.column(e.name);
    case "figure":
      return env.figure?.(e) ?? evalExpr(e.expr, env);
    case "unit-kind":
      return env.unitKind();
    case "unit-name":
      return env.unitName();
    case "total":
      return { t: "num", iv: env.total() };
    case "item-score":
      return { t: "num", iv: env.itemScore(e.item) };
    case "checked":
    case "missing": {
      const whole = num(env.input(e.ref));
      return { t: "num", iv: e.k === "checked" ? whole : sub(point(whole.hi ?? ZERO), whole) };
    }
    case "neg":
      return { t: "num", iv: neg(num(evalExpr(e.a, env))) };
    case "add":
    case "sub":
    case "mul":
    case "div": {
      const a = num(evalExpr(e.a, env));
      const b = num(evalExpr(e.b, env));
      // 已挂接数 ÷ 目录总数 under `约束 已挂接数 ≤ 目录总数`: a share, in [0, 1], when a ≥ 0 and b > 0.
      if (e.k === "div" && e.a.k === "input" && e.b.k === "input" && env.atMost(e.a.ref, e.b.ref))
        if (a.lo !== null && !a.lo.lt(ZERO) && b.lo !== null && b.lo.gt(ZERO)) return { t: "num", iv: { lo: ZERO, hi: ONE } };
      const op = { add, sub, mul, div }[e.k];
      return { t: "num", iv: op(a, b) };
    }
    case "cmp":
      return { t: "bool", ...compare(e, num(evalExpr(e.a, env)), num(evalExpr(e.b, env))) };
    case "is": {
      const v = evalExpr(e.a, env);
      const values = v.t === "label" ? v.values : null;
      const canEqual = values === null || values.includes(e.value);
      const canDiffer = values === null || values.some((x) => x !== e.value);
      return e.negate
        ? { t: "bool", canTrue: canDiffer, canFalse: canEqual }
        : { t: "bool", canTrue: canEqual, canFalse: canDiffer };
    }
    case "and":
    case "or": {
      const parts = e.args.map((a) => bool(evalExpr(a, env)));
      return e.k === "and"
        ? { t: "bool", canTrue: parts.every((p) => p.canTrue), canFalse: parts.some((p) => p.canFalse) }
        : { t: "bool", canTrue: parts.some((p) => p.canTrue), canFalse: parts.every((p) => p.canFalse) };
    }
    case "not": {
      const a = bool(evalExpr(e.a, env));
      return { t: "bool", canTrue: a.canFalse, canFalse: a.canTrue };
    }
    case "min":
    case "max": {
      const parts = e.args.map((a) => num(evalExpr(a, env)));
      return { t: "num", iv: parts.reduce(e.k === "min" ? minOf : maxOf) };
    }
    case "clamp": {
      const x = num(evalExpr(e.x, env));
      return { t: "num", iv: minOf(maxOf(x, num(evalExpr(e.lo, env))), num(evalExpr(e.hi, env))) };
    }
    case "linear":
      return { t: "num", iv: linear(num(evalExpr(e.x, env)), e.points) };
  }
}

/**
 * An aggregate over n elements, each of `of`'s values: a count is between the elements that must
 * and those that may hold; the number of elements is n (an open list's, 0 or more); a sum n times the element's range; a mean, least and greatest within
 * it. An open list may have any number of elements, none too (then 0).
 */
function aggregate(e: IR.Expr & { k: "aggregate" }, env: AbstractEnv): AValue {
  const n = env.dimensionSize(e.dimension);
  const of = evalExpr(e.of, env);
  if (e.fn === "count") {
    const b = bool(of);
    const hi = b.canTrue ? (n === null ? null : Rational.int(n)) : ZERO;
    const lo = b.canFalse || n === null ? ZERO : Rational.int(n);
    return { t: "num", iv: { lo, hi } };
  }
  if (e.fn === "length") return { t: "num", iv: { lo: n === null ? ZERO : Rational.int(n), hi: n === null ? null : Rational.int(n) } };
  const iv = num(of);
  if (e.fn === "sum") {
    if (n !== null) return { t: "num", iv: mul(iv, point(Rational.int(n))) };
    const lo = iv.lo === null || iv.lo.lt(ZERO) ? null : ZERO;
    const hi = iv.hi === null || iv.hi.gt(ZERO) ? null : ZERO;
    return { t: "num", iv: { lo, hi } };
  }
  return { t: "num", iv: n === null ? union(iv, ZERO_INTERVAL) : iv };
}

/** The domain of a subject interval as a closed segment. */
export function segmentOf(iv: Interval): Segment {
  return { lo: iv.lo, loIn: iv.lo !== null, hi: iv.hi, hiIn: iv.hi !== null };
}

export const RANK_DOMAIN: Segment = { lo: Rational.int(1), loIn: true, hi: null, hiIn: false };

function bandPoints(domain: Segment, bands: IR.Band[], integral: boolean): Interval {
  const analysis = analyseBands(
    domain,
    bands.map((b) => (b.lo || b.hi ? fromBounds(b.lo, b.hi) : null)),
    integral,
  );
  const values = bands.flatMap((b, i) => (analysis.reachable[i] ? [r(b.points)] : []));
  if (analysis.gaps.length > 0) values.push(ZERO);
  return hull(values);
}

/** The points a clause can give to `pool` (0 when it feeds another). `integral` says whether a
 *  tier subject is always a whole number (keyed by clause id). */
export function evalClause(
  c: IR.Clause,
  env: AbstractEnv,
  integral: (clauseId: string) => boolean,
  pool: string,
): Interval {
  if (c.k === "branch") {
    const b = bool(evalExpr(c.cond, env));
    const sum = (clauses: IR.Clause[], inside: AbstractEnv): Interval =>
      clauses.map((inner) => evalClause(inner, inside, integral, pool)).reduce(add, ZERO_INTERVAL);
    // Inside `若 率 ≥ 98% { … }` 率 is at least 98%; inside its 否则, below.
    const taken = [
      ...(b.canTrue ? [sum(c.then, narrow(env, c.cond, true))] : []),
      ...(b.canFalse ? [sum(c.otherwise, narrow(env, c.cond, false))] : []),
    ];
    // a condition that can neither hold nor fail (an option input with no options) gives nothing
    return taken.length === 0 ? ZERO_INTERVAL : taken.reduce(union);
  }
  return destinationOf(c) === pool ? clauseValue(c, env, integral) : ZERO_INTERVAL;
}

type CmpOp = Extract<IR.Expr, { k: "cmp" }>["op"];
/** `3 > x` is `x < 3`. */
const FLIP: Record<CmpOp, CmpOp> = {
  "<": ">",
  "<=": ">=",
  ">": "<",
  ">=": "<=",
  "=": "=",
  "!=": "!=",
};
/** Where `x ≥ 3` fails, `x < 3` holds. */
const NEGATE: Record<CmpOp, CmpOp> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "!=", "!=": "=" };

/**
 * The environment where `cond` holds (or fails): a comparison of a numeric input or named figure
 * with a number (`率 ≥ 98%`, `3 > 次数`, `综合投资率 ≥ 100%`) bounds it; 且 narrows by each operand where it holds, 或 by
 * each where it fails, 非 the other way. Sound: the bounds are closed (`>` keeps the number).
 */
export function narrow(env: AbstractEnv, cond: IR.Expr, holds: boolean): AbstractEnv {
  switch (cond.k) {
    case "not":
      return narrow(env, cond.a, !holds);
    case "and":
    case "or":
      return (cond.k === "and") === holds ? cond.args.reduce((e, a) => narrow(e, a, holds), env) : env;
    case "cmp": {
      const { a, b } = cond;
      const bounded = (e: IR.Expr) => e.k === "input" || e.k === "figure";
      const found =
        bounded(a) && b.k === "const"
          ? { x: a, c: b, op: cond.op }
          : bounded(b) && a.k === "const"
            ? { x: b, c: a, op: FLIP[cond.op] }
            : null;
      if (found === null) return env;
      const { x, c, op } = found;
      const rel = holds ? op : NEGATE[op];
      const was = evalExpr(x, env);
      if (was.t !== "num" || rel === "!=") return env;
      const v = r(c.value);
      const iv = { ...was.iv };
      if (rel === ">" || rel === ">=" || rel === "=") iv.lo = iv.lo === null ? v : Rational.max(iv.lo, v);
      if (rel === "<" || rel === "<=" || rel === "=") iv.hi = iv.hi === null ? v : Rational.min(iv.hi, v);
      const value: AValue = { t: "num", iv };
      if (x.k === "figure")
        return {
          ...env,
          figure: (e) => (e.name === x.name && e.item === x.item ? value : env.figure?.(e)),
        };
      if (x.k !== "input") return env;
      const key = x.ref;
      return {
        ...env,
        input: (ref) => (ref.item === key.item && ref.name === key.name ? value : env.input(ref)),
      };
    }
    default:
      return env;
  }
}

/** Full steps of x (x ÷ step truncated toward 0): monotone, so the ends map to the ends. */
function steps(x: Interval, step: Rational): Interval {
  const trunc = (v: Rational | null) => (v === null ? null : v.div(step).lt(ZERO) ? v.div(step).ceil() : v.div(step).floor());
  return { lo: trunc(x.lo), hi: trunc(x.hi) };
}

/** Doubled on repeat: n occurrences count 2n − 1 times (the first once, each repeat twice), none
 *  (n ≤ 0) not at all. Monotone, so the ends map to the ends. */
function doubled(n: Interval): Interval {
  const TWO = Rational.int(2);
  return maxOf(sub(mul(n, point(TWO)), point(ONE)), ZERO_INTERVAL);
}

/** What a `每` rule gives before its limit (最高, 最多扣): its count (in full steps with 每满,
 *  doubled on repeat with 重复加倍) × the points for each. */
export function perRaw(c: Extract<IR.Clause, { k: "per" }>, env: AbstractEnv): Interval {
  const value = num(evalExpr(c.count, env));
  const count = c.step === null ? value : steps(value, r(c.step));
  return mul(c.doubling ? doubled(count) : count, point(r(c.each)));
}

/** The points a clause other than a branch gives. */
function clauseValue(
  c: Exclude<IR.Clause, { k: "branch" }>,
  env: AbstractEnv,
  integral: (clauseId: string) => boolean,
): Interval {
  switch (c.k) {
    case "when": {
      const b = bool(evalExpr(c.cond, env));
      const values = [...(b.canTrue ? [r(c.points)] : []), ...(b.canFalse ? [r(c.otherwise)] : [])];
      return hull(values);
    }
    case "value":
      return num(evalExpr(c.expr, env));
    case "per": {
      const raw = perRaw(c, env);
      if (c.limit === null) return raw;
      return r(c.each).lt(ZERO) ? floorAt(raw, r(c.limit).neg()) : capAt(raw, r(c.limit));
    }
    case "choice": {
      const v = env.input(c.input);
      const labels = v.t === "label" && v.values ? v.values : env.optionLabels(c.input);
      return hull(labels.map((l) => r(c.cases.find((k) => k.option === l)?.points ?? "0")));
    }
    case "tiers":
      return bandPoints(segmentOf(num(evalExpr(c.subject, env))), c.bands, integral(c.id));
    case "rank-bands":
      return bandPoints(RANK_DOMAIN, c.bands, true);
    case "ratio-to-best": {
      // e ÷ best × points lies in [0, points] when no unit's value can be negative
      const value = num(evalExpr(c.value, env));
      return value.lo !== null && !value.lo.lt(ZERO) ? { lo: ZERO, hi: r(c.points) } : UNBOUNDED;
    }
    case "grade": {
      const v = env.input(c.input);
      const labels = v.t === "label" && v.values ? v.values : env.gradeLabels();
      return hull(labels.map((l) => (env.gradeShare(l) ?? ZERO).mul(r(c.points))));
    }
    case "derived-grade": {
      // Levels are tried in order: a level can be the grade when its criterion can hold and every
      // earlier one can fail; no grade at all (0) when every criterion can fail and none is 其余.
      const shares: Rational[] = [];
      let earlierCanFail = true;
      for (const level of c.levels) {
        if (!earlierCanFail) break;
        const b = level.when ? bool(evalExpr(level.when, env)) : { canTrue: true, canFalse: false };
        if (b.canTrue) shares.push((env.gradeShare(level.label) ?? ZERO).mul(r(c.points)));
        earlierCanFail = b.canFalse;
      }
      if (earlierCanFail) shares.push(ZERO);
      return hull(shares);
    }
    case "part": {
      const sum = c.clauses.map((inner) => evalClause(inner, env, integral, c.pool)).reduce(add, ZERO_INTERVAL);
      return c.max === null ? sum : capAt(sum, r(c.max));
    }
  }
}
