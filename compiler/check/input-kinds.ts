// Inputs limited to some unit kinds (`输入 成绩 分数 适用 政府部门`): a unit of another kind does
// not submit them, so no rule may read one for such a unit (E610). A rule reads an input for the
// kinds of its item, except inside a branch whose condition cannot hold for a kind (`若 单位类别 =
// 政府部门 { … }` is read by 政府部门 units only). A veto reads its inputs for the kinds of the node
// it is written in (every kind at the top level). Likewise a per-unit column a unit of the kind
// leaves empty in its table (`/`) is read by no rule for that kind (E611).
import type * as IR from "../ir.js";
import { evalExpr } from "./abstract.js";
import { unitKindsOf } from "./applies.js";
import { clauseParts, walkExpr } from "./cases.js";
import { findInput, makeEnv } from "./env.js";
import type { InputInfo, Model } from "./model.js";

/** The inputs an expression or a clause reads directly (not inside a branch's sides). */
function readsOf(exprs: IR.Expr[], refs: IR.InputRef[]): IR.InputRef[] {
  const found = [...refs];
  for (const e of exprs)
    walkExpr(e, (x) => {
      if (x.k === "input" || x.k === "element" || x.k === "checked" || x.k === "missing") found.push(x.ref);
      // a per-unit column, as a ref with no item and a name no input can have
      if (x.k === "column") found.push({ item: COLUMN, name: x.name });
    });
  return found;
}

/** The `item` of a column read in readsOf's list. */
const COLUMN = "\u0000column";

interface Read {
  ref: IR.InputRef;
  clause: IR.Clause;
}

/** The inputs the clauses read for units of `kind`: a branch's side counts only where its
 *  condition can go that way for the kind. */
function readsFor(clauses: IR.Clause[], kind: string, m: Model): Read[] {
  const env = makeEnv(m, kind);
  const out: Read[] = [];
  const visit = (c: IR.Clause): void => {
    if (c.k === "branch") {
      for (const ref of readsOf([c.cond], [])) out.push({ ref, clause: c });
      const holds = evalExpr(c.cond, env);
      const canTrue = holds.t !== "bool" || holds.canTrue;
      const canFalse = holds.t !== "bool" || holds.canFalse;
      if (canTrue) c.then.forEach(visit);
      if (canFalse) c.otherwise.forEach(visit);
    } else if (c.k === "part") c.clauses.forEach(visit);
    else {
      const { exprs, refs } = clauseParts(c);
      for (const ref of readsOf(exprs, refs)) out.push({ ref, clause: c });
    }
  };
  clauses.forEach(visit);
  return out;
}

interface Place {
  key: string;
  span: IR.Clause["span"];
}

/** E610 once per place and limited input, naming the kinds whose units it would be read for. */
function reportMissing(reads: Array<{ ref: IR.InputRef; at: Place; kind: string }>, m: Model, seen: Set<string>): void {
  const found = new Map<string, { input: InputInfo; at: Place; kinds: string[] }>();
  for (const { ref, at, kind } of reads) {
    if (ref.item === COLUMN) {
      unsetColumn(ref.name, kind, at, m, seen);
      continue;
    }
    const input = findInput(ref, m);
    if (!input?.appliesTo || input.appliesTo.includes(kind)) continue;
    const key = `${at.key}\u0000${ref.item ?? ""}\u0000${ref.name}`;
    const entry = found.get(key) ?? { input, at, kinds: [] };
    if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
    found.set(key, entry);
  }
  for (const { input, at, kinds } of found.values())
    m.ctx.error("E610", at.span, {
      input: input.name,
      kinds: (input.appliesTo ?? []).join("、"),
      others: kinds.join("、"),
    });
}

/** E611 once per place and column: a rule reads a column some unit of the kind leaves empty (`/`). */
function unsetColumn(column: string, kind: string, at: Place, m: Model, seen: Set<string>): void {
  const units = m.unsetCells.filter((c) => c.column === column && c.kind === kind).map((c) => c.unit);
  const key = `${at.key}\u0000${column}`;
  if (units.length === 0 || seen.has(key)) return;
  seen.add(key);
  m.ctx.error("E611", at.span, { column, units: units.join("、") });
}

export function checkInputKinds(m: Model): void {
  if (m.unitKinds.length === 0) return;
  const seen = new Set<string>();
  const inputs = [...m.facts.values(), ...m.items.flatMap((i) => [...i.inputs.values()])];
  if (!inputs.some((i) => i.appliesTo) && m.unsetCells.length === 0) return;
  for (const item of m.items)
    m.ctx.within(item.title, () => {
      const reads = unitKindsOf(item, m).flatMap((kind) =>
        readsFor(item.clauses, kind!, m).map((r) => ({ ref: r.ref, at: { key: r.clause.id, span: r.clause.span }, kind: kind! })),
      );
      reportMissing(reads, m, seen);
    });
  m.vetoes.forEach((veto, n) => {
    const cond = veto.cond;
    if (!cond) return;
    const kinds = veto.declaredIn ? unitKindsOf(veto.declaredIn, m) : m.unitKinds.map((k) => k.id);
    const at = { key: `veto#${n}`, span: veto.decl.span };
    const reads = kinds.flatMap((kind) => readsOf([cond], []).map((ref) => ({ ref, at, kind: kind! })));
    m.ctx.within(veto.declaredIn?.kind === "item" ? veto.declaredIn.title : null, () => reportMissing(reads, m, seen));
  });
}
