// The contract of a submission, from the IR: submission.schema.json and batch.schema.json for
// anyone who reads JSON Schema, and a standalone validator (no imports, no eval) that the scorer
// and the form carry, which refuses what does not fit the scheme with problems in zh-CN and en.
import { readFile } from "node:fs/promises";
import type { SchemeIR } from "../../compiler/ir.js";
import { submissionMessages } from "../../compiler/messages/submission.js";
import type { GeneratedFile } from "../index.js";
import { publishedSchemas, validatorSchema, type JsonSchema } from "./schema.js";
import { packShape, SHAPE_KEYS, shapeSchema } from "./shape.js";
import { shapeTestSource } from "./shape-test.js";
import { ajvHelperSource } from "./compact-schema.js";
import { packedTables } from "./tables.js";
import { indentBlocks, indentBody } from "../indent.js";
import { esbuildVersion, kept } from "../kept.js";

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export async function generateSchemaFiles(ir: SchemeIR): Promise<GeneratedFile[]> {
  const { submission, batch } = publishedSchemas(ir);
  return [
    { path: "submission.schema.json", content: json(submission) },
    { path: "batch.schema.json", content: json(batch) },
  ];
}

/** The templates the validator words its problems with: S109–S131 and the phrases they use. */
function validatorMessages(): Record<string, [string, string]> {
  const used = /^(S109|S1[123]\d(\.[a-z-]+)?|submission\.(place|field|found|allowed|range|list|na-hint)\b.*)$/;
  return Object.fromEntries(
    Object.entries(submissionMessages).flatMap(([code, m]) => (used.test(code) ? [[code, [m["zh-CN"], m.en]]] : [])),
  );
}

/** `MESSAGES` as runtime.js reads it ({ code: { "zh-CN", en } }), from the templates written as [zh-CN, en] pairs. */
const MESSAGES_FROM_PAIRS = 'const MESSAGES = {};\nfor (const [code, [zh, en]] of Object.entries(MESSAGE_PAIRS)) MESSAGES[code] = { "zh-CN": zh, en };';

/**
 * How the validator checks the shape of a submission before runtime.js adds the rules a schema
 * does not say: "ajv", Ajv's standalone code (`kaohe validate`, the schema tests: the brief names
 * Ajv for validation); "compact", shape-runtime.js over the same compact schema, with exactly the same
 * errors (test/schema/compact-validator.test.ts) in a fraction of the code (scorer.js, the form).
 */
export type ShapeCheck = "ajv" | "compact";

async function shapeSource(ir: SchemeIR, check: ShapeCheck): Promise<string> {
  const schema = validatorSchema(ir);
  if (check === "compact") return compactShapeSource(schema);
  // Ajv itself, loaded only here: `kaohe build` writes the compact validator and never needs it.
  const { standaloneValidator } = await import("./standalone.js");
  return indentBlocks(standaloneValidator(schema, "validateShape"));
}

/** Source that defines `validateShape(data)` for a schema, with Ajv's errors in `validateShape.errors`. */
export async function compactShapeSource(schema: JsonSchema): Promise<string> {
  const shape = shapeSchema(schema);
  return [
    `const SHAPE_PACKED = ${JSON.stringify(packShape(shape))};`,
    shapeTestSource(shape),
    await carriedCode("shape"),
  ].join("\n");
}

/** How esbuild prints the code the compact validator carries: minified, the words (zh-CN) as they are. */
const MINIFY = { loader: "js", minify: true, charset: "utf8" } as const;

/**
 * The code that is the same in every compact validator, as scorer.js and the form carry it:
 * "shape", Ajv's `equal` helper, the keywords' short names (shape.ts SHAPE_KEYS) and shape-runtime.js; "runtime", runtime.js. Minified by esbuild
 * (local names shortened, comments and indentation gone: half the size; the names the files
 * share, such as `validateShape` and `checkSubmission`, stay), kept between runs
 * (generators/kept.ts). The readable source is the file in generators/schema/.
 */
async function carriedCode(part: "shape" | "runtime"): Promise<string> {
  const read = (file: string) => readFile(new URL(file, import.meta.url), "utf8");
  const source =
    part === "shape"
      ? `const deepEqual = ${ajvHelperSource("ajv/dist/runtime/equal")};\nconst SHAPE_KEYS = ${JSON.stringify(SHAPE_KEYS)};\n${await read("./shape-runtime.js")}`
      : await read("./runtime.js");
  const heading = `// generators/schema/${part === "shape" ? "shape-runtime.js" : "runtime.js"}, minified`;
  return kept(`validator-${part}`, [await esbuildVersion(), MINIFY, source], async () => {
    const { transform } = await import("esbuild");
    return { text: `${heading}\n${(await transform(source, MINIFY)).code.trimEnd()}`, keep: true };
  });
}

/**
 * JavaScript source defining `validateSubmission(value)` and `validateBatch(values)`, each returning
 * SubmissionProblem[] (empty when the input fits the scheme). Everything else is kept inside one
 * function so that the source can be pasted into the scorer or a web page without name clashes.
 * Ajv's code is written one statement per line and indented here (generators/indent.ts).
 * It can be inlined in an HTML <script>: no `</` appears in it.
 */
export async function generateValidatorModule(ir: SchemeIR, check: ShapeCheck = "ajv"): Promise<string> {
  const source = [
    `// Submission validator for “${oneLine(ir.meta.title)}” (${oneLine(ir.file)}), made by kaohe ${ir.kaoheVersion}`,
    `// from IR v${ir.irVersion}. Generated: do not edit. No imports, no eval; runs in any browser.`,
    "const kaoheSubmissionValidator = (function () {",
    // Ajv's code indented for a reader; the compact one is machine code, written without layout.
    (check === "ajv" ? indentBody : (code: string) => code)(
      [
        '"use strict";',
        await shapeSource(ir, check),
        `const PACKED = ${JSON.stringify(packedTables(ir))};`,
        `const MESSAGE_PAIRS = ${JSON.stringify(validatorMessages())};`,
        MESSAGES_FROM_PAIRS,
        check === "ajv" ? (await readFile(new URL("./runtime.js", import.meta.url), "utf8")).trimEnd() : await carriedCode("runtime"),
        "return { validateSubmission: checkSubmission, validateBatch: checkBatch };",
      ].join("\n"),
    ),
    "})();",
    "/** The problems with one unit's submission; empty when it fits the scheme. */",
    "function validateSubmission(value) {",
    "  return kaoheSubmissionValidator.validateSubmission(value);",
    "}",
    "/** The problems with a batch (an array of submissions, each unit at most once). */",
    "function validateBatch(values) {",
    "  return kaoheSubmissionValidator.validateBatch(values);",
    "}",
  ].join("\n");
  // `<\/` means `</` in a string and keeps a name like "</script>" from closing an inline <script>.
  return source.replace(/<\//g, "<\\/") + "\n";
}

/** Text for a `//` comment: line breaks would end it. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
