// Constraints between inputs (`约束 已挂接数 ≤ 目录总数`, `约束 若 发生重大事故 则 事故次数 ≥ 1`):
// what every submission must satisfy, checked by the submission validator. Here: names and kinds
// (through expr.ts typeCondition: E201, E306 …), only inputs and columns (E608 for `得分(…)`), and,
// by abstract evaluation over the declared input ranges, a constraint that can never hold (E608:
// every submission would be refused) or always holds (W705: it refuses nothing).
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { evalExpr } from "./abstract.js";
import { walkExpr } from "./cases.js";
import { join } from "./context.js";
import { inputKey, makeEnv } from "./env.js";
import { typeCondition } from "./expr.js";
import type { ItemInfo, Model } from "./model.js";

export interface ConstraintInfo {
  decl: A.ConstraintDecl;
  item: ItemInfo | null;
  premise: IR.Expr | null;
  claim: IR.Expr;
}

/** The inputs an expression reads, in the order written, each once. */
function inputsRead(exprs: IR.Expr[]): IR.InputRef[] {
  const seen = new Map<string, IR.InputRef>();
  for (const e of exprs)
    walkExpr(e, (x) => {
      if (x.k === "input" || x.k === "checked" || x.k === "missing") seen.set(`${x.ref.item ?? ""}\u0000${x.ref.name}`, x.ref);
    });
  return [...seen.values()];
}

function readsAny(e: IR.Expr, k: IR.Expr["k"]): boolean {
  let found = false;
  walkExpr(e, (x) => {
    if (x.k === k) found = true;
  });
  return found;
}

/** Can the expression be true, and can it be false, over the declared ranges? */
function outcomes(e: IR.Expr, m: Model): { canTrue: boolean; canFalse: boolean } {
  const v = evalExpr(e, makeEnv(m, null));
  return v.t === "bool" ? v : { canTrue: true, canFalse: true };
}

/** The constraint as written after its keyword ("已挂接数 ≤ 目录总数", "若 p 则 q"). */
function conditionText(d: A.ConstraintDecl, m: Model): string {
  return m.ctx.slice(join(d.span, d.claim.span)).replace(/^\S+\s*/, ""); // the keyword is one word
}

function judge(info: ConstraintInfo, m: Model): void {
  const text = conditionText(info.decl, m);
  const d = info.decl;
  if (info.premise && d.premise) {
    const premise = outcomes(info.premise, m);
    if (!premise.canTrue) {
      m.ctx.warning("W705", d.premise.span, { text }, { variant: "premise" });
      return;
    }
  }
  const claim = outcomes(info.claim, m);
  if (!claim.canTrue) m.ctx.error("E608", d.claim.span, { text }, { variant: info.premise ? "premise" : undefined });
  else if (!claim.canFalse) m.ctx.warning("W705", d.claim.span, { text });
}

export function checkConstraint(d: A.ConstraintDecl, item: ItemInfo | null, m: Model): ConstraintInfo {
  // An input a constraint reads has a use (W701 stays quiet): it keeps the submission consistent.
  const scope = { m, item, node: item };
  const before = m.ctx.diagnostics.length;
  const premise = d.premise ? typeCondition(d.premise, scope) : null;
  const claim = typeCondition(d.claim, scope);
  const info: ConstraintInfo = { decl: d, item, premise, claim };
  if ([premise, claim].some((e) => e !== null && readsAny(e, "item-score"))) {
    m.ctx.error("E608", d.span, {}, { variant: "score-of" });
    return info;
  }
  // the validator judges constraints on one value per input: not over a list (平均, 个数 …)
  if ([premise, claim].some((e) => e !== null && readsAny(e, "aggregate"))) {
    m.ctx.error("E313", d.span, { text: conditionText(d, m) }, { variant: "constraint" });
    return info;
  }
  if (m.ctx.diagnostics.length === before) {
    judge(info, m);
    noteAtMost(info, m);
  }
  return info;
}

/** `a ≤ b`, `a < b`, `b ≥ a`, `b > a` between two inputs, with no premise: a kept at most b. */
function noteAtMost(info: ConstraintInfo, m: Model): void {
  const c = info.claim;
  if (info.premise || c.k !== "cmp" || c.a.k !== "input" || c.b.k !== "input") return;
  const [lo, hi] = c.op === "<=" || c.op === "<" ? [c.a.ref, c.b.ref] : c.op === ">=" || c.op === ">" ? [c.b.ref, c.a.ref] : [];
  if (lo && hi) m.atMost.add(`${inputKey(lo)}|${inputKey(hi)}`);
}

export function lowerConstraints(constraints: ConstraintInfo[], m: Model): IR.Constraint[] {
  const ordered = [...constraints].sort((a, b) => a.decl.span.start.offset - b.decl.span.start.offset);
  return ordered.map((c, i) => ({
    id: `constraint#${i + 1}`,
    item: c.item?.id ?? null,
    premise: c.premise,
    claim: c.claim,
    inputs: inputsRead(c.premise ? [c.premise, c.claim] : [c.claim]),
    claimInputs: inputsRead([c.claim]),
    label: c.decl.label?.text ?? null,
    text: m.ctx.slice(join(c.decl.span, c.decl.claim.span)),
    condition: conditionText(c.decl, m),
    span: c.decl.span,
  }));
}
