// Small schemes for the scorer tests, written in the language and compiled through the checker,
// loaded as the generated scorer.js that `kaohe build` writes.
import { compileSource } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { loadScorer, type LoadedScorer } from "../../generators/scorer/load.js";
import type { UnitResult } from "../../generators/scorer/result.js";

export type Scorer = LoadedScorer & { ir: SchemeIR };

/** Compiles a scheme (it must check clean: errors are shown in the failure) and loads its scorer. */
export async function scorerFor(source: string): Promise<Scorer> {
  const { ir, diagnostics } = compileSource(source, "test.kaohe");
  if (!ir) throw new Error("the test scheme does not compile:\n" + JSON.stringify(diagnostics, null, 2));
  return { ...(await loadScorer(ir)), ir };
}

/** One unit's submission without forms; `extra` adds facts, notApplicable, unit.kind … */
export function unit(
  name: string,
  items: Record<string, Record<string, unknown>>,
  extra: Record<string, unknown> = {},
) {
  return { unit: { name }, items, ...extra };
}

/** An explanation in one language, one line after another. */
export function said(e: { explanation: UnitResult["explanation"] }, lang: "zh-CN" | "en" = "zh-CN"): string {
  return e.explanation[lang].join("\n");
}
