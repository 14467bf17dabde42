// `kaohe build` → scorer.js (an ES module with no dependencies: exact decimals, every figure
// explained) and scorer.d.ts, from the IR alone. Same scheme, same bytes.
import * as prettier from "prettier";
import type { SchemeIR } from "../../compiler/ir.js";
import type { GeneratedFile } from "../index.js";
import { declarationsSource } from "./emit/dts.js";
import { scorerSource } from "./emit/module.js";

export async function generateScorerFiles(ir: SchemeIR): Promise<GeneratedFile[]> {
  return [
    { path: "scorer.js", content: await prettier.format(await scorerSource(ir), { parser: "babel" }) },
    { path: "scorer.d.ts", content: await prettier.format(await declarationsSource(ir), { parser: "typescript" }) },
  ];
}
