// Shared by the schema tests: the generated schema compiled by Ajv as any consumer would, and the
// generated validator loaded as the scorer carries it.
import type { SchemeIR } from "../../compiler/ir.js";
import { generateSchemaFiles } from "../../generators/schema/index.js";
import { loadValidator, type Validator } from "../../generators/schema/load.js";
import { createAjv } from "../../generators/schema/standalone.js";
import { type LoadedScorer, loadScorer } from "../../generators/scorer/load.js";

export async function schemaFiles(ir: SchemeIR): Promise<{ submission: Record<string, unknown>; batch: Record<string, unknown> }> {
  const files = await generateSchemaFiles(ir);
  const read = (path: string) => JSON.parse(files.find((f) => f.path === path)!.content) as Record<string, unknown>;
  return { submission: read("submission.schema.json"), batch: read("batch.schema.json") };
}

/** The published schema files, compiled by Ajv with every annotation in place. */
export async function compiledSchemas(ir: SchemeIR): Promise<{
  submission: (v: unknown) => boolean;
  batch: (v: unknown) => boolean;
}> {
  const { submission, batch } = await schemaFiles(ir);
  const ajv = createAjv({ source: false });
  return { submission: ajv.compile(submission), batch: ajv.compile(batch) };
}

const cache = new Map<SchemeIR, Promise<Validator>>();
/** The generated validator for a scheme (generated once per IR object). */
export function validatorFor(ir: SchemeIR): Promise<Validator> {
  let v = cache.get(ir);
  if (!v) cache.set(ir, (v = loadValidator(ir)));
  return v;
}

const scorers = new Map<SchemeIR, Promise<LoadedScorer>>();
/** The generated scorer for a scheme (generated once per IR object). */
export function scorerFor(ir: SchemeIR): Promise<LoadedScorer> {
  let s = scorers.get(ir);
  if (!s) scorers.set(ir, (s = loadScorer(ir)));
  return s;
}
