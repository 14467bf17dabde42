// What every renderer shares: the changes grouped by the place they are about (the scheme, a pool,
// a section or item), in the order the diff lists them, with a heading and a sign for each change.
import { message, type Lang } from "../../../compiler/messages/index.js";
import type { Change, Place } from "../model.js";

export interface Group {
  /** The place in the new edition, else the old one (a removed node). */
  place: Place;
  old: Place | null;
  new: Place | null;
  changes: Change[];
}

export function groups(changes: Change[]): Group[] {
  const out: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const c of changes) {
    const place = (c.new ?? c.old)!;
    const key = c.new ? `new:${c.new.anchor}` : `old:${c.old!.anchor}`;
    let g = byKey.get(key);
    if (!g) {
      g = { place, old: c.old, new: c.new, changes: [] };
      byKey.set(key, g);
      out.push(g);
    }
    g.old ??= c.old;
    g.new ??= c.new;
    g.changes.push(c);
  }
  return out;
}

/** "+" added, "−" removed, "~" changed. */
export function sign(c: Change): "+" | "−" | "~" {
  if (c.what.startsWith("added") || c.what === "star-added" || c.what === "na-allowed") return "+";
  if (c.what === "removed") return "−";
  return "~";
}

export function heading(g: Group, lang: Lang): string {
  const p = g.place;
  if (p.anchor === "scheme") return message("diff.head.scheme", {}, lang);
  if (p.anchor.startsWith("pool:")) return message("diff.head.pool", { title: p.path[0] ?? "" }, lang);
  const title = p.path.join(" › ");
  const last = p.path[p.path.length - 1];
  return p.id !== null && p.id !== last ? message("diff.head.node-id", { title, id: p.id }, lang) : title;
}

/** "旧版第 12 行 → 新版第 14 行". */
export function lines(g: Group, lang: Lang): string {
  const parts: string[] = [];
  if (g.old) parts.push(message("diff.head.old-line", { line: g.old.line }, lang));
  if (g.new) parts.push(message("diff.head.new-line", { line: g.new.line }, lang));
  return parts.join(lang === "zh-CN" ? "，" : ", ");
}
