// Generates a scheme's scorer.js, writes it to a temporary folder and imports it: the tests and
// `kaohe score` run exactly the module that `kaohe build` writes.
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
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
  // Named by content: the same scheme loads the same file, and a changed one never a stale copy.
  const hash = createHash("sha256").update(source).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), "kaohe-scorer");
  await mkdir(dir, { recursive: true });
  const file = join(dir, `scorer-${hash}.mjs`);
  await writeFile(file, source);
  const mod = (await import(pathToFileURL(file).href)) as Omit<LoadedScorer, "source">;
  return { score: mod.score, scoreAll: mod.scoreAll, SubmissionError: mod.SubmissionError, scheme: mod.scheme, source };
}
