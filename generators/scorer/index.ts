// `kaohe build` → scorer.js (an ES module with no dependencies: exact decimals, every figure
// explained) and scorer.d.ts, from the IR alone. Same scheme, same bytes. Every part is written in
// its final layout, with no formatter run over it: the runtime as esbuild prints it, the
// validator as generators/schema writes it, and the scheme's part (its items, vetoes and
// structure: what a person audits) one statement per line, indented by its blocks
// (generators/indent.ts). Prettier over that part was about 1 s of every build of a seed (0.5 s
// of it loading Prettier) and most of its garbage; scorer.d.ts is written in Prettier's layout
// already (test/scorer/generated.test.ts checks both layouts).
import type { SchemeIR } from "../../compiler/ir.js";
import type { GeneratedFile } from "../index.js";
import { indentBlocks } from "../indent.js";
import { declarationsSource } from "./emit/dts.js";
import { SCHEME_PART, scorerParts } from "./emit/module.js";

export { SCHEME_PART };

/** The Prettier options scorer.d.ts is laid out by (the tests format with them). */
export const FORMAT = { printWidth: 100 } as const;

async function scorerJs(ir: SchemeIR): Promise<string> {
  const { common, scheme } = await scorerParts(ir);
  if (!scheme.startsWith(SCHEME_PART)) throw new Error("kaohe: scorer.js's scheme part lost its heading");
  return common + indentBlocks(scheme);
}

export async function generateScorerFiles(ir: SchemeIR): Promise<GeneratedFile[]> {
  return [
    { path: "scorer.js", content: await scorerJs(ir) },
    // Written in Prettier's layout already (result.ts as formatted, and fixed lines): formatting it
    // again would only load Prettier's TypeScript parser (test/scorer/generated.test.ts checks it).
    { path: "scorer.d.ts", content: await declarationsSource(ir) },
  ];
}
