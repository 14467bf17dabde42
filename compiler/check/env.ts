// The values the model's inputs, columns and items can take, as an environment for abstract
// evaluation; some inputs may be fixed to one value (a case of the budget's case split).
import type * as IR from "../ir.js";
import type { AbstractEnv, AValue } from "./abstract.js";
import { UNBOUNDED } from "./interval.js";
import type { InputInfo, Model } from "./model.js";
import { Rational } from "./rational.js";

export const UNIT_KIND_KEY = "\u0000单位类别";

export function inputKey(ref: IR.InputRef): string {
  return `${ref.item ?? ""}\u0000${ref.name}`;
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

export function makeEnv(m: Model, fixed: Map<string, AValue> = new Map()): AbstractEnv {
  return {
    input: (ref) => fixed.get(inputKey(ref)) ?? inputValue(findInput(ref, m)),
    column: (name) => {
      const values = m.columns.get(name)?.values ?? [];
      if (values.length === 0) return { t: "num", iv: UNBOUNDED };
      return { t: "num", iv: { lo: values.reduce(Rational.min), hi: values.reduce(Rational.max) } };
    },
    unitKind: () => fixed.get(UNIT_KIND_KEY) ?? { t: "label", values: null },
    itemScore: (id) => m.nodesById.get(id)?.range ?? UNBOUNDED,
    gradeShare: (label) => m.grades?.find((g) => g.label === label)?.share ?? null,
    gradeLabels: () => (m.grades ?? []).map((g) => g.label),
    optionLabels: (ref) => {
      const type = findInput(ref, m)?.type;
      return type?.kind === "option" ? type.options : [];
    },
  };
}
