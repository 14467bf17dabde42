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

/**
 * A template compiled into a JavaScript arrow function of an args object, for the parts of the
 * scorer that fill their words at run time: `(a) => "本项得分 " + a.value + " 分"`.
 */
export function templateFunction(code: string, lang: LangIndex): string {
  const template = word(code, lang);
  const names = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  const args = Object.fromEntries(names.map((n) => [n, js(`a[${JSON.stringify(n)}]`)]));
  return `(a) => ${render(fill(code, lang, args))}`;
}
