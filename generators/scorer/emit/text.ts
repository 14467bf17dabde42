// Explanation text as the generator writes it into scorer.js: a string-valued JavaScript
// expression built from literal words (filled in from compiler/messages/explain.ts now) and
// figures computed when the scorer runs. `"参加会议 " + show(t1) + " × 1 分"` is the Text
// [{lit: "参加会议 "}, {js: "show(t1)"}, {lit: " × 1 分"}].
import { explainMessages } from "../../../compiler/messages/explain.js";

export type Piece = { lit: string } | { js: string };
export type Text = readonly Piece[];
/** A text in both languages: [zh-CN, en]. */
export type Bi = readonly [Text, Text];
export type LangIndex = 0 | 1;

/**
 * Scheme text on one line, as an explanation or a `//` comment quotes it: a clause, a band or a
 * condition written over several lines has its line breaks and indentation folded into one space.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function lit(s: string): Text {
  return s === "" ? [] : [{ lit: s }];
}

/** A JavaScript expression that evaluates to a string. */
export function js(code: string): Text {
  return [{ js: code }];
}

export function cat(...parts: Text[]): Text {
  const out: Piece[] = [];
  for (const part of parts)
    for (const p of part) {
      const last = out[out.length - 1];
      if ("lit" in p && last !== undefined && "lit" in last) out[out.length - 1] = { lit: last.lit + p.lit };
      else out.push(p);
    }
  return out;
}

/** The same text in both languages. */
export function same(t: Text): Bi {
  return [t, t];
}

/** A JavaScript expression for the text. */
export function render(t: Text): string {
  if (t.length === 0) return '""';
  const code = t.map((p) => ("lit" in p ? JSON.stringify(p.lit) : `(${p.js})`));
  // A text that starts with a figure must still be a string: figures are strings already.
  return code.join(" + ");
}

/** The words of a message in one language, as written in the catalogue. */
export function word(code: string, lang: LangIndex): string {
  const entry = explainMessages[code];
  if (!entry) throw new Error(`kaohe: no explanation template ${code}`);
  return lang === 0 ? entry["zh-CN"] : entry.en;
}

