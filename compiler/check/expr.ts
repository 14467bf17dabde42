// Expressions: resolve every name (E201 with "did you mean", E203 option labels, E206 unit
// kinds), give every expression a kind (E301, E304, E305, E306, E311), and lower it to the IR.
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { note } from "./context.js";
import {
  arithKind,
  BOOL,
  compareProblem,
  COUNT,
  ERROR,
  isLabelled,
  isNumeric,
  type Kind,
  kindArg,
  labelsOf,
  NUMBER,
  POINTS,
  reportKind,
} from "./kinds.js";
import type { InputInfo, ItemInfo, Model, NodeInfo } from "./model.js";
import { quantityValue } from "./quantity.js";
import { suggest } from "./suggest.js";
import { lookupFigure, useFigure } from "./figures.js";
import { exprChildren } from "./cases.js";

export interface Typed {
  kind: Kind;
  ir: IR.Expr;
  /** Always a whole number (counts, ranks, sums of them). */
  integral: boolean;
  /** One value per element of this dimension (it reads a list input): only an aggregate
   *  (个数, 合计, 平均, 最小, 最大) or `每 栏目 若 …` makes it one value. */
  list?: string;
}

/** Where an expression is written: the item whose inputs are in scope (null outside items). */
export interface Scope {
  m: Model;
  item: ItemInfo | null;
  node: NodeInfo | null;
  /** A rating's criterion (`评定 { 优秀: 总分 ≥ 90 }`): `总分` reads the unit's final total. */
  total?: boolean;
}

const FAILED: Typed = { kind: ERROR, ir: { k: "const", value: "0" }, integral: false };

export function inputRef(info: InputInfo): IR.InputRef {
  return { item: info.owner, name: info.name };
}

/** An input in scope: the item's own, else a unit fact. */
export function lookupInput(name: string, s: Scope): InputInfo | undefined {
  return s.item?.inputs.get(name) ?? s.m.facts.get(name);
}

function namesInScope(s: Scope): string[] {
  return [...(s.item?.inputs.keys() ?? []), ...(s.item?.figures.keys() ?? []), ...s.m.facts.keys(), ...s.m.figures.keys(), ...s.m.columns.keys()];
}

/** E201 for a name that is neither an input in scope nor a column; notes where it is declared. */
export function unknownName(name: A.Name, s: Scope): void {
  const elsewhere = s.m.items
    .filter((it) => it !== s.item && it.inputs.has(name.text))
    .map((it) => note("note.input-elsewhere", it.inputs.get(name.text)!.decl.name.span, { item: it.title }));
  s.m.ctx.error(
    "E201",
    name.span,
    { name: name.text, item: s.item ? s.item.title : "" },
    {
      variant: s.item ? "item" : "scheme",
      suggestions: suggest(name.text, namesInScope(s)),
      related: elsewhere.slice(0, 3),
    },
  );
}

function useInput(info: InputInfo): Typed {
  info.used = true;
  const ref = inputRef(info);
  if (info.kind.k === "checklist") return { kind: COUNT, ir: { k: "checked", ref }, integral: true };
  const integral = info.kind.k === "count" || info.kind.k === "rank";
  if (info.dimension !== null) return { kind: info.kind, ir: { k: "element", ref }, integral, list: info.dimension };
  return { kind: info.kind, ir: { k: "input", ref }, integral };
}

/** The dimension of an expression over its operands: none, or the one they share; two different
 *  ones cannot be combined element by element (E313.two-dimensions, reported: undefined). */
function listOf(parts: Typed[], span: A.Span, s: Scope): string | undefined | null {
  const lists = [...new Set(parts.flatMap((p) => (p.list === undefined ? [] : [p.list])))];
  if (lists.length <= 1) return lists[0];
  s.m.ctx.error("E313", span, { a: lists[0]!, b: lists[1]!, text: s.m.ctx.slice(span) }, { variant: "two-dimensions" });
  return null;
}

/** `t` with the list of its operands, or FAILED when they have two. */
function over(t: Typed, parts: Typed[], span: A.Span, s: Scope): Typed {
  const list = listOf(parts, span, s);
  if (list === null) return FAILED;
  return list === undefined ? t : { ...t, list };
}

