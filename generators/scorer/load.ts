// Generates a scheme's scorer.js, writes it to a temporary folder and imports it: the tests and
// `kaohe score` run exactly the module that `kaohe build` writes.
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { SchemeIR } from "../../compiler/ir.js";
import { generateScorerFiles } from "./index.js";
import type { BatchResult, SubmissionErrorShape, SubmissionProblem, UnitResult } from "./result.js";

export interface LoadedScorer {
  score(submission: unknown): UnitResult;
  scoreAll(submissions: readonly unknown[]): BatchResult;
  SubmissionError: new (problems: SubmissionProblem[], summary: string) => SubmissionErrorShape;
  scheme: {
    title: string;
    version: string | null;
    year: string | null;
    file: string;
    kaoheVersion: string;
    irVersion: number;
  };
  /** The generated source, as `kaohe build` writes it. */
  source: string;
}

export async function loadScorer(ir: SchemeIR): Promise<LoadedScorer> {
  const files = await generateScorerFiles(ir);
  const source = files.find((f) => f.path === "scorer.js")!.content;
  // A file of its own for every load (processes and workers load at the same time), removed once
  // imported: the module stays loaded, cached by its URL.
  const dir = join(tmpdir(), "kaohe-scorer");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `scorer-${randomUUID()}.mjs`);
  await writeFile(file, source);
  const mod = await import(pathToFileURL(file).href).finally(() => rm(file, { force: true }));
  const { score, scoreAll, SubmissionError, scheme } = mod as Omit<LoadedScorer, "source">;
  return { score, scoreAll, SubmissionError, scheme, source };
}
