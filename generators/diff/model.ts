// The diff between two editions of a scheme, as data: what `kaohe diff --format json` writes and
// what the text, Markdown and HTML renderers read. The shape is documented in README.md; a change
// to it is a change of `DIFF_FORMAT_VERSION`.
import type { Lang } from "../../compiler/messages/index.js";

export const DIFF_FORMAT_VERSION = 1;

/** Where a change is, in one edition: the node (or scheme-level thing) and its source line. */
export interface Place {
  /** The anchor both the HTML page and tools use: "node:<id>", "pool:<id>", "veto:<n>", "scheme". */
  anchor: string;
  /** The item's or section's id (its name or number), or null for scheme-level things. */
  id: string | null;
  /** Titles from the top-level section down to the node. */
  path: string[];
  /** 1-based line in that edition's file. */
  line: number;
}

export type ChangeKind =
  | "scheme"
  | "pool"
  | "section"
  | "item"
  | "input"
  | "rule"
  | "veto"
  | "figure"
  | "constraint"
  | "policy"
  | "metadata"
  | "other";

export interface Change {
  /** What kind of thing changed (the group a change is listed under). */
  kind: ChangeKind;
  /** What happened to it: "added", "removed", "renamed", "moved", "renumbered", "points", "cap" …
   *  The pair kind.what is a message code in compiler/messages/diff.ts (`diff.<kind>.<what>`). */
  what: string;
  /** The place in the old edition (null: added) and in the new one (null: removed). */
  old: Place | null;
  new: Place | null;
  /** The value before and after, in canonical form (decimals as strings; null: none). */
  from: unknown;
  to: unknown;
  /** The change in words, in both languages. */
  message: Record<Lang, string>;
}

export interface EditionInfo {
  file: string;
  title: string;
  year: string | null;
  version: string | null;
  /** Full marks: the sum of the base pools' points (null when a base pool has none). */
  fullMarks: string | null;
}

export interface SchemeDiff {
  format: "kaohe-diff";
  formatVersion: typeof DIFF_FORMAT_VERSION;
  kaoheVersion: string;
  old: EditionInfo;
  new: EditionInfo;
  /** Item and section pairs the matcher found, old id → new id (unchanged ones too). */
  matched: Array<{ old: string; new: string; by: "code" | "title" | "similar-title" | "position" }>;
  changes: Change[];
}