/** Where one value is needed: a list there is E313 (say how to make it one). */
function single(t: Typed, e: A.Expr, s: Scope): Typed {
  if (t.list === undefined) return t;
  s.m.ctx.error("E313", e.span, { text: s.m.ctx.slice(e.span), dimension: t.list });
  return FAILED;
}

/** The list inputs of an open dimension an expression reads: their elements cannot be paired. */
function openLists(e: IR.Expr, s: Scope): string[] {
  const found = new Set<string>();
  const walk = (x: IR.Expr): void => {
    if (x.k === "element" && s.m.dimensions.get(lookupInput(x.ref.name, s)?.dimension ?? "")?.elements === null)
      found.add(x.ref.name);
    if (x.k === "aggregate") return;
    for (const child of exprChildren(x)) walk(child);
  };
  walk(e);
  return [...found];
}

/** `个数(c)`, `合计(x)`, `平均(x)`, `最小(x)`, `最大(x)`, `项数(x)` over a list, or `每 栏目 若 c` (fn count). */
export function typeAggregate(
  fn: IR.AggregateFn,
  arg: A.Expr,
  span: A.Span,
  s: Scope,
  dimension: A.Name | null = null,
): Typed {
  const of = typeAny(arg, s);
  if (of.kind.k === "error") return FAILED;
  const text = s.m.ctx.slice(span);
  if (of.list === undefined) {
    s.m.ctx.error("E313", arg.span, { text, arg: s.m.ctx.slice(arg.span) }, { variant: "not-a-list" });
    return FAILED;
  }
  if (dimension !== null && dimension.text !== of.list) {
    s.m.ctx.error("E313", dimension.span, { a: dimension.text, b: of.list, text }, { variant: "two-dimensions" });
    return FAILED;
  }
  const opens = openLists(of.ir, s);
  if (opens.length > 1) {
    s.m.ctx.error("E313", arg.span, { a: opens[0]!, b: opens[1]!, dimension: of.list, text }, { variant: "two-open" });
    return FAILED;
  }
  const ir: IR.Expr = { k: "aggregate", fn, dimension: of.list, of: of.ir };
  if (fn === "count") {
    if (of.kind.k !== "bool") {
      s.m.ctx.error("E311", span, { func: "个数", kind: kindArg(of.kind) }, { variant: "count-of" });
      return FAILED;
    }
    return { kind: COUNT, ir, integral: true };
  }
  // how many elements, whatever their values
  if (fn === "length") return { kind: COUNT, ir, integral: true };
  if (!isNumeric(of.kind)) {
    s.m.ctx.error("E311", span, { func: text.split("(")[0]!.trim(), kind: kindArg(of.kind) }, { variant: "list-numeric" });
    return FAILED;
  }
  if (fn === "mean") {
    s.m.divisions.push(span);
    // a mean of counts is no longer a whole number; a mean of rates is a rate
    const plain = of.kind.k === "count" || of.kind.k === "rank" ? NUMBER : of.kind;
    return { kind: plain, ir, integral: false };
  }
  return { kind: of.kind.k === "rank" && fn === "sum" ? NUMBER : of.kind, ir, integral: of.integral };
}

function typeRef(name: A.Name, s: Scope): Typed {
  const own = s.item?.inputs.get(name.text);
  if (own) return useInput(own);
  const figure = lookupFigure(name.text, s);
  if (figure) return useFigure(figure);
  const input = lookupInput(name.text, s);
  if (input) return useInput(input);
  const column = s.m.columns.get(name.text);
  if (column) return { kind: column.kind, ir: { k: "column", name: name.text }, integral: false };
  unknownName(name, s);
  return FAILED;
}

/** The labelled kind of an operand, found without reporting anything (for `方式 = 专线接入`). */
function labelledKind(e: A.Expr, s: Scope): Kind | null {
  if (e.kind === "unit-kind") return { k: "unit-kind", kinds: s.m.unitKinds.map((k) => k.id) };
  if (e.kind === "unit-name") return { k: "unit-name", names: s.m.units.map((u) => u.name) };
  if (e.kind !== "ref") return null;
  const input = lookupInput(e.name.text, s);
  return input && isLabelled(input.kind) ? input.kind : null;
}

