// The JSON Schema (2020-12) of what one unit submits, and of a batch, built from the IR alone.
// Titles and descriptions are the scheme's own words (zh-CN); `x-kaohe` annotations carry item ids,
// codes, points, input types and units for tools that read the schema (the form, the docs).
import type { Input, Item, SchemeIR, Unit } from "../../compiler/ir.js";
import { allowedWords, inputShape, inputUnit, listWords, NOT_BLANK, words } from "./inputs.js";

export type JsonSchema = { [key: string]: unknown };

const DIALECT = "https://json-schema.org/draft/2020-12/schema";
const ZH = "zh-CN";

/** The name of the scheme file without folders and extension: "county-2011". */
function schemeSlug(ir: SchemeIR): string {
  const base = ir.file.split(/[\\/]/).pop() ?? ir.file;
  return base.replace(/\.kaohe$/, "");
}

export function schemaId(ir: SchemeIR, which: "submission" | "batch"): string {
  return `urn:kaohe:scheme:${encodeURIComponent(schemeSlug(ir))}:${which}`;
}

/**
 * Where a listed unit's target comes from (R16): the list ("listed"), the submission when the
 * unit's kind has the target column but the list gives the unit no value ("submitted"), or
 * nowhere: the kind has no such column, so the unit has no target and no completion ("none").
 */
export function targetOf(ir: SchemeIR, unit: Unit): "listed" | "submitted" | "none" {
  const column = ir.target?.column;
  if (column === undefined) return "none";
  if (Object.hasOwn(unit.values, column)) return "listed";
  return ir.unitKinds.find((k) => k.id === unit.kind)?.columns.includes(column) ? "submitted" : "none";
}

/**
 * Where units' targets come from (R16), when the scheme has one:
 * - "listed": no listed unit gives one (the list has it, or the unit's kind has none);
 * - "submitted": no units are listed, so unit.target is required;
 * - "mixed": some listed units must give unit.target, the others must not (checked by the validator).
 */
export type TargetMode = "none" | "listed" | "submitted" | "mixed";

export function targetMode(ir: SchemeIR): TargetMode {
  if (!ir.target) return "none";
  if (ir.units.length === 0) return "submitted";
  return ir.units.some((u) => targetOf(ir, u) === "submitted") ? "mixed" : "listed";
}

/** The kinds whose units need not be listed (`单位 信息直报点 "…" { 其余 }`). */
export function openKinds(ir: SchemeIR): string[] {
  return ir.unitKinds.filter((k) => k.open).map((k) => k.id);
}

/** unit.kind is required when kinds are declared but the unit cannot be looked up in a list. */
export function kindRequired(ir: SchemeIR): boolean {
  return ir.unitKinds.length > 1 && ir.units.length === 0;
}

export function items(ir: SchemeIR): Item[] {
  return ir.nodes.filter((n): n is Item => n.kind === "item");
}

/** What names an item besides its title: its code, else its id when that differs from the title. */
export function itemPrefix(item: Item): string | null {
  return item.meta.code ?? (item.id !== item.title ? item.id : null);
}

/** How an item is named to a reader: "001 支持配合协调力度", or the title alone. */
export function itemHeading(item: Item): string {
  const prefix = itemPrefix(item);
  return prefix === null ? item.title : `${prefix} ${item.title}`;
}

/** A required input every unit the item applies to reports (no `适用` of its own). */
export function hasRequiredInput(item: Item): boolean {
  return item.inputs.some((i) => i.required && i.appliesTo === null);
}

/**
 * The unit kinds that do not report an input (`输入 成绩 分数 适用 政府部门`): for a unit of one of
 * them the input must not be submitted; for the others it is required like any other (when
 * required). Empty when every unit its item applies to reports it.
 */
export function inputAbsentKinds(ir: SchemeIR, input: Input): string[] {
  const applies = input.appliesTo;
  return applies === null ? [] : ir.unitKinds.map((k) => k.id).filter((k) => !applies.includes(k));
}

/** The kinds (beyond every kind, see hasRequiredInput) for which the item has a required input
 *  of its own `适用`: for them the item is filled in even when no other input is required. */
