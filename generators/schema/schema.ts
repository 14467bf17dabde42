// The JSON Schema (2020-12) of what one unit submits, and of a batch, built from the IR alone.
// Titles and descriptions are the scheme's own words (zh-CN); `x-kaohe` annotations carry item ids,
// codes, points, input types and units for tools that read the schema (the form, the docs).
import type { Input, Item, SchemeIR } from "../../compiler/ir.js";
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
 * Where a unit's target comes from (R16), when the scheme has one:
 * - "listed": every listed unit has the target column, so the submission must not give one;
 * - "submitted": no listed unit has it (or no units are listed), so unit.target is required;
 * - "mixed": some listed units have it; the others must give unit.target (checked by the validator).
 */
export type TargetMode = "none" | "listed" | "submitted" | "mixed";

export function targetMode(ir: SchemeIR): TargetMode {
  if (!ir.target) return "none";
  const column = ir.target.column;
  const listed = ir.units.filter((u) => Object.hasOwn(u.values, column)).length;
  if (listed === 0) return "submitted";
  return listed === ir.units.length ? "listed" : "mixed";
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

export function hasRequiredInput(item: Item): boolean {
  return item.inputs.some((i) => i.required);
}

function inputSchema(input: Input): JsonSchema {
  const notes = [
    allowedWords(input)[ZH],
    input.required ? "" : words("submission.schema.optional")[ZH],
    input.collectedOnly ? words("submission.schema.collected")[ZH] : "",
  ];
  const unit = inputUnit(input);
  return {
    title: input.title,
    description: notes.join(""),
    "x-kaohe": { input: input.name, type: input.type.kind, ...(unit === null ? {} : { unit }) },
    ...inputShape(input),
  };
}

function inputsObject(inputs: Input[], extra: JsonSchema): JsonSchema {
  return {
    ...extra,
    type: "object",
    additionalProperties: false,
    required: inputs.filter((i) => i.required).map((i) => i.name),
    properties: Object.fromEntries(inputs.map((i) => [i.name, inputSchema(i)])),
  };
}

function itemDescription(item: Item): string {
  const m = item.meta;
  const lines = [
    item.path.length > 1 ? words("submission.schema.path", { path: item.path.slice(0, -1).join(" / ") }) : null,
    item.points === null ? null : words("submission.schema.points", { points: `${item.points}分` }),
    m.code === null ? null : words("submission.schema.code", { code: m.code }),
    m.method === null ? null : words("submission.schema.method", { text: m.method }),
    m.evidence === null ? null : words("submission.schema.evidence", { text: m.evidence }),
    m.note === null ? null : words("submission.schema.note", { text: m.note }),
  ];
  return lines
    .filter((l) => l !== null)
    .map((l) => l[ZH])
    .join("\n");
}

function itemSchema(item: Item): JsonSchema {
  return inputsObject(item.inputs, {
    title: itemHeading(item),
    description: itemDescription(item),
    "x-kaohe": { item: item.id, code: item.meta.code, points: item.points, allowNa: item.allowNa },
  });
}

/** What is filled in once per form (or once, without forms): items and the N/A list. */
function contentSchema(ir: SchemeIR): JsonSchema {
  const all = items(ir);
  const naItems = all.filter((i) => i.allowNa);
  const properties: JsonSchema = {
    items: {
      title: words("submission.schema.items")[ZH],
      type: "object",
      additionalProperties: false,
      required: all.filter((i) => !i.allowNa && hasRequiredInput(i)).map((i) => i.id),
      properties: Object.fromEntries(all.map((i) => [i.id, itemSchema(i)])),
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
  // An N/A item must not be filled in; an applicable one with required inputs must be.
  const naRules = naItems.map((item) => ({
    if: {
      type: "object",
      required: ["notApplicable"],
      properties: { notApplicable: { type: "array", contains: { const: item.id } } },
    },
    then: { properties: { items: { type: "object", properties: { [item.id]: false } } } },
    ...(hasRequiredInput(item)
      ? { else: { properties: { items: { type: "object", required: [item.id] } } } }
      : {}),
  }));
  return {
    properties,
    required: ["items"],
    ...(naRules.length > 0 ? { allOf: naRules } : {}),
  };
}

function unitSchema(ir: SchemeIR): JsonSchema {
  const mode = targetMode(ir);
  const kinds = ir.unitKinds.map((k) =>
    k.title === k.id ? k.id : words("submission.schema.kind-title", { id: k.id, title: k.title })[ZH],
  );
  const name: JsonSchema =
    ir.units.length > 0
      ? { type: "string", enum: ir.units.map((u) => u.name) }
      : { type: "string", pattern: NOT_BLANK };
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
  };
}

function header(ir: SchemeIR, which: "submission" | "batch"): JsonSchema {
  return {
    $schema: DIALECT,
    $id: schemaId(ir, which),
    $comment: words("submission.schema.comment", { version: ir.kaoheVersion, file: ir.file })[ZH],
  };
}

/** The schema of one unit's submission, without the document header. */
function submissionBody(ir: SchemeIR): JsonSchema {
  const content = contentSchema(ir);
  const properties: JsonSchema = { unit: unitSchema(ir) };
  const required = ["unit"];
  if (ir.facts.length > 0) {
    properties.facts = inputsObject(ir.facts, { title: words("submission.schema.facts")[ZH] });
    if (ir.facts.some((f) => f.required)) required.push("facts");
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
    return {
      ...body,
      required: [...required, ...(content.required as string[])],
      properties: { ...properties, ...(content.properties as JsonSchema) },
      ...(content.allOf ? { allOf: content.allOf } : {}),
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
  return {
    ...body,
    required: [...required, "forms"],
    properties,
    $defs: { form: { type: "object", additionalProperties: false, ...content } },
  };
}

export function submissionSchema(ir: SchemeIR): JsonSchema {
  return { ...header(ir, "submission"), ...submissionBody(ir) };
}

export function batchSchema(ir: SchemeIR): JsonSchema {
  const { $defs, ...submission } = submissionBody(ir);
  return {
    ...header(ir, "batch"),
    title: words("submission.schema.batch-title", { title: ir.meta.title })[ZH],
    description: words("submission.schema.batch-description")[ZH],
    "x-kaohe": { uniqueUnits: true },
    type: "array",
    items: { $ref: "#/$defs/submission" },
    $defs: { submission, ...($defs as JsonSchema | undefined) },
  };
}
