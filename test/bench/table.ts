// The one table every bench suite reports into: a figure, the baseline it is compared with (measured
// in the same run), their ratio, the aim and whether it is met. Absolute times on these machines are
// noisy; ratios against a same-run baseline are what the aims are written in.

export interface BenchRow {
  /** What was measured, e.g. "seed 000 totals: generated vs minimal hand-written". */
  figure: string;
  /** The measured value in words, e.g. "1.2 M units/s" or "3.4 ms". */
  value: string;
  /** The baseline in words, or "" where the aim is absolute (a size, a wall time on this machine). */
  baseline: string;
  /** figure ÷ baseline (or the absolute figure), as printed, e.g. "2.4×". */
  ratio: string;
  /** The aim in words, e.g. "≤ 3×" or "< 300 KB". */
  aim: string;
  met: boolean;
}

export interface BenchOptions {
  /** `npm run bench -- --quick`: smaller sizes, the whole run under a minute. */
  quick: boolean;
}

/** A suite measures one area and returns its rows; it throws when two implementations disagree. */
export type BenchSuite = (options: BenchOptions) => Promise<BenchRow[]>;

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - width(text)));
}

/** The rows as an aligned plain-text table. */
export function formatTable(rows: BenchRow[]): string {
  const head = ["figure", "value", "baseline", "ratio", "aim", "met"];
  const cells = rows.map((r) => [r.figure, r.value, r.baseline, r.ratio, r.aim, r.met ? "yes" : "NO"]);
  const widths = head.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]!))));
  const line = (c: string[]) => c.map((x, i) => pad(x, widths[i]!)).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}
