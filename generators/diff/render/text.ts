// The diff for a terminal: a title line, then each place with its changes, signed + − ~.
// Colour (green, red, yellow) only when asked, i.e. when stdout is a terminal.
import { message, type Lang } from "../../../compiler/messages/index.js";
import type { SchemeDiff } from "../model.js";
import type { RescoreResult } from "../rescore.js";
import { groups, heading, lines, sign } from "./groups.js";
import { rescoreRows } from "./rescore-rows.js";

const COLOURS = { "+": "\x1b[32m", "−": "\x1b[31m", "~": "\x1b[33m" } as const;
const BOLD = "\x1b[1m";
const RESET = "\x1b[0m";

export function renderText(diff: SchemeDiff, lang: Lang, options: { colour: boolean; rescore?: RescoreResult }): string {
  const paint = (code: string, s: string) => (options.colour ? `${code}${s}${RESET}` : s);
  const out = [summary(diff, lang)];
  for (const g of groups(diff.changes)) {
    out.push("", `${paint(BOLD, heading(g, lang))}  (${lines(g, lang)})`);
    for (const c of g.changes) {
      const s = sign(c);
      out.push(`  ${paint(COLOURS[s], s)} ${c.message[lang]}`);
    }
  }
  if (options.rescore) {
    const r = rescoreRows(options.rescore, lang);
    out.push("", paint(BOLD, r.title), r.note, "", r.table);
    for (const line of r.notComparable) out.push(line);
  }
  return out.join("\n") + "\n";
}

export function summary(diff: SchemeDiff, lang: Lang): string {
  const args = { old: diff.old.title, new: diff.new.title, count: diff.changes.length, oldFile: diff.old.file, newFile: diff.new.file };
  return message(diff.changes.length === 0 ? "diff.summary.none" : "diff.summary", args, lang);
}
