// Scheme-wide rules that follow from what the items use: N/A needs a policy (E601), dividing
// needs a rounding (E602), every input is read by some rule unless it is text or evidence (W701).
import { note } from "./context.js";
import type { InputInfo, Model } from "./model.js";

/** E601: `可无此项` on an item, and no `无此项 按 …` in the scheme. */
export function checkNaPolicy(m: Model): void {
  if (m.naPolicy) return;
  for (const item of m.items) if (item.decl.allowNa) m.ctx.error("E601", item.headSpan, { item: item.title });
}

/** E602: the scheme divides somewhere and declares no `舍入`. */
export function checkRounding(m: Model): void {
  if (m.rounding || m.divisions.length === 0) return;
  const [first, ...rest] = [...m.divisions].sort((a, b) => a.start.offset - b.start.offset);
  m.ctx.error(
    "E602",
    first!,
    { text: m.ctx.slice(first!) },
    {
      related: rest.slice(0, 3).map((span) => note("note.divides-here", span, {})),
    },
  );
}

/** W701: an input no rule reads. Text and evidence are collected, not scored, and never warned. */
export function checkUnusedInputs(m: Model): void {
  const all: Array<{ input: InputInfo; where: string }> = [
    ...[...m.facts.values()].map((input) => ({ input, where: "" })),
    ...m.items.flatMap((item) => [...item.inputs.values()].map((input) => ({ input, where: item.title }))),
  ];
  for (const { input, where } of all) {
    if (input.used || input.type.kind === "text" || input.type.kind === "evidence") continue;
    m.ctx.warning(
      "W701",
      input.decl.name.span,
      { input: input.name, item: where },
      { variant: where ? "item" : "fact" },
    );
  }
}
