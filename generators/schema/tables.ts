// The facts about a scheme that the validator's runtime (runtime.js) needs to word a problem: for
// every place in a submission, its name, what is allowed there and which keys exist. Built from
// the IR (`runtimeTables`); embedded in the validator module packed (`packedTables`: the words an
// item's or input's facts imply are left out and runtime.js `unpackTables` puts them back, the
// same words; test/schema/packed-tables.test.ts holds the two equal for every seed).
import type { Constraint, Expr, Input, Item, SchemeIR } from "../../compiler/ir.js";
import { allowedWords, entryWords, listWords, words, type Words } from "./inputs.js";
import {
  absentKinds,
  hasRequiredInput,
  inputAbsentKinds,
  itemHeading,
  itemPrefix,
  items,
  limitedRequiredKinds,
  openKinds,
  targetMode,
  targetOf,
  type TargetMode,
} from "./schema.js";

interface InputTable {
  title: string;
  allowed: Words;
  /** What one entry of a list input may be (checklist, evidence, `每 栏目`). */
  entry: Words | null;
  /** The elements a fixed list (`每 栏目`) has, as keys a message names; null for other inputs. */
  known: Words | null;
  /** The unit kinds that do not report it (its `适用`), the words for those that do, and whether
   *  the others must (only such inputs: the rest are required by the shape). */
  absent: string[];
  appliesTo: Words | null;
  required: boolean;
}

interface ItemTable {
  id: string;
  title: string;
  code: string | null;
  /** How the item is named in a message: "001「支持配合协调力度」" / "001 “支持配合协调力度”". */
  label: Words;
  allowNa: boolean;
  /** The unit kinds the item does not apply to (适用), and the words for those it applies to. */
  absent: string[];
  appliesTo: Words | null;
  inputs: Record<string, InputTable>;
  known: Words;
  /** The inputs that must be filled in, by title; whether there is one. Inputs of some unit kinds
   *  only (`适用`) count for those kinds: `neededBy` the kinds for which the item has one, and
   *  `requiredBy` the words for each of them. */
  required: Words;
  needed: boolean;
  neededBy: string[];
  requiredBy: Record<string, Words>;
}

/** A constraint between inputs (`约束`), as the validator evaluates it: the IR's expressions, and
 *  for each input it reads its item (null: a fact) and whether it is a rate (a percent figure
 *  in the submission, a fraction in the expression). */
interface ConstraintTable {
  item: string | null;
  premise: Expr | null;
  claim: Expr;
  text: string;
  label: string | null;
  inputs: Array<{ item: string | null; name: string; title: string; rate: boolean }>;
  /** The inputs of the claim: the problem stands at the first. */
  claimInputs: Array<{ item: string | null; name: string }>;
}

export interface RuntimeTables {
  forms: Array<{ id: string; title: string }>;
  unit: {
    fields: Record<string, { label: Words; allowed: Words }>;
    /** The declared units: kind, and where the target comes from (schema.ts targetOf). */
    listed: Record<string, { kind: string; target: "listed" | "submitted" | "none" }>;
    kinds: string[];
    /** Kinds whose units need not be listed (`{ 其余 }`). */
    open: string[];
    targetMode: TargetMode;
    targetColumn: string | null;
  };
  facts: Record<string, InputTable>;
  items: Record<string, ItemTable>;
  /** The items that may be reported N/A; null when none may. */
  na: { allowed: Words; entry: Words; list: Words } | null;
  /** Keys that exist in each kind of object. */
  known: Record<"root" | "unit" | "facts" | "items" | "forms" | "form", Words>;
  /** What each kind of object must be. */
  allowed: Record<"object" | "facts" | "items" | "item" | "forms" | "form", Words>;
  constraints: ConstraintTable[];
}

function inputTable(ir: SchemeIR, input: Input): InputTable {
  return {
    title: input.title,
    allowed: allowedWords(input),
    entry: entryWords(input),
    known: input.list?.elements ? listWords(input.list.elements, 12) : null,
    absent: inputAbsentKinds(ir, input),
    appliesTo: input.appliesTo === null ? null : listWords(input.appliesTo, Infinity),
    required: input.required,
  };
}

function itemLabel(item: Item): Words {
  const prefix = itemPrefix(item);
  return prefix === null
    ? { "zh-CN": `「${item.title}」`, en: `“${item.title}”` }
    : { "zh-CN": `${prefix}「${item.title}」`, en: `${prefix} “${item.title}”` };
}

