// An IR expression compiled into straight-line code: temporaries holding its value, and a text
// in both languages that shows the unit's figures ("在线业务处理率 85% ≥ 70%").
import type { Expr, Figure, Input, InputRef, Item, SchemeIR } from "../../../compiler/ir.js";
import { dec, mul, toDecimal } from "../runtime/decimal.js";
import { Body, type Constants } from "./code.js";
import { cat, fill2, join, js, lit, render, same, word, type Bi } from "./text.js";

/** How a figure is written: a rate as a percent, an amount with its unit. */
type Display = { rate: true } | { unit: string } | null;

export interface Value {
  /** A JavaScript expression (a name or a constant) for the value. */
  v: string;
  type: "num" | "bool" | "str";
  desc: Bi;
}

/** What every generated function can see. */
export interface Shared {
  ir: SchemeIR;
  /** Item id → index in evaluation order (for `得分(x)`). */
  itemIndex: Map<string, number>;
  itemsById: Map<string, Item>;
  poolTitles: Map<string, string>;
}

/** What an expression can see: the scheme, and the item it is written in (null: a veto). */
export interface Scope extends Shared {
  item: Item | null;
  body: Body;
  /** Holders of other items' inputs already declared in this body. */
  holders: Map<string, string>;
  /** Inside an aggregate's loop: the JavaScript name of the element's key (its name in a fixed
   *  list, its place in an open one). */
  element?: string;
  /** A JavaScript condition for writing words (an item's `W`; sheet functions say true or false). */
  words?: string;
}

const OPS: Record<string, string> = { "<": "<", "<=": "≤", ">": ">", ">=": "≥", "=": "=", "!=": "≠" };
const ARITH: Record<string, [string, string]> = {
  add: ["add", " + "],
  sub: ["sub", " − "],
  mul: ["mul", " × "],
  div: ["div", " ÷ "],
};
const LIST_SEP: readonly [string, string] = ["、", ", "];
const ARG_SEP: readonly [string, string] = [", ", ", "];

export function inputOf(scope: Scope, ref: InputRef): Input {
  const list = ref.item === null ? scope.ir.facts : (scope.itemsById.get(ref.item)?.inputs ?? []);
  const input = list.find((i) => i.name === ref.name);
  if (!input) throw new Error(`kaohe: IR names an input that does not exist: ${ref.item ?? "facts"}.${ref.name}`);
  return input;
}

/** A JavaScript expression for the raw reported value of an input. */
export function rawOf(scope: Scope, ref: InputRef): string {
  const key = JSON.stringify(ref.name);
  if (ref.item === null) return `S.facts[${key}]`;
  if (scope.item !== null && ref.item === scope.item.id) return `I[${key}]`;
  let holder = scope.holders.get(ref.item);
  if (holder === undefined) {
    holder = scope.body.let(`S.items[${JSON.stringify(ref.item)}] || NONE`, "I");
    scope.holders.set(ref.item, holder);
  }
  return `${holder}[${key}]`;
}

function figureDisplay(figure: Figure): Display {
  return figure.kind === "rate" ? { rate: true } : figure.kind === "amount" ? { unit: figure.unit ?? "" } : null;
}

/** A JavaScript expression for the words of value v: a rate as a percent, an amount with its unit. */
function displayWords(display: Display, v: string): string {
  if (display === null) return `show(${v})`;
  return "rate" in display ? `showRate(${v})` : `show(${v}) + ${JSON.stringify(display.unit)}`;
}

/** A JavaScript expression for a top-level figure's value v as words (its result line). */
export function figureWords(figure: Figure, v: string): string {
  return displayWords(figureDisplay(figure), v);
}

function displayOf(scope: Scope, e: Expr): Display {
  switch (e.k) {
    case "input":
    case "element": {
      const t = inputOf(scope, e.ref).type;
      return t.kind === "rate" ? { rate: true } : t.kind === "amount" ? { unit: t.unit } : null;
    }
    case "aggregate":
      return e.fn === "count" || e.fn === "length" ? null : displayOf(scope, e.of);
    case "neg":
      return displayOf(scope, e.a);
    case "add":
    case "sub":
      return displayOf(scope, e.a) ?? displayOf(scope, e.b);
    case "min":
    case "max":
      return e.args.reduce<Display>((d, a) => d ?? displayOf(scope, a), null);
    case "clamp":
      return displayOf(scope, e.x);
    case "figure": {
      // A top-level figure knows its kind (a rate × a number is a rate, which the calculation
      // alone does not show); an item's figure is shown like its calculation.
      const listed = e.item === null ? scope.ir.figures.find((f) => f.name === e.name) : undefined;
      return listed ? figureDisplay(listed) : displayOf(scope, e.expr);
    }
    default:
      return null;
  }
}

