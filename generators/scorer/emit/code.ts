// Building blocks for the code the generator writes: module-level constants (exact decimals,
// lists) shared by all generated functions, and the body of one generated function.
import { dec, toDecimal } from "../runtime/decimal.js";
import { render, tellCode, type Bi, type Call } from "./text.js";

/** Module-level constants of scorer.js, each declared once: `const Q_0_8 = dec("0.8");`. */
export class Constants {
  private readonly decimals = new Map<string, string>();
  private readonly others: Array<[string, string]> = [];

  /**
   * An exact decimal in code: a whole number (a safe integer) as itself — the runtime holds a
   * whole number as a plain JavaScript number, so `3` is what `dec("3")` gives — and a fraction
   * by the name of the constant holding it.
   */
  q(value: string): string {
    const canonical = toDecimal(dec(value))!;
    if (/^-?\d+$/.test(canonical) && Number.isSafeInteger(Number(canonical))) return canonical;
    let name = this.decimals.get(canonical);
    if (name === undefined) {
      name = "Q_" + canonical.replace("-", "m").replace(".", "_");
      this.decimals.set(canonical, name);
    }
    return name;
  }

  /** A constant holding any other value, named with a prefix and a number. */
  other(prefix: string, code: string): string {
    const found = this.others.find(([, c]) => c === code);
    if (found) return found[0];
    const name = `${prefix}_${this.others.length}`;
    this.others.push([name, code]);
    return name;
  }

  declarations(): string {
    const decimals = [...this.decimals].map(([value, name]) => `const ${name} = dec(${JSON.stringify(value)});`);
    const others = this.others.map(([name, code]) => `const ${name} = ${code};`);
    return [...decimals, ...others].join("\n");
  }
}

/** The body of one generated function: temporaries are numbered, statements kept in order. */
export class Body {
  readonly lines: string[] = [];

  constructor(
    readonly constants: Constants,
    private readonly counter = { next: 0 },
  ) {}

  /** The body of a block inside this one (a loop): its names never hide this one's. */
  block(): Body {
    return new Body(this.constants, this.counter);
  }

  /** Declares `const t<n> = <init>;` and returns its name. */
  let(init: string, prefix = "t"): string {
    const name = `${prefix}${++this.counter.next}`;
    this.lines.push(`const ${name} = ${init};`);
    return name;
  }

  /** A fresh name for a variable the caller declares. */
  name(prefix: string): string {
    return `${prefix}${++this.counter.next}`;
  }

  push(...statements: string[]): void {
    this.lines.push(...statements);
  }

  /** One line of explanation, written only when the function is asked for words (W, the lines). */
  say(line: Bi): string {
    return `if (W) {\nW.zh.push(${render(line[0])});\nW.en.push(${render(line[1])});\n}`;
  }

  /** One line of explanation by a template (the first case whose `when` holds, the last's null),
   *  said only when the function is asked for words (W). */
  tell(line: Call | ReadonlyArray<{ when: string | null; line: Call }>): string {
    return `if (W) ${tellCode("code" in line ? [{ when: null, line }] : line)}`;
  }

  text(): string {
    return this.lines.join("\n");
  }
}
