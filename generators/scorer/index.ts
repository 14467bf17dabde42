// `kaohe build` → scorer.js (an ES module with no dependencies: exact decimals, every figure
// explained) and scorer.d.ts, from the IR alone. Same scheme, same bytes. Prettier formats what a
// person reads: the scheme's part of scorer.js (its items, vetoes and structure). The runtime and
// the validator before it are machine code, already laid out by their generators, and formatting
// them took most of every build (about 1.2 s of 1.6 s for seed 000); scorer.d.ts is written in
// Prettier's layout already.
import * as prettier from "prettier";
import type { SchemeIR } from "../../compiler/ir.js";
import type { GeneratedFile } from "../index.js";
import { declarationsSource } from "./emit/dts.js";
import { SCHEME_PART, scorerParts } from "./emit/module.js";

export { SCHEME_PART };

/** The Prettier options every generated scorer is formatted with (the tests format with them too). */
export const FORMAT = { printWidth: 100 } as const;

async function scorerJs(ir: SchemeIR): Promise<string> {
  const { common, scheme } = await scorerParts(ir);
  if (!scheme.startsWith(SCHEME_PART)) throw new Error("kaohe: scorer.js's scheme part lost its heading");
  return common + (await prettier.format(scheme, { ...FORMAT, parser: "babel" }));
}

export async function generateScorerFiles(ir: SchemeIR): Promise<GeneratedFile[]> {
  return [
    { path: "scorer.js", content: await scorerJs(ir) },
    // Written in Prettier's layout already (result.ts as formatted, and fixed lines): formatting it
    // again would only load Prettier's TypeScript parser (test/scorer/generated.test.ts checks it).
    { path: "scorer.d.ts", content: await declarationsSource(ir) },
  ];
}
