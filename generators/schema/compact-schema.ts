// The schema the validators compile, made compact (annotations dropped, every repeated part
// defined once), and Ajv's runtime helpers as source to inline. Plain code over JSON and Ajv's
// small helper modules: loading it does not load Ajv itself (standalone.ts does, for the "ajv"
// validator only), some 60 ms of CPU of every `kaohe build`.
import { createRequire } from "node:module";
import type { JsonSchema } from "./schema.js";

/** Annotation keywords kaohe writes; they never change what is valid. */
const ANNOTATIONS = ["title", "description", "$comment", "x-kaohe"];

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