/** A figure computed at run time, written like the expression it is the value of: a rate as a
 *  percent (the best 网上办理率 is "95%", not 0.95), an amount with its unit. */
export function figureOf(scope: Scope, e: Expr, v: string): Bi {
  return same(js(displayWords(displayOf(scope, e), v)));
}

/** A constant as the scheme wrote it: 0.7 next to a rate is "70%", 200 next to 万元 "200万元". */
export function constantText(value: string, display: Display): string {
  if (display !== null && "rate" in display) return minus(toDecimal(mul(dec(value), dec("100")))!) + "%";
  const canonical = minus(toDecimal(dec(value))!);
  return display !== null ? canonical + display.unit : canonical;
}

/** A minus sign (−), not a hyphen, as the runtime's `signed` writes figures. */
function minus(text: string): string {
  return text.startsWith("-") ? "−" + text.slice(1) : text;
}

/** Marks an optional input that was not reported. */
function absentMark(input: Input, raw: string): Bi {
  if (input.required) return same([]);
  const [zh, en] = [word("explain.input.absent", 0), word("explain.input.absent", 1)];
  return [
    js(`${raw} === undefined ? ${JSON.stringify(zh)} : ""`),
    js(`${raw} === undefined ? ${JSON.stringify(en)} : ""`),
  ];
}

function readInput(scope: Scope, ref: InputRef, element: string | null = null): Value {
  const input = inputOf(scope, ref);
  const whole = rawOf(scope, ref);
  const raw = element === null ? whole : scope.body.let(`at(${whole}, ${element})`, "r");
  const b = scope.body;
  const title = lit(input.name);
  const mark = absentMark(input, raw);
  const withMark = (d: Bi): Bi => [cat(d[0], mark[0]), cat(d[1], mark[1])];
  const t = input.type;
  switch (t.kind) {
    case "bool": {
      const v = b.let(`${raw} === true`);
      const value: Bi = [
        js(`${v} ? ${JSON.stringify(word("explain.yes", 0))} : ${JSON.stringify(word("explain.no", 0))}`),
        js(`${v} ? ${JSON.stringify(word("explain.yes", 1))} : ${JSON.stringify(word("explain.no", 1))}`),
      ];
      return { v, type: "bool", desc: withMark(fill2("explain.input.bool", { title, value })) };
    }
    case "rate": {
      const n = b.let(`num(${raw})`, "n");
      const v = b.let(`percent(${n})`);
      return { v, type: "num", desc: withMark(fill2("explain.input.rate", { title, value: js(`show(${n})`) })) };
    }
    case "count":
    case "number":
    case "rank":
    case "score": {
      const v = b.let(`num(${raw})`);
      return { v, type: "num", desc: withMark(fill2(`explain.input.${t.kind}`, { title, value: js(`show(${v})`) })) };
    }
    case "amount": {
      const v = b.let(`num(${raw})`);
      return {
        v,
        type: "num",
        desc: withMark(fill2("explain.input.amount", { title, value: js(`show(${v})`), unit: lit(t.unit) })),
      };
    }
    case "option":
    case "grade": {
      const v = b.let(`typeof ${raw} === "string" ? ${raw} : null`);
      const none: Bi = [
        js(`${v} ?? ${JSON.stringify(word("explain.nothing", 0))}`),
        js(`${v} ?? ${JSON.stringify(word("explain.nothing", 1))}`),
      ];
      return { v, type: "str", desc: withMark(fill2(`explain.input.${t.kind}`, { title, value: none })) };
    }
    case "checklist": {
      const v = b.let(`ticked(${raw})`);
      return { v, type: "num", desc: withMark(fill2("explain.input.checked", { title, value: js(`show(${v})`) })) };
    }
    case "text":
    case "evidence":
      throw new Error(`kaohe: IR uses the ${t.kind} input ${input.name} in a rule`);
  }
}

const SUMS = ["add", "sub"];
const TERMS = ["add", "sub", "mul", "div"];