/** The titles of the inputs a unit of `kind` must fill in (null: those every unit must). */
function requiredWords(item: Item, kind: string | null): Words {
  const inputs = item.inputs.filter((i) => i.required && (i.appliesTo === null || (kind !== null && i.appliesTo.includes(kind))));
  return listWords(inputs.map((i) => i.title), Infinity);
}

function itemTable(ir: SchemeIR, item: Item): ItemTable {
  return {
    id: item.id,
    title: item.title,
    code: item.meta.code,
    label: itemLabel(item),
    allowNa: item.allowNa,
    absent: absentKinds(ir, item),
    appliesTo: item.appliesTo === null ? null : listWords(item.appliesTo, Infinity),
    inputs: Object.fromEntries(item.inputs.map((i) => [i.name, inputTable(ir, i)])),
    known: listWords(item.inputs.map((i) => i.name)),
    required: requiredWords(item, null),
    needed: hasRequiredInput(item),
    neededBy: limitedRequiredKinds(item),
    requiredBy: Object.fromEntries(limitedRequiredKinds(item).map((k) => [k, requiredWords(item, k)])),
  };
}

function constraintTable(ir: SchemeIR, c: Constraint): ConstraintTable {
  const find = (item: string | null, name: string): Input | undefined =>
    (item === null ? ir.facts : items(ir).find((i) => i.id === item)?.inputs ?? []).find((i) => i.name === name);
  return {
    item: c.item,
    premise: c.premise,
    claim: c.claim,
    text: c.condition,
    label: c.label,
    inputs: c.inputs.map((r) => {
      const input = find(r.item, r.name);
      return { item: r.item, name: r.name, title: input?.title ?? r.name, rate: input?.type.kind === "rate" };
    }),
    claimInputs: c.claimInputs.map((r) => ({ item: r.item, name: r.name })),
  };
}

/** What runtimeTables and packedTables both hold: everything but the facts, items and N/A. */
type SharedTables = Omit<RuntimeTables, "facts" | "items" | "na">;

function sharedTables(ir: SchemeIR): SharedTables {
  const all = items(ir);
  const naItems = all.filter((i) => i.allowNa);
  const mode = targetMode(ir);
  const column = ir.target?.column ?? null;
  const kindNames = ir.unitKinds.map((k) => k.id);
  const fields: RuntimeTables["unit"]["fields"] = {
    name: {
      label: words("submission.field.name"),
      allowed:
        ir.units.length > 0 && openKinds(ir).length === 0
          ? words("submission.allowed.option", { options: listWords(ir.units.map((u) => u.name), 20) })
          : words("submission.allowed.unit-name"),
    },
    kind: {
      label: words("submission.field.kind"),
      allowed:
        kindNames.length > 0
          ? words("submission.allowed.unit-kind", { options: listWords(kindNames, Infinity) })
          : words("submission.allowed.unit-kind-free"),
    },
  };
  if (mode === "submitted" || mode === "mixed") {
    fields.target = { label: words("submission.field.target"), allowed: words("submission.allowed.target") };
  }
  const rootKeys = ["unit", ...(ir.facts.length > 0 ? ["facts"] : [])];
  const contentKeys = ["items", ...(naItems.length > 0 ? ["notApplicable"] : [])];
  return {
    forms: ir.forms.map((f) => ({ id: f.id, title: f.title })),
    unit: {
      fields,
      listed: Object.fromEntries(
        ir.units.map((u) => [u.name, { kind: u.kind, target: targetOf(ir, u) }]),
      ),
      kinds: kindNames,
      open: openKinds(ir),
      targetMode: mode,
      targetColumn: column,
    },
    known: {
      root: listWords(ir.forms.length > 0 ? [...rootKeys, "forms"] : [...rootKeys, ...contentKeys]),
      unit: listWords(Object.keys(fields)),
      facts: listWords(ir.facts.map((f) => f.name)),
      items: listWords(all.map((i) => i.id)),
      forms: listWords(ir.forms.map((f) => f.id)),
      form: listWords(contentKeys),
    },
    allowed: {
      object: words("submission.allowed.object"),
      facts: words("submission.allowed.facts"),
      items: words("submission.allowed.items"),
      item: words("submission.allowed.item"),
      forms: words("submission.allowed.forms", { options: listWords(ir.forms.map((f) => f.title), Infinity) }),
      form: words("submission.allowed.form"),
    },
    constraints: ir.constraints.map((c) => constraintTable(ir, c)),
  };
}