function typeLabelCompare(e: Extract<A.Expr, { kind: "cmp" }>, subject: A.Expr, label: A.Name, s: Scope): Typed {
  const typed = typeExpr(subject, s);
  if (!isLabelled(typed.kind)) return FAILED;
  const labels = labelsOf(typed.kind);
  if (!labels.includes(label.text)) {
    const code = typed.kind.k === "unit-kind" || typed.kind.k === "unit-name" ? "E206" : "E203";
    const subjectName = subject.kind === "ref" ? subject.name.text : "";
    s.m.ctx.error(
      code,
      label.span,
      { label: label.text, name: label.text, input: subjectName, options: labels.join("、") },
      {
        variant: typed.kind.k,
        suggestions: suggest(label.text, labels),
      },
    );
    return { ...FAILED, kind: BOOL };
  }
  if (e.op !== "=" && e.op !== "!=") {
    s.m.ctx.error(
      "E301",
      e.span,
      { left: kindArg(typed.kind), right: kindArg(typed.kind) },
      { variant: "labels-order" },
    );
    return { ...FAILED, kind: BOOL };
  }
  return { kind: BOOL, ir: { k: "is", a: typed.ir, value: label.text, negate: e.op === "!=" }, integral: false };
}

function literalDigits(e: A.Expr): Record<string, string> {
  return e.kind === "num" ? { value: e.value.digits } : {};
}

function typeCompare(e: Extract<A.Expr, { kind: "cmp" }>, s: Scope): Typed {
  const leftLabelled = labelledKind(e.left, s);
  const rightLabelled = labelledKind(e.right, s);
  if (leftLabelled && e.right.kind === "ref" && !rightLabelled) return typeLabelCompare(e, e.left, e.right.name, s);
  if (rightLabelled && e.left.kind === "ref" && !leftLabelled) return typeLabelCompare(e, e.right, e.left.name, s);
  const a = typeAny(e.left, s);
  const b = typeAny(e.right, s);
  const problem = compareProblem(a.kind, b.kind);
  if (problem) {
    reportKind(s.m.ctx, problem, e.span, { ...literalDigits(e.left), ...literalDigits(e.right) });
    return { ...FAILED, kind: BOOL };
  }
  if (a.kind.k === "error" || b.kind.k === "error") return { ...FAILED, kind: BOOL };
  return over({ kind: BOOL, ir: { k: "cmp", op: e.op, a: a.ir, b: b.ir }, integral: false }, [a, b], e.span, s);
}

/** A condition (`若 …`, `否决 若 …`, operands of 且 或 非) must be yes/no (E306); one value (E313). */
export function typeCondition(e: A.Expr, s: Scope): IR.Expr {
  return single(conditionAny(e, s), e, s).ir;
}

/** A yes/no, or one per element of a list (inside 个数 or `每 栏目 若`). */
function conditionAny(e: A.Expr, s: Scope): Typed {
  const typed = typeAny(e, s);
  if (typed.kind.k !== "bool" && typed.kind.k !== "error")
    s.m.ctx.error("E306", e.span, { kind: kindArg(typed.kind), text: s.m.ctx.slice(e.span) });
  return typed;
}

const ARITH: Record<A.ArithOp, "add" | "sub" | "mul" | "div"> = { "+": "add", "-": "sub", "*": "mul", "/": "div" };

function typeArith(e: Extract<A.Expr, { kind: "arith" }>, s: Scope): Typed {
  const a = typeAny(e.left, s);
  const b = typeAny(e.right, s);
  if (e.op === "/") s.m.divisions.push(e.span);
  const kind = arithKind(e.op, a.kind, b.kind);
  if ("code" in kind) {
    reportKind(s.m.ctx, kind, e.span, { ...literalDigits(e.left), ...literalDigits(e.right) }, [
      { span: e.left.span, kind: a.kind },
      { span: e.right.span, kind: b.kind },
    ]);
    return FAILED;
  }
  const typed: Typed = { kind, ir: { k: ARITH[e.op], a: a.ir, b: b.ir }, integral: e.op !== "/" && a.integral && b.integral };
  return over(typed, [a, b], e.span, s);
}

