// The kinds of values in rules and the algebra between them: rate × points → points,
// count ÷ count → rate, and which kinds may be compared. The checker reports what this file
// refuses; it never guesses a conversion (万元 is not 元, 80 is not 80%).
import type { Span } from "../../language/ast.js";
import { note, type CheckContext } from "./context.js";

export type Kind =
  | { k: "bool" }
  | { k: "count" }
  | { k: "rate" }
  | { k: "number" }
  /** A bare number written in a rule (`2`, `0.5`): it takes the kind of what it meets. */
  | { k: "scalar" }
  | { k: "amount"; unit: string }
  | { k: "points" }
  /** A score reported by a unit (`分数 满分 100`): points on its own scale. It counts as points
   *  where it stands alone, and scales points like a plain number: 成绩 ÷ 100 × 分值. */
  | { k: "score" }
  | { k: "rank" }
  | { k: "option"; options: string[] }
  | { k: "grade"; levels: string[] }
  | { k: "checklist" }
  | { k: "text" }
  | { k: "evidence" }
  | { k: "unit-kind"; kinds: string[] }
  | { k: "unit-name"; names: string[] }
  /** Something already reported: no further diagnostics about it. */
  | { k: "error" };

export const BOOL: Kind = { k: "bool" };
export const COUNT: Kind = { k: "count" };
export const RATE: Kind = { k: "rate" };
export const NUMBER: Kind = { k: "number" };
export const SCALAR: Kind = { k: "scalar" };
export const POINTS: Kind = { k: "points" };
export const RANK: Kind = { k: "rank" };
export const SCORE: Kind = { k: "score" };
export const ERROR: Kind = { k: "error" };

/** A problem with combining kinds, before it is placed: the caller gives it a span. */
export interface KindProblem {
  code: string;
  variant?: string;
  args: Record<string, string>;
}

/** The kind as a message argument, worded by the renderer in the reader's language. */
export function kindArg(kind: Kind): string {
  return kind.k === "amount" ? `@kind.amount:${kind.unit}` : `@kind.${kind.k}`;
}

export function isNumeric(kind: Kind): boolean {
  return ["count", "rate", "number", "scalar", "amount", "points", "score", "rank"].includes(kind.k);
}

/** Kinds that hold a label compared with `=` / `≠`. */
export function isLabelled(kind: Kind): kind is Extract<Kind, { k: "option" | "grade" | "unit-kind" | "unit-name" }> {
  return kind.k === "option" || kind.k === "grade" || kind.k === "unit-kind" || kind.k === "unit-name";
}

export function labelsOf(kind: Extract<Kind, { k: "option" | "grade" | "unit-kind" | "unit-name" }>): string[] {
  if (kind.k === "unit-name") return kind.names;
  return kind.k === "option" ? kind.options : kind.k === "grade" ? kind.levels : kind.kinds;
}

/** count, number and rank are plain tallies and measures that mix freely. */
function isPlain(kind: Kind): boolean {
  return kind.k === "count" || kind.k === "number" || kind.k === "rank";
}

/** Points and reported scores. */
function isScore(kind: Kind): boolean {
  return kind.k === "points" || kind.k === "score";
}

function sameKind(a: Kind, b: Kind): boolean {
  return a.k === b.k && (a.k !== "amount" || (b.k === "amount" && a.unit === b.unit));
}

function mismatch(a: Kind, b: Kind, variant: string): KindProblem {
  if (a.k === "amount" && b.k === "amount") return { code: "E305", args: { left: a.unit, right: b.unit } };
  return { code: "E301", variant, args: { left: kindArg(a), right: kindArg(b) } };
}

export type Arith = "+" | "-" | "*" | "/";

/** The kind of `a op b`, or why it has none. */
export function arithKind(op: Arith, a: Kind, b: Kind): Kind | KindProblem {
  if (a.k === "error" || b.k === "error") return ERROR;
  const shown = { "+": "+", "-": "-", "*": "×", "/": "÷" }[op];
  for (const side of [a, b]) if (!isNumeric(side)) return { code: "E304", args: { kind: kindArg(side), op: shown } };
  if (op === "+" || op === "-") return sumKind(a, b);
  if (op === "*") return productKind(a, b);
  return quotientKind(a, b);
}

