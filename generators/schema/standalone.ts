// Ajv, set up once for kaohe's schemas, and its standalone code made dependency-free: the generated
// validator must run in a browser and inside the scorer, with no imports and no eval. Loaded only
// where Ajv is used (`kaohe validate`'s "ajv" validator, the tests), not by `kaohe build`.
import { Ajv2020 } from "ajv/dist/2020.js";
// A CommonJS module whose exports are the function, with itself again as `.default`.
import standaloneModule from "ajv/dist/standalone/index.js";
import { compactSchema, inlineAjvRuntime } from "./compact-schema.js";
import type { JsonSchema } from "./schema.js";

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

const STRING_LITERAL = /"(?:[^"\\]|\\.)*"/g;
const NEEDS_MODULE_OR_EVAL = /\b(?:import|export|require|eval)\b|\bnew\s+Function\b/;

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
