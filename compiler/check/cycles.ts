// `得分(x)` references between items: no item may depend on its own score (E208), and the
// evaluation order scores every item before any item that reads it.
import type { ItemInfo, Model } from "./model.js";

/** Items in evaluation order, and the items on a reference cycle (whose budgets cannot be proven). */
export function evaluationOrder(m: Model): { order: string[]; cyclic: Set<string> } {
  const order: string[] = [];
  const cyclic = new Set<string>();
  const state = new Map<string, "visiting" | "done">();
  const reported = new Set<string>();
  const visit = (item: ItemInfo, path: ItemInfo[]): void => {
    const s = state.get(item.id);
    if (s === "done") return;
    if (s === "visiting") {
      const cycle = [...path.slice(path.indexOf(item)), item];
      for (const i of cycle) cyclic.add(i.id);
      const key = cycle
        .map((i) => i.id)
        .sort()
        .join("\u0000");
      if (reported.has(key)) return;
      reported.add(key);
      const from = cycle[cycle.length - 2]!;
      const read = from.reads.find((r) => r.item === item.id)!;
      m.ctx.error("E208", read.span, { item: from.title, cycle: cycle.map((i) => `“${i.title}”`).join(" → ") });
      return;
    }
    state.set(item.id, "visiting");
    for (const r of item.reads) {
      const target = m.nodesById.get(r.item);
      if (target?.kind === "item") visit(target, [...path, item]);
    }
    state.set(item.id, "done");
    order.push(item.id);
  };
  for (const item of m.items) visit(item, []);
  return { order, cyclic };
}

/** An item that reads the score of an item needing the other units needs them too. */
export function propagateCrossUnit(order: string[], m: Model): void {
  for (const id of order) {
    const item = m.nodesById.get(id);
    if (item?.kind !== "item") continue;
    if (
      item.reads.some((r) => {
        const t = m.nodesById.get(r.item);
        return t?.kind === "item" && t.crossUnit;
      })
    )
      item.crossUnit = true;
  }
}
