// Every file `kaohe build` writes, from the IR alone.
import type { SchemeIR } from "../compiler/ir.js";
import { generateScorerFiles } from "./scorer/index.js";
import { generateSchemaFiles } from "./schema/index.js";

export interface GeneratedFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
}

export async function generateAll(ir: SchemeIR): Promise<GeneratedFile[]> {
  return [...(await generateSchemaFiles(ir)), ...(await generateScorerFiles(ir))];
}
