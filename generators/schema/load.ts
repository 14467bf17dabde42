// Loads a generated validator into this process (for `kaohe validate` and the tests), exactly as
// the scorer and the form carry it.
import vm from "node:vm";
import type { SchemeIR } from "../../compiler/ir.js";
import type { SubmissionProblem } from "../scorer/result.js";
import { generateValidatorModule, type ShapeCheck } from "./index.js";

export interface Validator {
  validateSubmission(value: unknown): SubmissionProblem[];
  validateBatch(values: unknown): SubmissionProblem[];
}

/** Runs validator source (as made by generateValidatorModule) and returns its two functions. */
export function instantiateValidator(source: string): Validator {
  const script = new vm.Script(
    `(function () {\n${source}\nreturn { validateSubmission, validateBatch };\n})()`,
    { filename: "kaohe-submission-validator.js" },
  );
  return script.runInThisContext() as Validator;
}

/** The validator of `kaohe validate` (Ajv's shape check), or the compact one the scorer carries. */
export async function loadValidator(ir: SchemeIR, check: ShapeCheck = "ajv"): Promise<Validator> {
  return instantiateValidator(await generateValidatorModule(ir, check));
}
