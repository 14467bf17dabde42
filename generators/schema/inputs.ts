// One input of a scheme, as a submission must give it: its JSON Schema and the words for what is
// allowed (zh-CN and en). The schema's description and the validator's messages both use these
// words, so they cannot disagree.
import type { Dec, Input, InputType } from "../../compiler/ir.js";
import { message, type Lang } from "../../compiler/messages/index.js";

export type Words = Record<Lang, string>;
export const LANGS: readonly Lang[] = ["zh-CN", "en"];

/** The same message in both languages; args may differ per language. */
export function words(code: string, args: Record<string, string | number | Words> = {}): Words {
  const pick = (lang: Lang) =>
    Object.fromEntries(
      Object.entries(args).map(([k, v]) => [k, typeof v === "object" ? v[lang] : v]),
    );
  return { "zh-CN": message(code, pick("zh-CN"), "zh-CN"), en: message(code, pick("en"), "en") };
}

/** A list for a message, shortened after `limit` entries ("A、B、C等共 12 项"). */
export function listWords(entries: string[], limit = 12): Words {
  const out = {} as Words;
  for (const lang of LANGS) {
    if (entries.length === 0) {
      out[lang] = message("submission.allowed.nothing", {}, lang);
      continue;
    }
    const sep = message("submission.list.separator", {}, lang);
    const shown = entries.slice(0, limit).join(sep);
    out[lang] =
      entries.length > limit
        ? shown + message("submission.list.more", { count: entries.length }, lang)
        : shown;
  }
  return out;
}

/** The bounds a submitted figure must keep: the type's own, unless the scheme wrote others. */
export interface Bounds {
  min: Dec;
  max: Dec | null;
  integer: boolean;
}

function typeBounds(t: InputType): Bounds | null {
  switch (t.kind) {
    case "count":
      return { min: "0", max: null, integer: true };
    case "rate":
      return { min: "0", max: "100", integer: false };
    case "number":
    case "amount":
      return { min: "0", max: null, integer: false };
    case "rank":
      return { min: "1", max: t.of === null ? null : String(t.of), integer: true };
    case "score":
      return { min: "0", max: t.fullMarks, integer: false };
    default:
      return null;
  }
}

/** Bounds of a numeric input (null for the others). */
export function numericBounds(input: Input): Bounds | null {
  const own = typeBounds(input.type);
  return own && { min: input.min ?? own.min, max: input.max ?? own.max, integer: own.integer };
}

function rangeWords(b: Bounds): Words {
  return b.max === null
    ? words("submission.range.at-least", { min: b.min })
    : words("submission.range.between", { min: b.min, max: b.max });
}

/** What a submission may give for this input. */
export function allowedWords(input: Input): Words {
  if (input.list === null) return valueWords(input);
  const each = valueWords(input);
  return input.list.elements === null
    ? words("submission.allowed.list-open", { each })
    : words("submission.allowed.list-fixed", { elements: listWords(input.list.elements, Infinity), each });
}

/** What one value of this input may be (each element's, for a list). */
function valueWords(input: Input): Words {
  const t = input.type;
  const b = numericBounds(input);
  switch (t.kind) {
    case "bool":
      return words("submission.allowed.bool");
    case "count":
    case "rate":
    case "number":
    case "rank":
    case "score":
      return words(`submission.allowed.${t.kind}`, { range: rangeWords(b!) });
    case "amount":
      return words("submission.allowed.amount", { range: rangeWords(b!), unit: t.unit });
    case "option":
      return words("submission.allowed.option", { options: listWords(t.options, Infinity) });
    case "grade":
      return words("submission.allowed.grade", { options: listWords(t.levels, Infinity) });
    case "checklist":
      return words("submission.allowed.checklist", { options: listWords(t.elements, Infinity) });
    case "text":
      return words(input.required ? "submission.allowed.text-required" : "submission.allowed.text");
    case "evidence":
      return words(input.required ? "submission.allowed.evidence-required" : "submission.allowed.evidence");
  }
}

/** What one entry of a list input (checklist, evidence, `每 栏目`) may be; null for other inputs. */
export function entryWords(input: Input): Words | null {
  if (input.list !== null) return valueWords(input);
  const t = input.type;
  if (t.kind === "checklist") {
    return words("submission.allowed.checklist-entry", { options: listWords(t.elements, Infinity) });
  }
  if (t.kind === "evidence") return words("submission.allowed.evidence-entry");
  return null;
}

/** A decimal bound as a JSON number (bounds are short decimals as written in the scheme). */
function num(d: Dec): number {
  return Number(d);
}

/** The JSON Schema keywords that check a value of this input (no annotations): a list is an
 *  object with every element required (fixed elements) or an array (an open list) of its values. */
export function inputShape(input: Input): Record<string, unknown> {
  const list = input.list;
  if (list === null) return valueShape(input);
  const each = valueShape(input);
  if (list.elements === null) return { type: "array", items: each };
  return {
    type: "object",
    additionalProperties: false,
    required: list.elements,
    properties: Object.fromEntries(list.elements.map((e) => [e, each])),
  };
}

/** The keywords that check one value of this input (each element's, for a list). */
function valueShape(input: Input): Record<string, unknown> {
  const t = input.type;
  switch (t.kind) {
    case "count":
    case "rate":
    case "number":
    case "amount":
    case "rank":
    case "score": {
      const b = numericBounds(input)!;
      return {
        type: b.integer ? "integer" : "number",
        minimum: num(b.min),
        ...(b.max === null ? {} : { maximum: num(b.max) }),
      };
    }
    case "bool":
      return { type: "boolean" };
    case "option":
      return { type: "string", enum: t.options };
    case "grade":
      return { type: "string", enum: t.levels };
    case "checklist":
      return { type: "array", items: { type: "string", enum: t.elements }, uniqueItems: true };
    case "text":
      return input.required ? { type: "string", pattern: NOT_BLANK } : { type: "string" };
    case "evidence":
      return {
        type: "array",
        items: { type: "string", pattern: NOT_BLANK },
        ...(input.required ? { minItems: 1 } : {}),
      };
  }
}

/** Some character that is not white space. */
export const NOT_BLANK = "\\S";

/** The unit a figure is given in, for the schema's annotations. */
export function inputUnit(input: Input): string | null {
  const t = input.type;
  return t.kind === "amount" ? t.unit : t.kind === "rate" ? "%" : null;
}