export function limitedRequiredKinds(item: Item): string[] {
  const kinds = item.inputs.flatMap((i) => (i.required && i.appliesTo !== null ? i.appliesTo : []));
  return [...new Set(kinds)];
}

/**
 * The unit kinds an item does not apply to (`适用`, intersected down from its pool and sections):
 * for a unit of one of them the item is absent — not submitted, its inputs not required, not N/A.
 * Empty when the item applies to every unit.
 */
export function absentKinds(ir: SchemeIR, item: Item): string[] {
  const applies = item.appliesTo;
  return applies === null ? [] : ir.unitKinds.map((k) => k.id).filter((k) => !applies.includes(k));
}

/** Items filled in whenever they apply: a required input, and no N/A. */
function alwaysNeeded(item: Item): boolean {
  return !item.allowNa && hasRequiredInput(item);
}

function inputSchema(input: Input): JsonSchema {
  const notes = [
    allowedWords(input)[ZH],
    input.required ? "" : words("submission.schema.optional")[ZH],
    input.collectedOnly ? words("submission.schema.collected")[ZH] : "",
    input.appliesTo === null ? "" : words("submission.schema.input-applies", { kinds: listWords(input.appliesTo, Infinity) })[ZH],
  ];
  const unit = inputUnit(input);
  return {
    title: input.title,
    description: notes.join(""),
    "x-kaohe": {
      input: input.name,
      type: input.type.kind,
      ...(unit === null ? {} : { unit }),
      ...(input.appliesTo === null ? {} : { appliesTo: input.appliesTo }),
    },
    ...inputShape(input),
  };
}

/** An object of inputs; those of some unit kinds only (`适用`) are required by submissionRules. */
function inputsObject(inputs: Input[], extra: JsonSchema): JsonSchema {
  return {
    ...extra,
    type: "object",
    additionalProperties: false,
    required: inputs.filter((i) => i.required && i.appliesTo === null).map((i) => i.name),
    properties: Object.fromEntries(inputs.map((i) => [i.name, inputSchema(i)])),
  };
}

function itemDescription(item: Item): string {
  const m = item.meta;
  const lines = [
    item.path.length > 1 ? words("submission.schema.path", { path: item.path.slice(0, -1).join(" / ") }) : null,
    item.points === null ? null : words("submission.schema.points", { points: `${item.points}分` }),
    m.code === null ? null : words("submission.schema.code", { code: m.code }),
    item.appliesTo === null ? null : words("submission.schema.applies", { kinds: listWords(item.appliesTo, Infinity) }),
    m.method === null ? null : words("submission.schema.method", { text: m.method }),
    m.evidence === null ? null : words("submission.schema.evidence", { text: m.evidence }),
    m.note === null ? null : words("submission.schema.note", { text: m.note }),
  ];
  return lines
    .filter((l) => l !== null)
    .map((l) => l[ZH])
    .join("\n");
}

/**
 * The constraints (约束) on one object's inputs, as far as JSON Schema can say them: a bound on one
 * input (`事故次数 ≥ 1`), under a yes/no premise an if/then (`若 发生重大事故 则 事故次数 ≥ 1`).
 * Between two inputs (`已挂接数 ≤ 目录总数`) JSON Schema has no words: such a constraint is
 * listed in `x-kaohe.constraints` (every one is), and the validator checks it (S130).
 */
function constraintRules(ir: SchemeIR, item: string | null, inputs: Input[]): { allOf: JsonSchema[]; notes: JsonSchema[] } {
  const allOf: JsonSchema[] = [];
  const notes: JsonSchema[] = [];
  const KEYWORD: Record<string, string> = { ">=": "minimum", ">": "exclusiveMinimum", "<=": "maximum", "<": "exclusiveMaximum" };
  for (const c of ir.constraints.filter((x) => x.item === item)) {
    const claim = c.claim;
    const bound =
      claim.k === "cmp" && claim.a.k === "input" && claim.b.k === "const" && KEYWORD[claim.op]
        ? { name: claim.a.ref.name, keyword: KEYWORD[claim.op]!, value: Number(claim.b.value) }
        : null;
    const input = bound ? inputs.find((i) => i.name === bound.name) : undefined;
    const premise = c.premise;
    const premiseInput = premise?.k === "input" ? inputs.find((i) => i.name === premise.ref.name && i.type.kind === "bool") : undefined;
    const sayable = input !== undefined && (premise === null || premiseInput !== undefined);
    notes.push({ text: c.condition, reason: c.label, inSchema: sayable });
    if (!sayable || !bound || !input) continue;
    const value = input.type.kind === "rate" ? bound.value * 100 : bound.value;
    const type = input.type.kind === "count" || input.type.kind === "rank" ? "integer" : "number";
    const then: JsonSchema = { properties: { [bound.name]: { type, [bound.keyword]: value } } };
    allOf.push(premiseInput ? { if: { properties: { [premiseInput.name]: { const: true } }, required: [premiseInput.name] }, then } : then);
  }
  return { allOf, notes };
}

