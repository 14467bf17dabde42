// What the client uses of the inlined scorer.js: its public exports and the result shapes of
// generators/scorer/result.ts (only types are imported: nothing of the scorer is bundled here).
import type { FormResult, SubmissionProblem, UnitResult } from "../../scorer/result.js";

export type { FormResult, SubmissionProblem, UnitResult };
export type Lang = "zh-CN" | "en";

export interface Scorer {
  score(submission: unknown): UnitResult;
  scoreAll(submissions: readonly unknown[]): unknown;
  SubmissionError: new (...args: never[]) => Error & { problems: SubmissionProblem[] };
  scheme: { title: string; version: string | null };
}

/** The page's JSON block (generators/form/index.ts clientData). */
export interface PageData {
  draftKey: string;
  title: string;
  forms: string[];
  kinds: string[];
  units: Array<{ name: string; kind: string }>;
  hasNa: boolean;
  hasFacts: boolean;
  titles: Record<string, string>;
  words: Record<string, Record<Lang, string>>;
}

export function fill(template: string, args: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in args ? String(args[key]) : whole));
}
