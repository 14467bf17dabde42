// A table of declared names that reports a second declaration of the same name (E202),
// pointing at the first.
import type { Span } from "../../language/ast.js";
import { type CheckContext, note } from "./context.js";

export class NameTable<T> {
  private readonly entries = new Map<string, { value: T; span: Span }>();

  /** `what` names the kind of thing in messages, e.g. "@what.input". */
  constructor(
    private readonly ctx: CheckContext,
    private readonly what: string,
  ) {}

  /** Adds the name; a duplicate is reported and not added. */
  add(name: string, span: Span, value: T): boolean {
    const first = this.entries.get(name);
    if (first) {
      this.ctx.error(
        "E202",
        span,
        { name, what: this.what },
        { related: [note("note.first-declared", first.span, { name })] },
      );
      return false;
    }
    this.entries.set(name, { value, span });
    return true;
  }

  get(name: string): T | undefined {
    return this.entries.get(name)?.value;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  values(): T[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  map(): Map<string, T> {
    return new Map([...this.entries].map(([k, e]) => [k, e.value]));
  }
}

/** Reports a declaration that may be written once (E202, variant "twice"). */
export function once<T extends { span: Span }>(ctx: CheckContext, decls: T[], what: string): T | null {
  for (const extra of decls.slice(1))
    ctx.error(
      "E202",
      extra.span,
      { what },
      { variant: "twice", related: [note("note.first-declared", decls[0]!.span, { name: "" })] },
    );
  return decls[0] ?? null;
}