function argProblem(
  e: Extract<A.Expr, { kind: "call" }>,
  variant: string,
  s: Scope,
  args: Record<string, string | number> = {},
): Typed {
  s.m.ctx.error("E311", e.span, { func: s.m.ctx.slice(e.funcSpan), ...args }, { variant });
  return FAILED;
}

/** The common kind of several operands (min, max, clamp), as if they were added. */
function unify(e: A.Expr, parts: Typed[], s: Scope): Kind {
  let kind = parts[0]!.kind;
  for (const p of parts.slice(1)) {
    const next = arithKind("+", kind, p.kind);
    if ("code" in next) {
      reportKind(s.m.ctx, next, e.span);
      return ERROR;
    }
    kind = next;
  }
  return kind;
}

function typeChecklistCall(e: Extract<A.Expr, { kind: "call" }>, s: Scope): Typed {
  const arg = e.args[0];
  if (e.args.length !== 1 || arg?.kind !== "ref") return argProblem(e, "checklist", s);
  const input = lookupInput(arg.name.text, s);
  if (!input) {
    unknownName(arg.name, s);
    return FAILED;
  }
  input.used = true;
  if (input.kind.k !== "checklist") return argProblem(e, "checklist", s, { kind: kindArg(input.kind) });
  return { kind: COUNT, ir: { k: e.func === "checked" ? "checked" : "missing", ref: inputRef(input) }, integral: true };
}

function typeScoreOf(e: Extract<A.Expr, { kind: "call" }>, s: Scope): Typed {
  const arg = e.args[0];
  if (e.args.length !== 1 || !arg || (arg.kind !== "ref" && arg.kind !== "num")) return argProblem(e, "score-of", s);
  const id = arg.kind === "ref" ? arg.name.text : arg.value.digits;
  const node = s.m.nodesById.get(id);
  if (!node) {
    s.m.ctx.error(
      "E201",
      arg.span,
      { name: id },
      {
        variant: "item-id",
        suggestions: suggest(
          id,
          s.m.items.map((i) => i.id),
        ),
      },
    );
    return FAILED;
  }
  if (node.kind !== "item") return argProblem(e, "score-of-section", s, { name: id });
  s.item?.reads.push({ item: id, span: e.span });
  return { kind: POINTS, ir: { k: "item-score", item: id }, integral: false };
}

function typeLinear(e: Extract<A.Expr, { kind: "call" }>, s: Scope): Typed {
  const [xExpr, ...rest] = e.args;
  if (!xExpr || rest.length < 4 || rest.length % 2 !== 0) return argProblem(e, "linear", s);
  const x = typeAny(xExpr, s);
  const points: Array<[IR.Dec, IR.Dec]> = [];
  let yKind: Kind | null = null;
  let previous = null as ReturnType<typeof quantityValue> | null;
  for (let i = 0; i < rest.length; i += 2) {
    const [px, py] = [rest[i]!, rest[i + 1]!];
    if (px.kind !== "num" || py.kind !== "num") return argProblem(e, "linear", s);
    const vx = quantityValue(px.value);
    const vy = quantityValue(py.value);
    const problem = compareProblem(x.kind, vx.kind);
    if (problem) {
      reportKind(s.m.ctx, problem, px.span, { value: px.value.digits });
      return FAILED;
    }
    if (previous && !vx.value.gt(previous.value)) return argProblem(e, "linear-order", s);
    previous = vx;
    yKind = yKind
      ? unify(
          e,
          [
            { kind: yKind, ir: x.ir, integral: false },
            { kind: vy.kind, ir: x.ir, integral: false },
          ],
          s,
        )
      : vy.kind;
    points.push([vx.value.toDec(), vy.value.toDec()]);
  }
  s.m.divisions.push(e.span);
  return over({ kind: yKind ?? ERROR, ir: { k: "linear", x: x.ir, points }, integral: false }, [x], e.span, s);
}