/** Both languages' words of a message with no arguments. */
export function words(code: string): Bi {
  return [lit(word(code, 0)), lit(word(code, 1))];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** A template filled with texts: literal words stay literal, figures stay code. */
export function fill(code: string, lang: LangIndex, args: Record<string, Text>): Text {
  const template = word(code, lang);
  const parts: Text[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const arg = args[m[1]!];
    if (arg === undefined) throw new Error(`kaohe: template ${code} needs {${m[1]}}`);
    parts.push(lit(template.slice(at, m.index)), arg);
    at = m.index + m[0].length;
  }
  parts.push(lit(template.slice(at)));
  return cat(...parts);
}

/** A template filled in both languages; an argument is one text for both or a [zh-CN, en] pair. */
export function fill2(code: string, args: Record<string, Text | Bi>): Bi {
  const pick = (lang: LangIndex) =>
    Object.fromEntries(Object.entries(args).map(([k, v]) => [k, isBi(v) ? v[lang] : v]));
  return [fill(code, 0, pick(0)), fill(code, 1, pick(1))];
}

function isBi(v: Text | Bi): v is Bi {
  return v.length === 2 && Array.isArray(v[0]) && Array.isArray(v[1]);
}

/** Joins texts with a separator that may differ by language. */
export function join(items: readonly Bi[], sep: readonly [string, string]): Bi {
  const one = (lang: LangIndex) => cat(...items.flatMap((b, i) => (i === 0 ? [b[lang]] : [lit(sep[lang]), b[lang]])));
  return [one(0), one(1)];
}

/** A template's words in both languages as scorer.js's T holds them: `["本项得分 {value} 分", "Item score: {value} points"]`. */
export function templateWords(code: string): string {
  return JSON.stringify([word(code, 0), word(code, 1)]);
}

/**
 * `templates` in scorer.js: T's words made into functions of an args object once, when the module
 * loads, for the parts of the scorer that fill their words at run time: "本项得分 {value} 分"
 * becomes `(a) => "本项得分 " + a.value + " 分"` (the words of fill, piece for piece).
 */
export const TEMPLATES_HELPER = [
  "function templates(words) {",
  "const out = {};",
  "for (const code in words)",
  "out[code] = words[code].map((w) => {",
  "const parts = w.split(/\\{(\\w+)\\}/);",
  "return (a) => {",
  "let s = parts[0];",
  "for (let i = 1; i < parts.length; i += 2) s += a[parts[i]] + parts[i + 1];",
  "return s;",
  "};",
  "});",
  "return out;",
  "}",
].join("\n");

/** One of several texts, by the first case whose `when` (a JavaScript condition) holds; the last
 *  case's `when` is null (otherwise). */
export interface Case {
  when: string | null;
  text: Text;
}

/** A text as units that can be compared: one per character of its words, one per figure. */
function units(t: Text): Piece[] {
  return t.flatMap((p): Piece[] => ("lit" in p ? [...p.lit].map((ch) => ({ lit: ch })) : [p]));
}

function samePiece(a: Piece, b: Piece): boolean {
  return "lit" in a ? "lit" in b && a.lit === b.lit : "js" in b && a.js === b.js;
}

/**
 * Several texts as one, chosen when the scorer runs: the words all of them begin and end with
 * written once, what differs as a conditional expression (`c ? "成立 → 3" : "不成立 → 0"`).
 * The chosen text is the same, character for character, as the case's own; a figure is computed
 * only when its case is chosen.
 */
export function choose(cases: readonly Case[]): Text {
  if (cases.length === 1) return cases[0]!.text;
  const all = cases.map((c) => units(c.text));
  const shortest = Math.min(...all.map((u) => u.length));
  let head = 0;
  while (head < shortest && all.every((u) => samePiece(u[head]!, all[0]![head]!))) head++;
  let tail = 0;
  while (
    tail < shortest - head &&
    all.every((u) => samePiece(u[u.length - 1 - tail]!, all[0]![all[0]!.length - 1 - tail]!))
  )
    tail++;
  const middle = all.map((u) => render(cat(...u.slice(head, u.length - tail).map((p) => [p]))));
  const pick = cases
    .map((c, i) => (c.when === null || i === cases.length - 1 ? middle[i]! : `${c.when} ? ${middle[i]} : `))
    .join("");
  const first = all[0]!;
  return cat(
    ...first.slice(0, head).map((p) => [p]),
    js(pick),
    ...first.slice(first.length - tail).map((p) => [p]),
  );
}

/** `choose` in both languages. */
export function chooseBi(cases: ReadonlyArray<{ when: string | null; line: Bi }>): Bi {
  const one = (lang: LangIndex) => choose(cases.map((c) => ({ when: c.when, text: c.line[lang] })));
  return [one(0), one(1)];
}

/** A template of compiler/messages/explain.ts with its arguments: a line the scorer says when it
 *  runs, by `tell` (TELL_HELPER), from the template's words written once in scorer.js's T. */
export interface Call {
  code: string;
  args: Record<string, Text | Bi>;
}

/** A line by a template; every placeholder of both languages must have its argument (checked
 *  here, as writing the words out would: `tellCode` writes only the arguments). */
export function call(code: string, args: Record<string, Text | Bi>): Call {
  for (const lang of [0, 1] as const)
    for (const m of word(code, lang).matchAll(PLACEHOLDER))
      if (args[m[1]!] === undefined) throw new Error(`kaohe: template ${code} needs {${m[1]}}`);
  return { code, args };
}

/** The line written out in both languages. */
export function expand(c: Call): Bi {
  return fill2(c.code, c.args);
}

/** A name or a call of one (`show(own)`, `sumWords([p2, t6])`): needs no parentheses. */
const SIMPLE = /^[\w$.]+(\([^()]*\))?$/;

/** A text as an argument: a figure alone as it is, else as `render` writes it. */
function argText(t: Text): string {
  const only = t.length === 1 ? t[0]! : null;
  return only !== null && "js" in only && SIMPLE.test(only.js) ? only.js : render(t);
}

/** An argument as code: one string for both languages, or a [zh-CN, en] pair. */
function argCode(v: Text | Bi): string {
  if (!isBi(v)) return argText(v);
  const [zh, en] = [argText(v[0]), argText(v[1])];
  return zh === en ? zh : `[${zh}, ${en}]`;
}

/** Code choosing among the cases' codes, `c0 ? a : c1 ? b : c`, a run of cases with the same
 *  code written once (`c0 ? a : b` for a, b, b). */
function picked(whens: ReadonlyArray<string | null>, codes: string[]): string {
  let tail = codes[codes.length - 1]!;
  let single = true; // the tail is one code, not a choice
  for (let i = codes.length - 2; i >= 0; i--) {
    if (single && codes[i] === tail) continue;
    tail = `${whens[i]} ? ${codes[i]} : ${tail}`;
    single = false;
  }
  return tail;
}

const STRING_LITERAL = /^"(?:[^"\\]|\\.)*"$/;

/**
 * The statement that says, when the scorer runs, the line of the first case whose `when` holds
 * (the last case's is null: otherwise): `tell(zh, en, "explain.clause.when.true", { rule: "…" })`.
 * What the cases share (the template, the rule's words) is written once; what differs is chosen
 * by a conditional expression, computed only for the case chosen. The words are those `expand`
 * writes out, character for character.
 */
export function tellCode(cases: ReadonlyArray<{ when: string | null; line: Call }>): string {
  const whens = cases.map((c) => c.when);
  const code = picked(whens, cases.map((c) => JSON.stringify(c.line.code)));
  const keys = [...new Set(cases.flatMap((c) => Object.keys(c.line.args)))];
  const args = keys.map((k) => {
    // A case whose template has no {k} takes any value: the words of another case, when they are
    // words only (a figure may not be computable in that case), so that the choice can go.
    const given = cases.flatMap((c) => (k in c.line.args ? [argCode(c.line.args[k]!)] : []));
    const spare = given.find((v) => STRING_LITERAL.test(v)) ?? '""';
    const values = cases.map((c) => (k in c.line.args ? argCode(c.line.args[k]!) : spare));
    return `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${picked(whens, values)}`;
  });
  return `tell(W, ${code}, { ${args.join(", ")} });`;
}

/** `tell` in scorer.js: a line in both languages from T's template and its arguments (tellCode). */
export const TELL_HELPER = [
  "function tell(W, code, a) {",
  "const z = {};",
  "const e = {};",
  "for (const k in a) {",
  "const v = a[k];",
  'if (typeof v === "string") z[k] = e[k] = v;',
  "else {",
  "z[k] = v[0];",
  "e[k] = v[1];",
  "}",
  "}",
  "W.zh.push(T[code][0](z));",
  "W.en.push(T[code][1](e));",
  "}",
].join("\n");