function sumKind(a: Kind, b: Kind): Kind | KindProblem {
  if (a.k === "scalar" && b.k === "scalar") return SCALAR;
  if (a.k === "rate" && b.k === "scalar") return mismatch(a, b, "rate-bare");
  if (b.k === "rate" && a.k === "scalar") return mismatch(a, b, "rate-bare");
  if (a.k === "scalar") return b;
  if (b.k === "scalar") return a;
  if (sameKind(a, b)) return a.k === "rank" ? NUMBER : a;
  if (isPlain(a) && isPlain(b)) return NUMBER;
  if (isScore(a) && isScore(b)) return POINTS;
  return mismatch(a, b, "arith");
}

function productKind(a: Kind, b: Kind): Kind | KindProblem {
  if (a.k === "scalar") return b;
  if (b.k === "scalar") return a;
  if (a.k === "rate" && b.k === "rate") return RATE;
  // a rate scales anything it multiplies; a share of a tally is no longer a whole number
  if (a.k === "rate") return isPlain(b) ? NUMBER : b;
  if (b.k === "rate") return isPlain(a) ? NUMBER : a;
  if (a.k === "count" && b.k === "count") return COUNT;
  if (isPlain(a) && isPlain(b)) return NUMBER;
  // points per occurrence, amounts per occurrence; a reported score scales points
  if ((isPlain(a) || a.k === "score") && (b.k === "points" || b.k === "amount")) return b;
  if ((isPlain(b) || b.k === "score") && (a.k === "points" || a.k === "amount")) return a;
  if (a.k === "score" && isPlain(b)) return NUMBER;
  if (b.k === "score" && isPlain(a)) return NUMBER;
  return mismatch(a, b, "arith");
}

function quotientKind(a: Kind, b: Kind): Kind | KindProblem {
  if (b.k === "scalar") return a;
  if (a.k === "scalar") return NUMBER;
  // a part over its whole is a rate: 挂接目录数 ÷ 目录总数, 得分 ÷ 满分
  if (sameKind(a, b) || (isPlain(a) && isPlain(b)) || (isScore(a) && isScore(b))) return RATE;
  if (b.k === "rate") return a;
  if ((a.k === "points" || a.k === "amount") && isPlain(b)) return a;
  return mismatch(a, b, "arith");
}

/** Whether `a` and `b` may be compared (`<`, `=`, …, or a tier bound against its subject). */
export function compareProblem(a: Kind, b: Kind): KindProblem | null {
  if (a.k === "error" || b.k === "error") return null;
  if (isNumeric(a) && isNumeric(b)) {
    if (sameKind(a, b)) return null;
    if (a.k === "scalar" || b.k === "scalar") {
      const other = a.k === "scalar" ? b : a;
      if (other.k === "rate")
        return { code: "E301", variant: "rate-bare", args: { left: kindArg(a), right: kindArg(b) } };
      if (other.k === "amount")
        return { code: "E305", variant: "bare", args: { left: kindArg(a), right: kindArg(b), unit: other.unit } };
      return null;
    }
    if (isPlain(a) && isPlain(b)) return null;
    if (isScore(a) && isScore(b)) return null;
    if (a.k === "amount" && b.k === "amount") return { code: "E305", args: { left: a.unit, right: b.unit } };
    return mismatch(a, b, "compare");
  }
  return mismatch(a, b, "compare");
}

/** Reports a kind problem at `span`. A hint that quotes the number written (`write 80%`) falls
 *  back to words without it when no literal was written (`extra.value`). */
export function reportKind(
  ctx: CheckContext,
  problem: KindProblem,
  span: Span,
  extra: Record<string, string> = {},
  operands: Array<{ span: Span; kind: Kind }> = [],
): void {
  const quotes = problem.variant === "rate-bare" || problem.variant === "bare";
  const variant = quotes && !("value" in extra) ? `${problem.variant}-unnamed` : problem.variant;
  // Each side underlined with its kind, so that a long sum says which operand is the odd one.
  const related = operands.map((o) => note("note.operand-kind", o.span, { kind: kindArg(o.kind) }));
  ctx.error(problem.code, span, { ...problem.args, ...extra }, { ...(variant ? { variant } : {}), related });
}