/** Wraps a description in parentheses when the operand's kind is among `binds`. */
function paren(d: Bi, operand: Expr, binds: string[]): Bi {
  return binds.includes(operand.k) ? [cat(lit("("), d[0], lit(")")), cat(lit("("), d[1], lit(")"))] : d;
}

export function compileExpr(scope: Scope, e: Expr, display: Display = null): Value {
  const b = scope.body;
  switch (e.k) {
    case "const":
      return { v: b.constants.q(e.value), type: "num", desc: same(lit(constantText(e.value, display))) };
    case "input":
      return readInput(scope, e.ref);
    case "element":
      if (scope.element === undefined) throw new Error(`kaohe: IR reads an element of ${e.ref.name} outside a list`);
      return readInput(scope, e.ref, scope.element);
    case "aggregate":
      return aggregate(scope, e);
    case "figure": {
      // Named where it is read: "综合投资率 87.5%（投资额 350万元 ÷ 目标额 400万元）".
      const inner = compileExpr(scope, e.expr, display);
      return {
        v: inner.v,
        type: inner.type,
        desc: fill2("explain.figure", { name: lit(e.name), value: figureOf(scope, e, inner.v), expr: inner.desc }),
      };
    }
    case "column": {
      const v = b.let(`S.col[${JSON.stringify(e.name)}] || ZERO`);
      return { v, type: "num", desc: fill2("explain.column", { name: lit(e.name), value: js(`show(${v})`) }) };
    }
    case "unit-kind": {
      const v = b.let("S.kind");
      return { v, type: "str", desc: fill2("explain.unit-kind", { value: js(`${v} ?? ""`) }) };
    }
    case "total": {
      // Read by a rating's criterion only: T is its function's argument (emit/rating.ts).
      const v = b.let("T");
      return { v, type: "num", desc: fill2("explain.total-ref", { value: js(`show(${v})`) }) };
    }
    case "unit-name": {
      const v = b.let("S.unit");
      return { v, type: "str", desc: fill2("explain.unit-name", { value: js(v) }) };
    }
    case "item-score": {
      const index = scope.itemIndex.get(e.item);
      const item = scope.itemsById.get(e.item);
      if (index === undefined || item === undefined) throw new Error(`kaohe: IR scores an unknown item ${e.item}`);
      const v = b.let(`S.own[${index}]`);
      return { v, type: "num", desc: fill2("explain.score-of", { title: lit(item.title), value: js(`show(${v})`) }) };
    }
    case "checked":
    case "missing": {
      const input = inputOf(scope, e.ref);
      const raw = rawOf(scope, e.ref);
      if (e.k === "checked") {
        const v = b.let(`ticked(${raw})`);
        return {
          v,
          type: "num",
          desc: fill2("explain.input.checked", { title: lit(input.name), value: js(`show(${v})`) }),
        };
      }
      const elements = input.type.kind === "checklist" ? input.type.elements : [];
      const list = b.constants.other("L", JSON.stringify(elements));
      const gone = b.let(`unticked(${raw}, ${list})`, "m");
      const v = b.let(`int(${gone}.length)`);
      const names: Bi = [
        js(`${gone}.join(${JSON.stringify(LIST_SEP[0])}) || ${JSON.stringify(word("explain.nothing", 0))}`),
        js(`${gone}.join(${JSON.stringify(LIST_SEP[1])}) || ${JSON.stringify(word("explain.nothing", 1))}`),
      ];
      return {
        v,
        type: "num",
        desc: fill2("explain.input.missing", { title: lit(input.name), value: js(`show(${v})`), names }),
      };
    }
    case "neg": {
      const a = compileExpr(scope, e.a, display);
      const v = b.let(`neg(${a.v})`);
      const d = paren(a.desc, e.a, SUMS);
      return { v, type: "num", desc: [cat(lit("−"), d[0]), cat(lit("−"), d[1])] };
    }
    case "add":
    case "sub":
    case "mul":
    case "div": {
      const hint = e.k === "add" || e.k === "sub" ? (displayOf(scope, e.a) ?? displayOf(scope, e.b)) : null;
      const a = compileExpr(scope, e.a, hint);
      const c = compileExpr(scope, e.b, hint);
      const [fn, sym] = ARITH[e.k]!;
      const v = b.let(`${fn}(${a.v}, ${c.v})`);
      // a − (b + c), (a + b) × c, a ÷ (b × c): parentheses only where the reading would change.
      const left = e.k === "mul" || e.k === "div" ? paren(a.desc, e.a, SUMS) : a.desc;
      const right = paren(c.desc, e.b, e.k === "add" ? [] : e.k === "div" ? TERMS : SUMS);
      const zero: Bi =
        e.k === "div"
          ? [
              js(`isZero(${c.v}) ? ${JSON.stringify(word("explain.div-zero", 0))} : ""`),
              js(`isZero(${c.v}) ? ${JSON.stringify(word("explain.div-zero", 1))} : ""`),
            ]
          : same([]);
      return {
        v,
        type: "num",
        desc: [cat(left[0], lit(sym), right[0], zero[0]), cat(left[1], lit(sym), right[1], zero[1])],
      };
    }
    case "cmp": {
      const a = compileExpr(scope, e.a, displayOf(scope, e.b));
      const c = compileExpr(scope, e.b, displayOf(scope, e.a));
      const v = b.let(`cmp(${a.v}, ${c.v}) ${e.op === "=" ? "===" : e.op === "!=" ? "!==" : e.op} 0`);
      const sym = ` ${OPS[e.op]} `;
      return { v, type: "bool", desc: [cat(a.desc[0], lit(sym), c.desc[0]), cat(a.desc[1], lit(sym), c.desc[1])] };
    }
    case "is": {
      const a = compileExpr(scope, e.a);
      const v = b.let(`${a.v} ${e.negate ? "!==" : "==="} ${JSON.stringify(e.value)}`);
      return {
        v,
        type: "bool",
        desc: fill2(e.negate ? "explain.is-not" : "explain.is", { a: a.desc, value: lit(e.value) }),
      };
    }
    case "and":
    case "or": {
      const args = e.args.map((x) => compileExpr(scope, x));
      const v = b.let(args.map((x) => x.v).join(e.k === "and" ? " && " : " || "));
      const desc = args.slice(1).reduce<Bi>((acc, x) => fill2(`explain.${e.k}`, { a: acc, b: x.desc }), args[0]!.desc);
      return { v, type: "bool", desc };
    }
    case "not": {
      const a = compileExpr(scope, e.a);
      const v = b.let(`!${a.v}`);
      return { v, type: "bool", desc: fill2("explain.not", { a: a.desc }) };
    }
    case "min":
    case "max": {
      const args = e.args.map((x) => compileExpr(scope, x, display));
      const v = b.let(args.slice(1).reduce((acc, x) => `${e.k}(${acc}, ${x.v})`, args[0]!.v));
      return funcValue(
        e.k,
        v,
        args.map((x) => x.desc),
      );
    }
    case "clamp": {
      const args = [e.x, e.lo, e.hi].map((x) => compileExpr(scope, x, displayOf(scope, e.x)));
      const v = b.let(`clamp(${args.map((x) => x.v).join(", ")})`);
      return funcValue(
        "clamp",
        v,
        args.map((x) => x.desc),
      );
    }
    case "linear": {
      const x = compileExpr(scope, e.x, displayOf(scope, e.x));
      const points = e.points.map(([px, py]) => `[${b.constants.q(px)}, ${b.constants.q(py)}]`);
      const table = b.constants.other("LIN", `[${points.join(", ")}]`);
      const v = b.let(`linear(${x.v}, ${table})`);
      return funcValue("linear", v, [x.desc]);
    }
  }
}

