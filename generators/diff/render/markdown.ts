// The diff as Markdown (for a note, a ticket or a wiki page): the summary, one heading per place
// with its changes as a list, and the rescore as a table. Scheme text is escaped.
import type { Lang } from "../../../compiler/messages/index.js";
import type { SchemeDiff } from "../model.js";
import type { RescoreResult } from "../rescore.js";
import { groups, heading, lines, sign } from "./groups.js";
import { rescoreRows } from "./rescore-rows.js";
import { summary } from "./text.js";

/** Markdown's own characters written as text. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, (c) => `\\${c}`).replace(/\n/g, " ");
}

export function renderMarkdown(diff: SchemeDiff, lang: Lang, rescore?: RescoreResult): string {
  const out = [`# ${md(summary(diff, lang))}`];
  for (const g of groups(diff.changes)) {
    out.push("", `## ${md(heading(g, lang))}`, "", `*${md(lines(g, lang))}*`, "");
    for (const c of g.changes) out.push(`- ${md(sign(c))} ${md(c.message[lang])}`);
  }
  if (rescore) {
    const r = rescoreRows(rescore, lang);
    out.push("", `## ${md(r.title)}`, "", md(r.note), "");
    if (rescore.units.length > 0) {
      const [head, ...body] = r.cells;
      out.push(`| ${head!.map(md).join(" | ")} |`, `|${head!.map((_, i) => (i === 0 || i >= 6 ? " --- " : " ---: ")).join("|")}|`);
      for (const row of body) out.push(`| ${row.map(md).join(" | ")} |`);
    } else out.push(md(r.table));
    for (const line of r.notComparable.filter((l) => l !== "")) out.push("", `> ${md(line.trim())}`);
  }
  return out.join("\n") + "\n";
}
