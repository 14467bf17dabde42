// scorer.d.ts: the result shapes of generators/scorer/result.ts (the one source of truth, copied
// as written) and the module's exports.
import { readFile } from "node:fs/promises";
import type { SchemeIR } from "../../../compiler/ir.js";
import { header } from "./module.js";

export async function declarationsSource(ir: SchemeIR): Promise<string> {
  const shapes = await readFile(new URL("../result.ts", import.meta.url), "utf8");
  return [
    header(ir, "评分模块类型声明 scorer.d.ts"),
    "",
    shapes.trim(),
    "",
    "/** Scores one unit's submission on its own; figures that need the other units are pending. */",
    "export declare function score(submission: unknown): UnitResult;",
    "/** Scores all units together: ratios to the best, rank bands, peer averages, the ranking. */",
    "export declare function scoreAll(submissions: readonly unknown[]): BatchResult;",
    "/** Thrown by score() and scoreAll() for input that does not fit the scheme; nothing is scored. */",
    "export declare class SubmissionError extends Error implements SubmissionErrorShape {",
    '  readonly name: "SubmissionError";',
    "  readonly problems: SubmissionProblem[];",
    "}",
    "/** The scheme this module scores. */",
    "export declare const scheme: {",
    "  title: string;",
    "  version: string | null;",
    "  year: string | null;",
    "  file: string;",
    "  kaoheVersion: string;",
    "  irVersion: number;",
    "};",
    "",
  ].join("\n");
}
