// The values the model's inputs, columns and items can take for units of one kind (or of any
// kind), as an environment for abstract evaluation; some inputs may be fixed to one value (a case
// of the budget's case split).
import type * as IR from "../ir.js";
import type { AbstractEnv, AValue } from "./abstract.js";
import { rangeFor } from "./applies.js";
import { add, type Interval, UNBOUNDED, ZERO_INTERVAL } from "./interval.js";
import type { InputInfo, Model } from "./model.js";
import { Rational } from "./rational.js";

export function inputKey(ref: IR.InputRef): string {
  return `${ref.item ?? ""}\u0000${ref.name}`;
}

/** The key under which a case of the rating check fixes the unit's total (no input key is empty
 *  on both sides of the separator). */
export const TOTAL_KEY = "\u0000";

/** The final total's range: the sum of the pools' (set by the pool budgets; unbounded before). */
export function totalRange(m: Model): Interval {
  return m.pools.map((p) => p.range ?? UNBOUNDED).reduce(add, ZERO_INTERVAL);
}

export function findInput(ref: IR.InputRef, m: Model): InputInfo | undefined {
  if (ref.item === null) return m.facts.get(ref.name);
  const node = m.nodesById.get(ref.item);
  return node?.kind === "item" ? node.inputs.get(ref.name) : undefined;
}

function inputValue(info: InputInfo | undefined): AValue {
  if (!info) return { t: "num", iv: UNBOUNDED };
  switch (info.type.kind) {
    case "bool":
      return { t: "bool", canTrue: true, canFalse: true };
    case "option":
    case "grade":
    case "text":
    case "evidence":
      return { t: "label", values: null };
    case "checklist":
      return { t: "num", iv: { lo: Rational.int(0), hi: Rational.int(info.type.elements.length) } };
    default:
      return { t: "num", iv: info.range };
  }
}

/** `kind`: the kind of the units evaluated; null for units of any kind. */
export function makeEnv(m: Model, kind: string | null, fixed: Map<string, AValue> = new Map()): AbstractEnv {
  return {
    input: (ref) => fixed.get(inputKey(ref)) ?? inputValue(findInput(ref, m)),
    column: (name) => {
      const values = (m.columns.get(name)?.values ?? []).filter((v) => kind === null || v.kind === kind);
      if (values.length === 0) return { t: "num", iv: UNBOUNDED };
      const figures = values.map((v) => v.value);
      return { t: "num", iv: { lo: figures.reduce(Rational.min), hi: figures.reduce(Rational.max) } };
    },
    unitKind: () => ({ t: "label", values: kind === null ? null : [kind] }),
    total: () => {
      const fixedTotal = fixed.get(TOTAL_KEY);
      return fixedTotal?.t === "num" ? fixedTotal.iv : totalRange(m);
    },
    unitName: () => {
      const open = kind === null || m.unitKinds.some((k) => k.id === kind && k.open);
      return { t: "label", values: open ? null : m.units.filter((u) => u.kind === kind).map((u) => u.name) };
    },
    itemScore: (id) => {
      const node = m.nodesById.get(id);
      return node ? rangeFor(node, kind) : UNBOUNDED;
    },
    gradeShare: (label) => m.grades?.find((g) => g.label === label)?.share ?? null,
    gradeLabels: () => (m.grades ?? []).map((g) => g.label),
    atMost: (a, b) => m.atMost.has(`${inputKey(a)}|${inputKey(b)}`),
    dimensionSize: (id) => m.dimensions.get(id)?.elements?.length ?? null,
    optionLabels: (ref) => {
      const type = findInput(ref, m)?.type;
      return type?.kind === "option" ? type.options : [];
    },
  };
}
