// The schema the compact validator (shape-runtime.js) checks a submission's shape with: the same compact
// schema Ajv compiles for `kaohe validate` (compact-schema.ts compactSchema of schema.ts
// validatorSchema), without its identifiers, and checked to keep to the subset shape-runtime.js knows.
// A keyword outside it is a kaohe bug (schema.ts started writing something new): it throws,
// naming the keyword, rather than letting the scorer accept what `kaohe validate` refuses.
import type { JsonSchema } from "./schema.js";
import { compactSchema } from "./compact-schema.js";

const TYPES = ["object", "array", "string", "boolean", "number", "integer"];

/** The keywords shape-runtime.js checks, and what each may hold. */
const KEYWORDS: Record<string, (value: unknown, schema: JsonSchema) => boolean> = {
  type: (v) => typeof v === "string" && TYPES.includes(v),
  enum: (v) => Array.isArray(v) && v.every((e) => typeof e === "string"),
  pattern: (v) => typeof v === "string",
  maximum: (v) => typeof v === "number",
  minimum: (v) => typeof v === "number",
  exclusiveMaximum: (v) => typeof v === "number",
  exclusiveMinimum: (v) => typeof v === "number",
  minItems: (v) => Number.isInteger(v),
  // shape-runtime.js reads the item type to choose Ajv's way of finding a repeated element.
  uniqueItems: (v, s) => v === true && typeof s.items === "object" && s.items !== null,
  items: (v) => typeof v === "object" && v !== null,
  required: (v) => Array.isArray(v) && v.every((e) => typeof e === "string"),
  additionalProperties: (v) => v === false,
  properties: (v) => typeof v === "object" && v !== null && !Object.hasOwn(v, "__proto__"),
  not: (v) => typeof v === "object" && v !== null,
  if: (v) => typeof v === "object" && v !== null,
  then: (v, s) => typeof v === "object" && v !== null && s.if !== undefined,
  else: (v, s) => typeof v === "object" && v !== null && s.if !== undefined,
};
/** The keywords whose value is a schema of its own, checked in turn. */
const SUBSCHEMAS = ["items", "not", "if", "then", "else"];

function checkSubset(schema: unknown, defs: JsonSchema, where: string): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new Error(`kaohe: the compact validator cannot check the schema at ${where}`);
  }
  const s = schema as JsonSchema;
  if ("$ref" in s) {
    const name = /^#\/\$defs\/(.+)$/.exec(String(s.$ref))?.[1];
    if (Object.keys(s).length !== 1 || name === undefined || !Object.hasOwn(defs, name)) {
      throw new Error(`kaohe: the compact validator cannot follow the $ref at ${where}`);
    }
    return;
  }
  for (const [key, value] of Object.entries(s)) {
    const fits = KEYWORDS[key];
    if (fits === undefined || !fits(value, s)) {
      throw new Error(`kaohe: the compact validator has no keyword ${key} (${JSON.stringify(value)}) at ${where}`);
    }
  }
  for (const key of SUBSCHEMAS) if (s[key] !== undefined) checkSubset(s[key], defs, `${where}/${key}`);
  for (const [key, sub] of Object.entries((s.properties as JsonSchema | undefined) ?? {})) {
    checkSubset(sub, defs, `${where}/properties/${key}`);
  }
}

/** The compact schema shape-runtime.js compiles, as the literal it is embedded as. */
export function shapeSchema(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, $defs, ...root } = compactSchema(schema);
  const defs = ($defs as JsonSchema | undefined) ?? {};
  checkSubset(root, defs, "#");
  for (const [name, def] of Object.entries(defs)) checkSubset(def, defs, `#/$defs/${name}`);
  return Object.keys(defs).length === 0 ? root : { ...root, $defs: defs };
}

/** The short names the compact schema's keywords are carried by (shape-runtime.js unpackShape). */
export const SHAPE_KEYS: Record<string, string> = {
  type: "t",
  enum: "e",
  pattern: "g",
  maximum: "x",
  minimum: "n",
  exclusiveMaximum: "X",
  exclusiveMinimum: "N",
  minItems: "m",
  uniqueItems: "u",
  items: "i",
  required: "r",
  additionalProperties: "a",
  properties: "p",
  not: "!",
  if: "?",
  then: "+",
  else: "-",
  $ref: "$",
  $defs: "d",
};

/**
 * The compact schema as scorer.js and the form carry it, made again by shape-runtime.js
 * `unpackShape` when the validator loads: every keyword by its short name (SHAPE_KEYS),
 * `additionalProperties: false` as 0, and a `required` that lists every property in order as 1.
 */
export function packShape(schema: JsonSchema): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const short = SHAPE_KEYS[key];
    if (short === undefined) throw new Error(`kaohe: the compact schema has no short name for ${key}`);
    const map = (v: unknown) =>
      Object.fromEntries(Object.entries(v as Record<string, JsonSchema>).map(([k, s]) => [k, packShape(s)]));
    const all = (v: unknown) =>
      Array.isArray(v) && JSON.stringify(v) === JSON.stringify(Object.keys((schema.properties as JsonSchema | undefined) ?? {}));
    out[short] =
      key === "properties" || key === "$defs"
        ? map(value)
        : SUBSCHEMAS.includes(key)
          ? packShape(value as JsonSchema)
          : key === "additionalProperties"
            ? 0
            : key === "required" && all(value)
              ? 1
              : value;
  }
  return out;
}