/** The list inputs an expression reads element by element (not inside an aggregate of its own). */
function elementRefs(e: Expr): InputRef[] {
  if (e.k === "element") return [e.ref];
  if (e.k === "aggregate") return [];
  const isExpr = (x: unknown): x is Expr => typeof x === "object" && x !== null && "k" in x;
  return Object.values(e).flatMap((v: unknown) =>
    Array.isArray(v) ? v.filter(isExpr).flatMap(elementRefs) : isExpr(v) ? elementRefs(v) : [],
  );
}

/**
 * 个数 / 合计 / 平均 / 最小 / 最大 / 项数 over a list: `of` computed in a loop over the elements (a fixed
 * list's names, or the places of the one open list it reads), and the words naming each element
 * with its figures ("办事服务：回复率 85% < 90%"; for 个数 only the elements that counted).
 */
function aggregate(scope: Scope, e: Expr & { k: "aggregate" }): Value {
  const b = scope.body;
  const dimension = scope.ir.dimensions.find((d) => d.id === e.dimension);
  if (!dimension) throw new Error(`kaohe: IR names a dimension that does not exist: ${e.dimension}`);
  const key = b.name("el");
  const values = b.let("[]", "a");
  const [wz, we] = [b.let("[]", "w"), b.let("[]", "w")];
  const W = scope.words ?? "W";
  let head: string;
  let label: Bi;
  if (dimension.elements !== null) {
    head = `for (const ${key} of ${b.constants.other("L", JSON.stringify(dimension.elements))}) {`;
    label = same(js(key));
  } else {
    const open = elementRefs(e.of)[0];
    if (!open) throw new Error(`kaohe: IR aggregates over ${e.dimension} without reading a list`);
    head = `for (let ${key} = 0; ${key} < size(${rawOf(scope, open)}); ${key}++) {`;
    label = fill2("explain.list.nth", { n: js(`String(${key} + 1)`) });
  }
  const inner = b.block();
  const of = compileExpr({ ...scope, body: inner, holders: new Map(), element: key }, e.of);
  const line = fill2("explain.list.element", { element: label, value: of.desc });
  const say = `${wz}.push(${render(line[0])}); ${we}.push(${render(line[1])});`;
  const counted = e.fn === "count" ? ` && ${of.v}` : "";
  b.push(head, inner.text(), `${values}.push(${of.v});`, `if (${W}${counted}) { ${say} }`, "}");
  const compute: Record<typeof e.fn, string> = {
    count: `countTrue(${values})`,
    sum: `sum(${values})`,
    mean: `mean(${values})`,
    min: `extreme(${values}, false)`,
    max: `extreme(${values}, true)`,
    length: `int(${values}.length)`,
  };
  const v = b.let(compute[e.fn]);
  const none = (lang: 0 | 1) => JSON.stringify(word("explain.nothing", lang));
  const elements: Bi = [
    js(`${wz}.join(${JSON.stringify(LIST_SEP[0])}) || ${none(0)}`),
    js(`${we}.join(${JSON.stringify(LIST_SEP[1])}) || ${none(1)}`),
  ];
  const value = e.fn === "count" || e.fn === "length" ? same(js(`show(${v})`)) : figureOf(scope, e, v);
  return { v, type: "num", desc: fill2(`explain.list.${e.fn}`, { value, elements }) };
}

