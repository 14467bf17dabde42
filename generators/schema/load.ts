// Loads a generated validator into this process (for `kaohe validate` and the tests), exactly as
// the scorer and the form carry it.
import vm from "node:vm";
import type { SchemeIR } from "../../compiler/ir.js";
import type { SubmissionProblem } from "../scorer/result.js";
import { generateValidatorModule } from "./index.js";

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

export async function loadValidator(ir: SchemeIR): Promise<Validator> {
  return instantiateValidator(await generateValidatorModule(ir));
}
