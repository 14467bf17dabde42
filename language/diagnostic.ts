// A problem found in a scheme, as data. Every stage (lexer, parser, checker) returns these;
// compiler/diagnostics/ is the one place that turns them into words (zh-CN and English).
import type { Span } from "./ast.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  /** Stable code, e.g. "E101". Its words live in compiler/messages/ under the same code. */
  code: string;
  severity: Severity;
  span: Span;
  /** Values the message template names: item titles, names, numbers, the expected token. */
  args: Record<string, string | number>;
  /** Other places involved (the first definition of a duplicate, the parent section, …). */
  related: Array<{ span: Span; code: string; args: Record<string, string | number> }>;
  /** Names offered as "did you mean …?", best first. */
  suggestions: string[];
}
