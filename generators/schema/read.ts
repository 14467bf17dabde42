// The way into kaohe for a submission file: bytes in, a plain JSON value or the problems out.
// Refuses, before anything reads the content as a submission: files over the size limit (before
// decoding), bytes that are not UTF-8 (with the offset), empty files, JSON syntax errors (with line
// and column), nesting deeper than MAX_DEPTH, the keys __proto__ / constructor / prototype,
// duplicate keys, and numbers a double cannot hold exactly. A UTF-8 byte order mark is skipped.
// Nothing partial comes out: either the whole value, or problems.
import type { SubmissionProblem } from "../scorer/result.js";
import { words, type Words } from "./inputs.js";
import { readJsonText } from "./json-reader.js";
import { firstInvalidUtf8 } from "./utf8.js";

/**
 * 10 MiB. A unit's submission is a few kilobytes and a batch of a few hundred units well under a
 * megabyte; anything larger is the wrong file, refused before it is decoded or parsed.
 */
export const MAX_SUBMISSION_BYTES = 10 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

/** A problem with the file itself: no unit, item or input is known yet. */
export function fileProblem(code: string, args: Record<string, string | number | Words>): SubmissionProblem {
  return { code, path: "", unit: null, item: null, input: null, message: words(code, args) };
}

export function readSubmissionBytes(
  bytes: Uint8Array,
  file: string,
): { value: unknown } | { problems: SubmissionProblem[] } {
  if (bytes.length > MAX_SUBMISSION_BYTES) {
    return { problems: [fileProblem("S101", { file, size: bytes.length, limit: MAX_SUBMISSION_BYTES })] };
  }
  const start = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad >= 0) {
    const byte = bytes[bad]!.toString(16).toUpperCase().padStart(2, "0");
    return { problems: [fileProblem("S102", { file, offset: bad, byte })] };
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(start));
  if (/^[ \t\n\r]*$/.test(text)) return { problems: [fileProblem("S103", { file })] };
  const read = readJsonText(text);
  if ("issues" in read) {
    return {
      problems: read.issues.map((issue) =>
        fileProblem(issue.code, { file, line: issue.line, column: issue.column, ...issue.args }),
      ),
    };
  }
  return { value: read.value };
}