function itemSchema(ir: SchemeIR, item: Item, withConstraints: boolean): JsonSchema {
  const { allOf, notes } = constraintRules(ir, item.id, item.inputs);
  return inputsObject(item.inputs, {
    title: itemHeading(item),
    description: itemDescription(item),
    "x-kaohe": {
      item: item.id,
      code: item.meta.code,
      points: item.points,
      allowNa: item.allowNa,
      ...(item.appliesTo === null ? {} : { appliesTo: item.appliesTo }),
      ...(notes.length === 0 ? {} : { constraints: notes }),
    },
    ...(withConstraints && allOf.length > 0 ? { allOf } : {}),
  });
}

/**
 * notApplicable lists the item: not every entry is another item. (Not `contains`: Ajv 8.20 carries
 * a `contains` that held for one array element over to the next, so a batch would be misjudged.)
 */
function listedNa(id: string): JsonSchema {
  return {
    type: "object",
    required: ["notApplicable"],
    properties: { notApplicable: { type: "array", not: { items: { not: { const: id } } } } },
  };
}

function itemsRequired(ids: string[]): JsonSchema {
  return { type: "object", properties: { items: { type: "object", required: ids } } };
}

/**
 * What is filled in once per form (or once, without forms): items and the N/A list. With
 * `presence`, also which items must or must not be there (the N/A rules); without, only their shape.
 */
function contentSchema(ir: SchemeIR, presence: boolean): JsonSchema {
  const all = items(ir);
  const naItems = all.filter((i) => i.allowNa);
  const properties: JsonSchema = {
    items: {
      title: words("submission.schema.items")[ZH],
      type: "object",
      additionalProperties: false,
      // An item that applies to only some kinds of unit is required by the rules of submissionRules.
      required: presence ? all.filter((i) => alwaysNeeded(i) && absentKinds(ir, i).length === 0).map((i) => i.id) : [],
      properties: Object.fromEntries(all.map((i) => [i.id, itemSchema(ir, i, presence)])),
    },
  };
  if (naItems.length > 0) {
    properties.notApplicable = {
      title: words("submission.schema.na")[ZH],
      description: words("submission.allowed.na", {
        options: listWords(naItems.map(itemHeading), Infinity),
      })[ZH],
      type: "array",
      items: { type: "string", enum: naItems.map((i) => i.id) },
      uniqueItems: true,
    };
  }
  // An N/A item must not be filled in; an applicable one with required inputs must be (for an item
  // that applies to only some kinds of unit, the rules of submissionRules say so).
  const naRules = (presence ? naItems : []).map((item) => ({
    if: listedNa(item.id),
    then: { properties: { items: { type: "object", properties: { [item.id]: false } } } },
    ...(hasRequiredInput(item) && absentKinds(ir, item).length === 0 ? { else: itemsRequired([item.id]) } : {}),
  }));
  return {
    properties,
    required: ["items"],
    ...(naRules.length > 0 ? { allOf: naRules } : {}),
  };
}

/**
 * The submission is from a unit of one of these kinds: its name is listed under one of them, or,
 * with no list of units, its kind is one of them (with one kind declared, a unit that gives no kind
 * is of that kind).
 */
