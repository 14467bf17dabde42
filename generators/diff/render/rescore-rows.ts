// The rescore as rows of cells (for the terminal table, Markdown and HTML) and the list of units
// that could not be compared, in words.
import { renderTable } from "../../../compiler/cli/table.js";
import { flagWords } from "../../../compiler/cli/flags.js";
import { message, type Lang } from "../../../compiler/messages/index.js";
import type { RescoreResult, Standing } from "../rescore.js";

export interface RescoreRows {
  title: string;
  note: string;
  cells: string[][];
  /** The cells as an aligned terminal table. */
  table: string;
  notComparable: string[];
}

/** The rank, and the places in the other named rankings: "2（开发区 1）". */
function rank(s: Standing, lang: Lang): string {
  const first = s.rank === null ? "—" : String(s.rank);
  const others = Object.entries(s.ranks).map(([id, r]) => `${id} ${r === null ? "—" : r}`);
  if (others.length === 0) return first;
  return message("diff.rescore.other-ranks", { rank: first, others: others.join(lang === "zh-CN" ? "、" : ", ") }, lang);
}
const signed = (d: string) => (d.startsWith("-") ? `−${d.slice(1)}` : d === "0" ? "0" : `+${d}`);

export function rescoreRows(r: RescoreResult, lang: Lang): RescoreRows {
  const w = (code: string, args: Record<string, string | number> = {}) => message(code, args, lang);
  const head = ["unit", "old-total", "new-total", "change", "old-rank", "new-rank", "old-marks", "new-marks", "flag"].map((c) =>
    w(`diff.rescore.col.${c}`),
  );
  const notScored = w("score.flag.not-scored");
  const body = r.units.map((u) => [
    u.unit,
    u.old.total ?? notScored,
    u.new.total ?? notScored,
    u.change === null ? "—" : signed(u.change),
    rank(u.old, lang),
    rank(u.new, lang),
    flagWords(u.old.marks, (id) => r.titles.old[id] ?? id, lang),
    flagWords(u.new.marks, (id) => r.titles.new[id] ?? id, lang),
    u.flagged ? w("diff.rescore.flagged") : "",
  ]);
  const cells = [head, ...body];
  const notComparable: string[] = [];
  if (r.notComparable.length > 0) {
    notComparable.push("", w("diff.rescore.not-comparable", { count: r.notComparable.length }));
    for (const n of r.notComparable) {
      notComparable.push(w(`diff.rescore.unit-${n.edition}`, { unit: n.unit }));
      for (const p of n.problems) notComparable.push(`    [${p.code}] ${p.path === "" ? "" : p.path + " "}${p.message[lang]}`);
    }
  }
  return {
    title: w("diff.rescore.title", { count: r.units.length }),
    note: w("diff.rescore.note"),
    cells,
    table: r.units.length === 0 ? w("diff.rescore.none") : renderTable(cells, ["left", "right", "right", "right", "right", "right", "left", "left", "left"]),
    notComparable,
  };
}
