// Collects changes and words them: every message comes from compiler/messages/diff.ts (code
// `diff.<kind>.<what>`), filled in both languages; an argument may differ by language.
import type { Dec, Node, Pool, SchemeIR } from "../../compiler/ir.js";
import type { Span } from "../../language/ast.js";
import { catalogue, fill, type Lang } from "../../compiler/messages/index.js";
import type { Change, ChangeKind, Place } from "./model.js";

export type Bi = Record<Lang, string>;
export type Arg = string | number | Bi;

const LANGS: Lang[] = ["zh-CN", "en"];

function isBi(a: Arg): a is Bi {
  return typeof a === "object";
}

/** A catalogue entry filled in both languages. */
export function say(code: string, args: Record<string, Arg> = {}): Bi {
  const entry = catalogue[code];
  if (!entry) throw new Error(`kaohe: no message for code ${code}`);
  const out = {} as Bi;
  for (const lang of LANGS) {
    const filled = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, isBi(v) ? v[lang] : String(v)]));
    out[lang] = fill(entry[lang], filled);
  }
  return out;
}

/** Unit kinds by their titles ("县(市、区)、市级部门"), or "every unit" for null. */
export function kindsWords(ir: SchemeIR, kinds: string[] | null): Bi | string {
  if (kinds === null) return say("diff.word.every-kind");
  return kinds.map((k) => ir.unitKinds.find((u) => u.id === k)?.title ?? k).join("、");
}

/** Joins texts in both languages ("；" in Chinese, "; " in English by default). */
export function joinBi(parts: Bi[], sep: Bi = { "zh-CN": "；", en: "; " }): Bi {
  return { "zh-CN": parts.map((p) => p["zh-CN"]).join(sep["zh-CN"]), en: parts.map((p) => p.en).join(sep.en) };
}

/** "3分" / "3 points"; null: "不计分值" / "no points". */
export function points(d: Dec | null): Bi {
  if (d === null) return say("diff.word.no-points");
  return say(d === "1" || d === "-1" ? "diff.word.point" : "diff.word.points", { n: d });
}

/** A value as written, or "（无）" / "(none)". */
export function orNone(v: string | null): Bi | string {
  return v === null || v === "" ? say("diff.word.none") : v;
}

export const lineOf = (span: Span | undefined): number => span?.start.line ?? 0;

export function nodePlace(n: Node, span: Span = n.span): Place {
  return { anchor: `node:${n.id}`, id: n.id, path: n.path, line: lineOf(span) };
}
export function poolPlace(p: Pool): Place {
  return { anchor: `pool:${p.id}`, id: null, path: [p.title], line: lineOf(p.span) };
}
export function schemePlace(ir: SchemeIR, span: Span = ir.span): Place {
  return { anchor: "scheme", id: null, path: [], line: lineOf(span) };
}

export class Report {
  readonly changes: Change[] = [];
  add(
    kind: ChangeKind,
    what: string,
    places: { old: Place | null; new: Place | null },
    values: { from: unknown; to: unknown },
    args: Record<string, Arg> = {},
  ): void {
    this.changes.push({
      kind,
      what,
      old: places.old,
      new: places.new,
      from: values.from,
      to: values.to,
      message: say(`diff.${kind}.${what}`, args),
    });
  }
}
