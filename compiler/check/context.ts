// What every check function shares: the source text (for clause texts and spans) and the
// diagnostics collected so far. Checks report problems as data; compiler/diagnostics/ words them.
import type { Span } from "../../language/ast.js";
import type { Diagnostic, Severity } from "../../language/diagnostic.js";

export type Args = Record<string, string | number>;
export type Related = Diagnostic["related"][number];

export interface ReportOptions {
  /** Picks one of the code's message templates ("E301.rate-bare"). */
  variant?: string;
  related?: Related[];
  suggestions?: string[];
}

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];
  /** The title of the item being checked: every diagnostic names it (args.item). */
  private item: string | null = null;

  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  error(code: string, span: Span, args: Args = {}, options: ReportOptions = {}): void {
    this.report("error", code, span, args, options);
  }

  warning(code: string, span: Span, args: Args = {}, options: ReportOptions = {}): void {
    this.report("warning", code, span, args, options);
  }

  /** Runs `check` with every diagnostic it reports naming the item. */
  within<T>(itemTitle: string | null, check: () => T): T {
    const outer = this.item;
    this.item = itemTitle;
    try {
      return check();
    } finally {
      this.item = outer;
    }
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }

  /** The source text of a span, as written. */
  slice(span: Span): string {
    return this.text.slice(span.start.offset, span.end.offset);
  }

  private report(severity: Severity, code: string, span: Span, args: Args, options: ReportOptions): void {
    this.diagnostics.push({
      code,
      severity,
      span,
      args: {
        ...(this.item !== null && !("item" in args) ? { item: this.item } : {}),
        ...args,
        ...(options.variant ? { variant: options.variant } : {}),
      },
      related: options.related ?? [],
      suggestions: options.suggestions ?? [],
    });
  }
}

/** A related place worded by a note template (`note.*` in compiler/messages/check.ts). */
export function note(key: string, span: Span, args: Args = {}): Related {
  return { span, code: key, args };
}

/** The span from the start of `a` to the end of `b`. */
export function join(a: Span, b: Span): Span {
  return { file: a.file, start: a.start, end: b.end };
}