function funcValue(name: string, v: string, args: Bi[]): Value {
  return {
    v,
    type: "num",
    desc: fill2(`explain.func.${name}`, { args: join(args, ARG_SEP), value: js(`show(${v})`) }),
  };
}

/**
 * A scheme-level expression (a veto's condition, a figure) as two functions of the sheet S:
 * `<name>_<n>(S)` its value, and `<name>Why_<n>(S)` its words with the unit's figures (`params`:
 * more arguments, e.g. the total T for a rating's criterion).
 */
export function sheetFunctions(shared: Shared, constants: Constants, e: Expr, name: string, n: number, params = "S"): string {
  const test = new Body(constants);
  const value = compileExpr({ ...shared, item: null, body: test, holders: new Map(), words: "false" }, e);
  const why = new Body(constants);
  const desc = compileExpr({ ...shared, item: null, body: why, holders: new Map(), words: "true" }, e).desc;
  return [
    `function ${name}_${n}(${params}) {`,
    test.text(),
    `return ${value.v};`,
    "}",
    `function ${name}Why_${n}(${params}) {`,
    why.text(),
    `return [${render(desc[0])}, ${render(desc[1])}];`,
    "}",
  ].join("\n");
}

/** `每满 step x`: how many full steps x holds, truncated toward 0 ("(率 99.5% − 98%) 满 1% 1 个"). */
export function fullSteps(scope: Scope, x: Expr, step: string): Value {
  const value = compileExpr(scope, x);
  const v = scope.body.let(`round(div(${value.v}, ${scope.body.constants.q(step)}), 0, "truncate")`);
  const stepText = lit(constantText(step, displayOf(scope, x)));
  return { v, type: "num", desc: fill2("explain.steps", { x: value.desc, step: stepText, count: js(`show(${v})`) }) };
}

export function joinList(items: readonly Bi[]): Bi {
  return join(items, LIST_SEP);
}
