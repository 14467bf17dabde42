// Every file `kaohe build` writes, from the IR alone.
import type { SchemeIR } from "../compiler/ir.js";
import { generateFormFiles } from "./form/index.js";
import { generateScorerFiles } from "./scorer/index.js";
import { generateSchemaFiles } from "./schema/index.js";

export interface GeneratedFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
}

export async function generateAll(ir: SchemeIR): Promise<GeneratedFile[]> {
  const scorer = await generateScorerFiles(ir);
  const scorerJs = scorer.find((f) => f.path === "scorer.js")!.content;
  return [...(await generateSchemaFiles(ir)), ...scorer, ...(await generateFormFiles(ir, scorerJs))];
}
