// The case split behind the point budgets: an item's yes/no, option and grade inputs are tried
// value by value, so that `若 方式 = 专线接入 得 3分` and `若 方式 = 未接入 得 1分` are not both
// counted (the unit kind is fixed kind by kind by the budget check itself). Figures stay intervals.
import type * as IR from "../ir.js";
import type { AValue } from "./abstract.js";
import { findInput, inputKey } from "./env.js";
import type { Model } from "./model.js";

/** At most this many cases are tried; further inputs keep all their values at once. */
const MAX_CASES = 4096;

export function exprChildren(e: IR.Expr): IR.Expr[] {
  switch (e.k) {
    case "neg":
    case "not":
      return [e.a];
    case "add":
    case "sub":
    case "mul":
    case "div":
    case "cmp":
      return [e.a, e.b];
    case "is":
      return [e.a];
    case "and":
    case "or":
    case "min":
    case "max":
      return e.args;
    case "clamp":
      return [e.x, e.lo, e.hi];
    case "figure":
      return [e.expr];
    case "linear":
      return [e.x];
    case "aggregate":
      return [e.of];
    default:
      return [];
  }
}

/** The clauses inside a part or a branch. */
export function innerClauses(c: IR.Clause): IR.Clause[] {
  if (c.k === "part") return c.clauses;
  return c.k === "branch" ? [...c.then, ...c.otherwise] : [];
}

/** How the budget keys what a clause feeds beyond its item: a pool by its id, an enclosing
 *  section (`计入 审批监察`) by `§` and its id (no pool id starts with `§`). */
export const sectionKey = (section: string): string => "§" + section;
export function destinationOf(c: IR.Clause): string {
  return c.section !== null ? sectionKey(c.section) : c.pool;
}

/** Where a clause's points go (`destinationOf`): its own, or for a branch those of the clauses inside. */
export function poolsOf(c: IR.Clause): string[] {
  return c.k === "branch" ? innerClauses(c).flatMap(poolsOf) : [destinationOf(c)];
}

/** Every expression a clause evaluates, and the inputs it reads directly (按, 等次). */
export function clauseParts(c: IR.Clause): { exprs: IR.Expr[]; refs: IR.InputRef[] } {
  switch (c.k) {
    case "when":
      return { exprs: [c.cond], refs: [] };
    case "value":
      return { exprs: [c.expr], refs: [] };
    case "per":
      return { exprs: [c.count], refs: [] };
    case "choice":
    case "grade":
      return { exprs: [], refs: [c.input] };
    case "tiers":
      return { exprs: [c.subject], refs: [] };
    case "derived-grade":
      return { exprs: c.levels.flatMap((l) => (l.when ? [l.when] : [])), refs: [] };
    case "ratio-to-best":
    case "rank-bands":
      return { exprs: [c.value], refs: [] };
    case "part":
    case "branch": {
      const inner = innerClauses(c).map(clauseParts);
      const own = c.k === "branch" ? [c.cond] : [];
      return { exprs: [...own, ...inner.flatMap((p) => p.exprs)], refs: inner.flatMap((p) => p.refs) };
    }
  }
}

export function walkExpr(e: IR.Expr, visit: (e: IR.Expr) => void): void {
  visit(e);
  for (const child of exprChildren(e)) walkExpr(child, visit);
}

interface Variable {
  key: string;
  values: AValue[];
}

function variableFor(ref: IR.InputRef, m: Model): Variable | null {
  const type = findInput(ref, m)?.type;
  const key = inputKey(ref);
  if (type?.kind === "bool")
    return { key, values: [true, false].map((v) => ({ t: "bool", canTrue: v, canFalse: !v })) };
  if (type?.kind === "option") return { key, values: type.options.map((o) => ({ t: "label", values: [o] })) };
  if (type?.kind === "grade") return { key, values: type.levels.map((l) => ({ t: "label", values: [l] })) };
  return null;
}

/** The finite inputs the clauses read, in the order first read. */
export function finiteVariables(clauses: IR.Clause[], m: Model): Variable[] {
  return finiteVariablesOf(clauses.map(clauseParts), m);
}

/** The finite inputs read by each part in turn (its inputs named directly, then its expressions). */
export function finiteVariablesOf(parts: Array<{ exprs: IR.Expr[]; refs: IR.InputRef[] }>, m: Model): Variable[] {
  const found = new Map<string, Variable>();
  const addRef = (ref: IR.InputRef): void => {
    const v = found.has(inputKey(ref)) ? null : variableFor(ref, m);
    if (v && v.values.length > 0) found.set(v.key, v);
  };
  for (const { exprs, refs } of parts) {
    refs.forEach(addRef);
    for (const e of exprs)
      walkExpr(e, (x) => {
        if (x.k === "input") addRef(x.ref);
      });
  }
  return [...found.values()];
}

/** Every combination of values of the first variables whose product stays within MAX_CASES. */
export function assignments(variables: Variable[]): Array<Map<string, AValue>> {
  let cases: Array<Map<string, AValue>> = [new Map()];
  for (const v of variables) {
    if (cases.length * v.values.length > MAX_CASES) break;
    cases = cases.flatMap((c) => v.values.map((value) => new Map(c).set(v.key, value)));
  }
  return cases;
}