export function runtimeTables(ir: SchemeIR): RuntimeTables {
  const all = items(ir);
  const naItems = all.filter((i) => i.allowNa);
  const naList = listWords(naItems.map(itemHeading), Infinity);
  return {
    ...sharedTables(ir),
    facts: Object.fromEntries(ir.facts.map((f) => [f.name, inputTable(ir, f)])),
    items: Object.fromEntries(all.map((i) => [i.id, itemTable(ir, i)])),
    na:
      naItems.length === 0
        ? null
        : {
            allowed: words("submission.allowed.na", { options: naList }),
            entry: words("submission.allowed.na-entry", { options: naList }),
            list: naList,
          },
  };
}

/** An input as packed: what is allowed is an index into `words`; defaults (no entry, every unit
 *  kind, required) are left out. */
interface PackedInput {
  title: string;
  allowed: number;
  entry?: number;
  /** A fixed list's elements. */
  elements?: string[];
  appliesTo?: string[];
  required?: false;
}

/** An item's input as packed: [name, title, allowed], and its other entries when it has any. */
type PackedItemInput = [string, string, number] | [string, string, number, Omit<PackedInput, "title" | "allowed">];

/** What an item has beyond its title and inputs: `code` only where it is not the id. */
interface PackedItemMore {
  code?: string | null;
  allowNa?: true;
  appliesTo?: string[];
}

/** An item as packed: [title, inputs in the scheme's order (an object would put names like "1"
 *  first)], and what more it has when it has any; the label, the lists of keys and of required
 *  inputs, the kinds that do not report it are made from these by `unpackTables`. */
type PackedItem = [string, PackedItemInput[]] | [string, PackedItemInput[], PackedItemMore];

export interface PackedTables extends SharedTables {
  /** The ids of the items that may be reported N/A, in the scheme's order; null when none may. */
  na: string[] | null;
  /** The words of what is allowed in an input, each written once: [zh-CN, en]. */
  words: Array<[string, string]>;
  facts: Record<string, PackedInput>;
  items: Record<string, PackedItem>;
}

/** RuntimeTables with what `unpackTables` (runtime.js) can make again left out (the facts, items
 *  and N/A of RuntimeTables are never worked out for it). */
export function packedTables(ir: SchemeIR): PackedTables {
  const rest = sharedTables(ir);
  const naItems = items(ir).filter((i) => i.allowNa);
  const words: Array<[string, string]> = [];
  const index = new Map<string, number>();
  const ref = (w: Words): number => {
    const key = JSON.stringify([w["zh-CN"], w.en]);
    let i = index.get(key);
    if (i === undefined) {
      i = words.push([w["zh-CN"], w.en]) - 1;
      index.set(key, i);
    }
    return i;
  };
  const input = (i: Input): PackedInput => {
    const entry = entryWords(i);
    return {
      title: i.title,
      allowed: ref(allowedWords(i)),
      ...(entry !== null ? { entry: ref(entry) } : {}),
      ...(i.list?.elements ? { elements: i.list.elements } : {}),
      ...(i.appliesTo !== null ? { appliesTo: i.appliesTo } : {}),
      ...(i.required ? {} : { required: false as const }),
    };
  };
  return {
    ...rest,
    na: naItems.length === 0 ? null : naItems.map((i) => i.id),
    words,
    facts: Object.fromEntries(ir.facts.map((f) => [f.name, input(f)])),
    items: Object.fromEntries(
      items(ir).map((item): [string, PackedItem] => {
        const inputs = item.inputs.map((i): PackedItemInput => {
          const { title, allowed, ...more } = input(i);
          return Object.keys(more).length === 0 ? [i.name, title, allowed] : [i.name, title, allowed, more];
        });
        const more: PackedItemMore = {
          ...(item.meta.code !== item.id ? { code: item.meta.code } : {}),
          ...(item.allowNa ? { allowNa: true as const } : {}),
          ...(item.appliesTo !== null ? { appliesTo: item.appliesTo } : {}),
        };
        return [item.id, Object.keys(more).length === 0 ? [item.title, inputs] : [item.title, inputs, more]];
      }),
    ),
  };
}