function unitOfKinds(ir: SchemeIR, kinds: string[]): JsonSchema {
  const open = openKinds(ir).filter((k) => kinds.includes(k));
  const listed: JsonSchema = { required: ["name"], properties: { name: { enum: ir.units.filter((u) => kinds.includes(u.kind)).map((u) => u.name) } } };
  const unlisted: JsonSchema = {
    required: ["name", "kind"],
    properties: { name: { not: { enum: ir.units.map((u) => u.name) } }, kind: { enum: open } },
  };
  const unit: JsonSchema =
    ir.units.length > 0 && open.length > 0
      ? { anyOf: [listed, unlisted] }
      : ir.units.length > 0
      ? listed
      : ir.unitKinds.length === 1
        ? { anyOf: [{ required: ["kind"], properties: { kind: { enum: kinds } } }, { not: { required: ["kind"] } }] }
        : { required: ["kind"], properties: { kind: { enum: kinds } } };
  return { type: "object", required: ["unit"], properties: { unit: { type: "object", ...unit } } };
}

/**
 * Rules that need the unit's kind (`适用`, S6), on the whole submission: for a unit of a kind an
 * item does not apply to, the item must not be filled in nor listed N/A; for the other units it is
 * required like any other item. Items are grouped by the kinds they are absent for, one rule each.
 * `at` places a rule on what is filled in: the submission itself, or each form.
 */
function submissionRules(ir: SchemeIR, at: (content: JsonSchema) => JsonSchema): JsonSchema[] {
  return [...itemRules(ir, at), ...inputRules(ir, at)];
}

/**
 * Rules for inputs of some unit kinds only (`输入 … 适用 县区`), grouped by the kinds that do not
 * report them: a unit of those kinds must not submit them; another unit must submit the required
 * ones (and, unless it may be N/A, the item holding one). Facts are checked on the submission
 * itself, an item's inputs where items are filled in (`at`).
 */
function inputRules(ir: SchemeIR, at: (content: JsonSchema) => JsonSchema): JsonSchema[] {
  const groups = new Map<string, { kinds: string[]; facts: Input[]; items: Map<Item, Input[]> }>();
  const groupOf = (input: Input) => {
    const kinds = inputAbsentKinds(ir, input);
    const key = JSON.stringify(kinds);
    const group = groups.get(key) ?? { kinds, facts: [] as Input[], items: new Map<Item, Input[]>() };
    groups.set(key, group);
    return group;
  };
  for (const fact of ir.facts) if (fact.appliesTo !== null) groupOf(fact).facts.push(fact);
  for (const item of items(ir))
    for (const input of item.inputs) {
      if (input.appliesTo === null) continue;
      const group = groupOf(input);
      group.items.set(item, [...(group.items.get(item) ?? []), input]);
    }
  const names = (inputs: Input[]) => inputs.map((i) => i.name);
  const required = (inputs: Input[]) => names(inputs.filter((i) => i.required));
  return [...groups.values()].map(({ kinds, facts, items: byItem }) => {
    const absentItems = Object.fromEntries(
      [...byItem].map(([item, inputs]) => [item.id, { type: "object", properties: Object.fromEntries(names(inputs).map((n) => [n, false])) }]),
    );
    const presentItems = Object.fromEntries(
      [...byItem].flatMap(([item, inputs]) => (required(inputs).length > 0 ? [[item.id, { type: "object", required: required(inputs) }]] : [])),
    );
    const neededItems = [...byItem].filter(([item, inputs]) => required(inputs).length > 0 && !item.allowNa).map(([i]) => i.id);
    const naItems = [...byItem].filter(([item, inputs]) => required(inputs).length > 0 && item.allowNa).map(([i]) => i.id);
    const one = (xs: JsonSchema[]): JsonSchema => (xs.length === 1 ? xs[0]! : { allOf: xs });
    /** A rule on the facts (on the submission) and rules on what is filled in (`at`). */
    const parts = (onFacts: JsonSchema | null, content: JsonSchema[]): JsonSchema[] => [
      ...(onFacts === null ? [] : [onFacts]),
      ...(content.length > 0 ? [at(one(content))] : []),
    ];
    const absent = parts(
      facts.length === 0 ? null : { properties: { facts: { type: "object", properties: Object.fromEntries(names(facts).map((n) => [n, false])) } } },
      byItem.size === 0 ? [] : [{ type: "object", properties: { items: { type: "object", properties: absentItems } } }],
    );
    const present = parts(
      required(facts).length === 0 ? null : { required: ["facts"], properties: { facts: { type: "object", required: required(facts) } } },
      [
        ...(Object.keys(presentItems).length > 0 ? [{ type: "object", properties: { items: { type: "object", properties: presentItems } } }] : []),
        ...(neededItems.length > 0 ? [itemsRequired(neededItems)] : []),
        ...naItems.map((id) => ({ if: listedNa(id), else: itemsRequired([id]) })),
      ],
    );
    return {
      if: unitOfKinds(ir, kinds),
      then: one(absent),
      ...(present.length > 0 ? { else: one(present) } : {}),
    };
  });
}

