// `kaohe build` → scorer.js (an ES module with no dependencies: exact decimals, every figure
// explained) and scorer.d.ts, from the IR alone, formatted with Prettier. Same scheme, same bytes.
import * as prettier from "prettier";
import type { SchemeIR } from "../../compiler/ir.js";
import type { GeneratedFile } from "../index.js";
import { declarationsSource } from "./emit/dts.js";
import { scorerSource } from "./emit/module.js";

/** The Prettier options every generated scorer is formatted with (the tests format with them too). */
export const FORMAT = { printWidth: 100 } as const;

export async function generateScorerFiles(ir: SchemeIR): Promise<GeneratedFile[]> {
  return [
    { path: "scorer.js", content: await prettier.format(await scorerSource(ir), { ...FORMAT, parser: "babel" }) },
    {
      path: "scorer.d.ts",
      content: await prettier.format(await declarationsSource(ir), { ...FORMAT, parser: "typescript" }),
    },
  ];
}
