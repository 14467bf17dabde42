// Ajv, set up once for kaohe's schemas, and its standalone code made dependency-free: the generated
// validator must run in a browser and inside the scorer, with no imports and no eval.
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
// A CommonJS module whose exports are the function, with itself again as `.default`.
import standaloneModule from "ajv/dist/standalone/index.js";
import type { JsonSchema } from "./schema.js";

/** Annotation keywords kaohe writes; they never change what is valid. */
const ANNOTATIONS = ["title", "description", "$comment", "x-kaohe"];

/**
 * Ajv as kaohe uses it: every error (not just the first), own properties only (an input named
 * `constructor` is not found on Object.prototype), NaN and Infinity are not numbers (Ajv's default
 * strictNumbers), no message strings (kaohe words its own).
 */
export function createAjv(options: { source: boolean }): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    ownProperties: true,
    messages: false,
    strict: true,
    strictRequired: false, // the N/A rules require an item in a branch, not where it is defined
    code: options.source ? { source: true, esm: true, lines: true } : {},
    // The validator's schema defines every repeated part once (compactSchema): one function each.
    ...(options.source ? { inlineRefs: false } : {}),
  });
  ajv.addKeyword({ keyword: "x-kaohe", schemaType: "object" });
  return ajv;
}

/** Where a keyword holds one subschema, or subschemas by name or in a list. */
const ONE = ["items", "contains", "if", "then", "else", "not"];
const BY_NAME = ["properties", "$defs"];
const LISTED = ["allOf", "anyOf"];
/** A repeated subschema shorter than this stays inline: a call and its errors cost as much. */
const WORTH_A_FUNCTION = 40;

/** Applies f to every direct subschema of a schema (not to the schema itself). */
function mapSubschemas(schema: JsonSchema, f: (sub: unknown) => unknown): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (BY_NAME.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, f(v)]));
    } else if (LISTED.includes(key)) out[key] = (value as unknown[]).map(f);
    else if (ONE.includes(key)) out[key] = f(value);
    else out[key] = value;
  }
  return out;
}

/** The schema without annotations: the same checks, and a smaller validator. */
export function stripAnnotations(schema: unknown): unknown {
  if (typeof schema !== "object" || schema === null) return schema;
  const kept = Object.fromEntries(Object.entries(schema).filter(([key]) => !ANNOTATIONS.includes(key)));
  return mapSubschemas(kept, stripAnnotations);
}

/**
 * The schema the validator compiles: the published one without annotations, and with every
 * subschema that occurs more than once (items with the same inputs, the same input in many items)
 * defined once under $defs and referred to. Ajv writes the code of a $ref'd schema once, as a
 * function (inlineRefs: false), instead of once per occurrence: the same checks, far less code.
 */
export function compactSchema(schema: JsonSchema): JsonSchema {
  const stripped = stripAnnotations(schema) as JsonSchema;
  const counts = new Map<string, number>();
  const count = (sub: unknown): unknown => {
    if (typeof sub !== "object" || sub === null) return sub;
    mapSubschemas(sub as JsonSchema, count);
    const key = JSON.stringify(sub);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return sub;
  };
  mapSubschemas(stripped, count);
  const defs = new Map<string, { name: string; schema: unknown }>();
  // Inner parts first, so that two equal parents refer to the same definitions of their parts.
  const hoist = (sub: unknown): unknown => {
    if (typeof sub !== "object" || sub === null) return sub;
    const key = JSON.stringify(sub);
    const inner = mapSubschemas(sub as JsonSchema, hoist);
    // Only a schema that says its type stands on its own: Ajv's strict mode wants the type of
    // `properties`, `items` … in the same schema once it is no longer inside its parent.
    if ((counts.get(key) ?? 0) < 2 || key.length < WORTH_A_FUNCTION || !("type" in sub)) return inner;
    let def = defs.get(key);
    if (def === undefined) defs.set(key, (def = { name: `kaohe${defs.size}`, schema: inner }));
    return { $ref: `#/$defs/${def.name}` };
  };
  const out = mapSubschemas(stripped, hoist);
  if (defs.size === 0) return out;
  const named = Object.fromEntries([...defs.values()].map((d) => [d.name, d.schema]));
  return { ...out, $defs: { ...((out.$defs as JsonSchema | undefined) ?? {}), ...named } };
}

const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;
const NEEDS_MODULE_OR_EVAL = /\b(?:import|export|require|eval)\b|\bnew\s+Function\b/;
const runtimeRequire = createRequire(import.meta.url);
const RUNTIME_REQUIRE = /require\("(ajv\/dist\/runtime\/[a-z0-9_]+)"\)\.default/g;

/**
 * The source of one of Ajv's runtime helpers (`ajv/dist/runtime/equal` …), as an expression. A
 * helper that itself needs a module cannot be inlined: that is a kaohe bug, and it throws.
 */
export function ajvHelperSource(modulePath: string): string {
  const helper = (runtimeRequire(modulePath) as { default: unknown }).default;
  const source = typeof helper === "function" ? helper.toString() : "";
  if (!source.startsWith("function") || /\brequire\s*\(/.test(source)) {
    throw new Error(`kaohe: cannot inline the Ajv helper ${modulePath}`);
  }
  return `(${source})`;
}

/**
 * Replaces each `require("ajv/dist/runtime/…").default` in Ajv's standalone code by the helper's
 * own source (ucs2length, equal …).
 */
export function inlineAjvRuntime(code: string): string {
  return code.replace(RUNTIME_REQUIRE, (_whole, modulePath: string) => ajvHelperSource(modulePath));
}

/**
 * Standalone JavaScript that defines a function `name(data)` checking `schema`, the way Ajv's
 * compiled validators do (errors in `name.errors`). No imports, exports or eval.
 */
export function standaloneValidator(schema: JsonSchema, name: string): string {
  const ajv = createAjv({ source: true });
  const validate = ajv.compile(compactSchema(schema));
  const module = inlineAjvRuntime(standaloneModule.default(ajv, validate));
  const exported = /^"use strict";\s*export const validate = (\w+);\s*export default \1;/.exec(module);
  if (!exported) throw new Error("kaohe: unexpected shape of Ajv standalone code");
  const body = module.slice(exported[0].length);
  if (NEEDS_MODULE_OR_EVAL.test(body.replace(STRING_LITERAL, '""'))) {
    throw new Error("kaohe: Ajv standalone code still needs a module or eval");
  }
  return `${body}\nconst ${name} = ${exported[1]};`;
}