/** Rules for items of some unit kinds only (see submissionRules). */
function itemRules(ir: SchemeIR, at: (content: JsonSchema) => JsonSchema): JsonSchema[] {
  const groups = new Map<string, { kinds: string[]; items: Item[] }>();
  for (const item of items(ir)) {
    const kinds = absentKinds(ir, item);
    if (kinds.length === 0) continue;
    const key = JSON.stringify(kinds);
    const group = groups.get(key) ?? { kinds, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ kinds, items: absent }) => {
    const na = absent.filter((i) => i.allowNa).map((i) => i.id);
    const absentContent: JsonSchema = {
      type: "object",
      properties: {
        items: { type: "object", properties: Object.fromEntries(absent.map((i) => [i.id, false])) },
        ...(na.length > 0 ? { notApplicable: { type: "array", items: { not: { enum: na } } } } : {}),
      },
    };
    const needed = absent.filter(alwaysNeeded).map((i) => i.id);
    const naNeeded = absent.filter((i) => i.allowNa && hasRequiredInput(i));
    const presentContent: JsonSchema[] = [
      ...(needed.length > 0 ? [itemsRequired(needed)] : []),
      ...naNeeded.map((i) => ({ if: listedNa(i.id), else: itemsRequired([i.id]) })),
    ];
    return {
      if: unitOfKinds(ir, kinds),
      then: at(absentContent),
      ...(presentContent.length > 0 ? { else: at(presentContent.length === 1 ? presentContent[0]! : { allOf: presentContent }) } : {}),
    };
  });
}

/** The unit; with `presence`, also the rule that a unit not listed names an open kind (the
 *  validator checks that in runtime.js, `unlistedName`). */
function unitSchema(ir: SchemeIR, presence: boolean): JsonSchema {
  const mode = targetMode(ir);
  const kinds = ir.unitKinds.map((k) =>
    k.title === k.id ? k.id : words("submission.schema.kind-title", { id: k.id, title: k.title })[ZH],
  );
  const open = openKinds(ir);
  const name: JsonSchema =
    ir.units.length > 0 && open.length === 0
      ? { type: "string", enum: ir.units.map((u) => u.name) }
      : { type: "string", pattern: NOT_BLANK };
  // A unit not in the list is of an open kind, and says which.
  const unlisted: JsonSchema =
    presence && ir.units.length > 0 && open.length > 0
      ? {
          if: { required: ["name"], properties: { name: { not: { enum: ir.units.map((u) => u.name) } } } },
          then: { required: ["kind"], properties: { kind: { enum: open } } },
        }
      : {};
  const kind: JsonSchema =
    ir.unitKinds.length > 0
      ? {
          description: words("submission.allowed.unit-kind", { options: listWords(kinds, Infinity) })[ZH],
          type: "string",
          enum: ir.unitKinds.map((k) => k.id),
        }
      : { description: words("submission.allowed.unit-kind-free")[ZH], type: "string" };
  const properties: JsonSchema = {
    name: { title: words("submission.field.name")[ZH], ...name },
    kind: { title: words("submission.field.kind")[ZH], ...kind },
  };
  if (mode === "submitted" || mode === "mixed") {
    properties.target = {
      title: words("submission.field.target")[ZH],
      description: words("submission.schema.target-column", {
        allowed: words("submission.allowed.target"),
        column: ir.target!.column,
      })[ZH],
      type: "number",
      exclusiveMinimum: 0,
    };
  }
  return {
    title: words("submission.schema.unit")[ZH],
    type: "object",
    additionalProperties: false,
    required: ["name", ...(kindRequired(ir) ? ["kind"] : []), ...(mode === "submitted" ? ["target"] : [])],
    properties,
    ...unlisted,
  };
}

