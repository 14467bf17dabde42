// Rows of text as a terminal table (columns padded by display width: 汉字 take two columns) or
// as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled).
import { displayWidth } from "../diagnostics/width.js";

export type Align = "left" | "right";

export function renderTable(rows: string[][], align: Align[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - displayWidth(cell));
        return align[i] === "right" ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const [head, ...body] = rows;
  if (head === undefined) return "";
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(head), rule, ...body.map(line)].join("\n") + "\n";
}

export function toCsv(rows: string[][]): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