function typeCall(e: Extract<A.Expr, { kind: "call" }>, s: Scope): Typed {
  switch (e.func) {
    case "checked":
    case "missing":
      return typeChecklistCall(e, s);
    case "score-of":
      return typeScoreOf(e, s);
    case "linear":
      return typeLinear(e, s);
    case "count-of":
    case "sum":
    case "mean":
      if (e.args.length !== 1) return argProblem(e, "list-arity", s);
      return typeAggregate(e.func === "count-of" ? "count" : e.func, e.args[0]!, e.span, s);
    case "length-of":
      if (e.args.length !== 1) return argProblem(e, "list-arity", s);
      return typeAggregate("length", e.args[0]!, e.span, s);
    case "min":
    case "max":
    case "clamp": {
      // 最小(回复率): the least element of a list
      if (e.func !== "clamp" && e.args.length === 1) return typeAggregate(e.func, e.args[0]!, e.span, s);
      const arity = e.func === "clamp" ? e.args.length === 3 : e.args.length >= 2;
      if (!arity) return argProblem(e, e.func === "clamp" ? "clamp" : "min-max", s);
      const parts = e.args.map((a) => typeAny(a, s));
      const kind = unify(e, parts, s);
      const integral = parts.every((p) => p.integral);
      if (e.func === "clamp") {
        const [x, lo, hi] = parts as [Typed, Typed, Typed];
        return over({ kind, ir: { k: "clamp", x: x.ir, lo: lo.ir, hi: hi.ir }, integral }, parts, e.span, s);
      }
      return over({ kind, ir: { k: e.func, args: parts.map((p) => p.ir) }, integral }, parts, e.span, s);
    }
  }
}

/** An expression that must have one value (a list in it is E313). */
export function typeExpr(e: A.Expr, s: Scope): Typed {
  return single(typeAny(e, s), e, s);
}

/** An expression, perhaps over a list (one value per element: `回复率 < 90%`). */
function typeAny(e: A.Expr, s: Scope): Typed {
  switch (e.kind) {
    case "num": {
      const { value, kind } = quantityValue(e.value);
      return { kind, ir: { k: "const", value: value.toDec() }, integral: value.isInteger() };
    }
    case "ref":
      return typeRef(e.name, s);
    case "points": {
      const points = s.item?.points;
      if (!points) {
        s.m.ctx.error("E405", e.span, { item: s.item?.title ?? "" }, { variant: "needs-points" });
        return FAILED;
      }
      return { kind: POINTS, ir: { k: "const", value: points.toDec() }, integral: points.isInteger() };
    }
    case "unit-kind":
      if (s.m.unitKinds.length === 0) {
        s.m.ctx.error("E206", e.span, {}, { variant: "no-units" });
        return FAILED;
      }
      return {
        kind: { k: "unit-kind", kinds: s.m.unitKinds.map((k) => k.id) },
        ir: { k: "unit-kind" },
        integral: false,
      };
    case "unit-name":
      if (s.m.units.length === 0) {
        s.m.ctx.error("E206", e.span, {}, { variant: "no-unit-list" });
        return FAILED;
      }
      return { kind: { k: "unit-name", names: s.m.units.map((u) => u.name) }, ir: { k: "unit-name" }, integral: false };
    case "total":
      if (!s.total) {
        s.m.ctx.error("E201", e.span, {}, { variant: "total" });
        return FAILED;
      }
      return { kind: POINTS, ir: { k: "total" }, integral: false };
    case "neg": {
      const a = typeAny(e.operand, s);
      if (a.kind.k !== "error" && !isNumeric(a.kind)) {
        s.m.ctx.error("E304", e.span, { kind: kindArg(a.kind), op: "-" });
        return FAILED;
      }
      return { ...a, ir: { k: "neg", a: a.ir } };
    }
    case "arith":
      return typeArith(e, s);
    case "cmp":
      return typeCompare(e, s);
    case "and":
    case "or": {
      const parts = e.operands.map((o) => conditionAny(o, s));
      return over({ kind: BOOL, ir: { k: e.kind, args: parts.map((p) => p.ir) }, integral: false }, parts, e.span, s);
    }
    case "not": {
      const a = conditionAny(e.operand, s);
      return { ...a, kind: BOOL, ir: { k: "not", a: a.ir }, integral: false };
    }
    case "call":
      return typeCall(e, s);
  }
}
