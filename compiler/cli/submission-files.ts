// Submission files named on a command line: folders are searched for .json files (in a stable
// order), and each file is read safely (generators/schema/read.ts) as one submission (an object)
// or a batch (an array). Nothing is checked against a scheme here.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileProblem, MAX_SUBMISSION_BYTES, readSubmissionBytes } from "../../generators/schema/read.js";
import type { SubmissionProblem } from "../../generators/scorer/result.js";

/** The .json files under a folder, sub-folders included, in path order. */
function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => ({ path: join(dir, e.name), folder: e.isDirectory() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((e) => (e.folder ? jsonFiles(e.path) : e.path.endsWith(".json") ? [e.path] : []));
}

/** The files named, folders expanded; or the message code for a path that is wrong. */
export function expandPaths(paths: string[]): { files: string[] } | { problem: string; args: Record<string, string> } {
  const files: string[] = [];
  for (const path of paths) {
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch {
      return { problem: "validate.no-such-path", args: { path } };
    }
    if (!folder) files.push(path);
    else {
      const found = jsonFiles(path);
      if (found.length === 0) return { problem: "validate.no-files", args: { path } };
      files.push(...found);
    }
  }
  return { files };
}

/** A file read as JSON: its submissions (one, or each of a batch), or what stops it being read. */
export function readSubmissionFile(
  file: string,
): { submissions: unknown[]; batch: boolean } | { problems: SubmissionProblem[] } {
  try {
    const size = statSync(file).size;
    if (size > MAX_SUBMISSION_BYTES) {
      return { problems: [fileProblem("S101", { file, size, limit: MAX_SUBMISSION_BYTES })] };
    }
    const read = readSubmissionBytes(new Uint8Array(readFileSync(file)), file);
    if ("problems" in read) return read;
    const batch = Array.isArray(read.value);
    return { submissions: batch ? (read.value as unknown[]) : [read.value], batch };
  } catch (err) {
    return { problems: [fileProblem("S100", { file, detail: err instanceof Error ? err.message : String(err) })] };
  }
}