function header(ir: SchemeIR, which: "submission" | "batch"): JsonSchema {
  return {
    $schema: DIALECT,
    $id: schemaId(ir, which),
    $comment: words("submission.schema.comment", { version: ir.kaoheVersion, file: ir.file })[ZH],
  };
}

/**
 * The schema of one unit's submission, without the document header; with `presence`, the rules
 * on which items must or must not be filled in (N/A, 适用), else only the shape of everything.
 */
function submissionBody(ir: SchemeIR, presence = true): JsonSchema {
  const content = contentSchema(ir, presence);
  const properties: JsonSchema = { unit: unitSchema(ir, presence) };
  const required = ["unit"];
  if (ir.facts.length > 0) {
    const { allOf, notes } = constraintRules(ir, null, ir.facts);
    properties.facts = inputsObject(ir.facts, {
      title: words("submission.schema.facts")[ZH],
      ...(notes.length === 0 ? {} : { "x-kaohe": { constraints: notes } }),
      ...(presence && allOf.length > 0 ? { allOf } : {}),
    });
    // facts of some unit kinds only are required by submissionRules
    if (ir.facts.some((f) => f.required && f.appliesTo === null)) required.push("facts");
  }
  const meta = ir.meta;
  const body: JsonSchema = {
    title: words("submission.schema.title", { title: meta.title })[ZH],
    ...(meta.description === null ? {} : { description: meta.description }),
    "x-kaohe": {
      scheme: meta.title,
      year: meta.year,
      version: meta.version,
      docNumber: meta.docNumber,
      irVersion: ir.irVersion,
      kaoheVersion: ir.kaoheVersion,
    },
    type: "object",
    additionalProperties: false,
  };
  if (ir.forms.length === 0) {
    const rules = presence ? submissionRules(ir, (c) => c) : [];
    const allOf = [...((content.allOf as JsonSchema[] | undefined) ?? []), ...rules];
    return {
      ...body,
      required: [...required, ...(content.required as string[])],
      properties: { ...properties, ...(content.properties as JsonSchema) },
      ...(allOf.length > 0 ? { allOf } : {}),
    };
  }
  properties.forms = {
    title: words("submission.schema.forms")[ZH],
    type: "object",
    additionalProperties: false,
    required: ir.forms.map((f) => f.id),
    properties: Object.fromEntries(
      ir.forms.map((f) => [f.id, { title: f.title, "x-kaohe": { form: f.id }, $ref: "#/$defs/form" }]),
    ),
  };
  const everyForm = (c: JsonSchema): JsonSchema => ({
    type: "object",
    properties: { forms: { type: "object", properties: Object.fromEntries(ir.forms.map((f) => [f.id, c])) } },
  });
  const rules = presence ? submissionRules(ir, everyForm) : [];
  return {
    ...body,
    required: [...required, "forms"],
    properties,
    ...(rules.length > 0 ? { allOf: rules } : {}),
    $defs: { form: { type: "object", additionalProperties: false, ...content } },
  };
}


/**
 * The schema the generated validator compiles: the shape of a submission without the rules on
 * which items must or must not be filled in. Those the validator checks in its own code
 * (runtime.js): written as JSON Schema they are one if/then per item, which Ajv turns into far more
 * code than the checks themselves.
 */
export function validatorSchema(ir: SchemeIR): JsonSchema {
  return { ...header(ir, "submission"), ...submissionBody(ir, false) };
}

/**
 * submission.schema.json's schema and batch.schema.json's (an array of submissions, each of the
 * one schema), from one submission body worked out once.
 */
export function publishedSchemas(ir: SchemeIR): { submission: JsonSchema; batch: JsonSchema } {
  const body = submissionBody(ir);
  const { $defs, ...submission } = body;
  const batch = {
    ...header(ir, "batch"),
    title: words("submission.schema.batch-title", { title: ir.meta.title })[ZH],
    description: words("submission.schema.batch-description")[ZH],
    "x-kaohe": { uniqueUnits: true },
    type: "array",
    items: { $ref: "#/$defs/submission" },
    $defs: { submission, ...($defs as JsonSchema | undefined) },
  };
  return { submission: { ...header(ir, "submission"), ...body }, batch };
}
