// fast-check arbitraries for submissions to any scheme, from its IR:
//   validSubmission(ir)    what a unit may submit (every value within the scheme's rules; only the
//                          items that apply to the unit's kind, 适用)
//   validBatch(ir)         valid submissions of distinct units, to be scored together
//   invalidSubmission(ir)  a valid submission with one thing broken, so it must be refused
// Values are plain JSON-like data (invalid ones may also hold NaN, Infinity or an own __proto__).
import fc from "fast-check";
import type { Input, Item, SchemeIR } from "../../compiler/ir.js";
import { numericBounds } from "../../generators/schema/inputs.js";
import { absentKinds, items, kindRequired, targetMode, targetOf } from "../../generators/schema/schema.js";

export type Entry = Record<string, unknown>;
export interface Content {
  items: Record<string, Entry>;
  notApplicable?: string[];
}
export interface Submission {
  unit: { name: string; kind?: string; target?: number };
  facts?: Entry;
  items?: Record<string, Entry>;
  notApplicable?: string[];
  forms?: Record<string, Content>;
}

const UNIT_NAMES = ["通川区", "市人社局", "市住建局", "利州区交通运输局", "Unit A"];
const notBlank = (s: string) => /\S/u.test(s);
const text = fc.string({ unit: "grapheme", maxLength: 20 });
const nonBlankText = text.map((s) => (notBlank(s) ? s : `说明${s}`));

/** A number in [min, max] with at most two decimals (whole for integers), bounds included. */
function numberIn(input: Input): fc.Arbitrary<number> {
  const b = numericBounds(input)!;
  const scale = b.integer ? 1 : 100;
  const lo = Math.ceil(Number(b.min) * scale);
  const hi = b.max === null ? lo + 1_000_000 * scale : Math.floor(Number(b.max) * scale);
  const edges = [Number(b.min), ...(b.max === null ? [] : [Number(b.max)])];
  return fc.oneof(fc.constantFrom(...edges), fc.integer({ min: lo, max: hi }).map((n) => n / scale));
}

export function validValue(input: Input): fc.Arbitrary<unknown> {
  const list = input.list;
  if (list === null) return validElement(input);
  if (list.elements === null) return fc.array(validElement(input), { maxLength: 4 });
  return fc.record(Object.fromEntries(list.elements.map((e) => [e, validElement(input)])));
}

/** One value of the input (each element's, for a list). */
function validElement(input: Input): fc.Arbitrary<unknown> {
  const t = input.type;
  switch (t.kind) {
    case "bool":
      return fc.boolean();
    case "count":
    case "rate":
    case "number":
    case "amount":
    case "rank":
    case "score":
      return numberIn(input);
    case "option":
      return fc.constantFrom(...t.options);
    case "grade":
      return fc.constantFrom(...t.levels);
    case "checklist":
      return fc.shuffledSubarray(t.elements);
    case "text":
      return input.required ? nonBlankText : text;
    case "evidence":
      return fc.array(nonBlankText, { minLength: input.required ? 1 : 0, maxLength: 3 });
  }
}

/** Whether a unit of this kind reports the input (`输入 … 适用`; a unit of no known kind: every input). */
export function reports(input: Input, kind: string | null): boolean {
  return kind === null || input.appliesTo === null || input.appliesTo.includes(kind);
}

/** Values for the inputs a unit of `kind` reports (undefined: every input). */
function inputsRecord(all: Input[], kind?: string | null): fc.Arbitrary<Entry> {
  const inputs = kind === undefined ? all : all.filter((i) => reports(i, kind));
  return fc.record(Object.fromEntries(inputs.map((i) => [i.name, validValue(i)])), {
    requiredKeys: inputs.filter((i) => i.required).map((i) => i.name),
  }) as fc.Arbitrary<Entry>;
}

const needed = (item: Item, kind: string | null) => item.inputs.some((i) => i.required && reports(i, kind));

/** The unit's kind as the scheme sees it: from its list of units, else as submitted (or the only one). */
export function kindOf(ir: SchemeIR, unit: { name?: unknown; kind?: unknown }): string | null {
  const listed = ir.units.find((u) => u.name === unit.name);
  if (listed) return listed.kind;
  if (typeof unit.kind === "string") return unit.kind;
  return ir.unitKinds.length === 1 ? ir.unitKinds[0]!.id : null;
}

/** Whether an item applies to a unit of this kind (a unit of no known kind: every item). */
export function appliesTo(ir: SchemeIR, item: Item, kind: string | null): boolean {
  return kind === null || !absentKinds(ir, item).includes(kind);
}

function validContent(ir: SchemeIR, kind: string | null): fc.Arbitrary<Content> {
  const all = items(ir).filter((i) => appliesTo(ir, i, kind));
  const naIds = all.filter((i) => i.allowNa).map((i) => i.id);
  return fc.tuple(fc.shuffledSubarray(naIds), fc.boolean()).chain(([na, listEmpty]) => {
    const applicable = all.filter((i) => !na.includes(i.id));
    const entries = fc.record(Object.fromEntries(applicable.map((i) => [i.id, inputsRecord(i.inputs, kind)])), {
      requiredKeys: applicable.filter((i) => needed(i, kind)).map((i) => i.id),
    });
    const withNa = naIds.length > 0 && (na.length > 0 || listEmpty);
    return entries.map((e): Content => (withNa ? { items: e, notApplicable: na } : { items: e }));
  });
}

/** The kinds a unit of this name may be: its listed kind, or any declared kind (null: none declared). */
function kindsFor(ir: SchemeIR, name: string): fc.Arbitrary<string | null> {
  const listed = ir.units.find((u) => u.name === name);
  if (listed) return fc.constant(listed.kind);
  return ir.unitKinds.length > 0 ? fc.constantFrom(...ir.unitKinds.map((k) => k.id)) : fc.constant(null);
}

function unitFor(ir: SchemeIR, name: string, kind: string | null): fc.Arbitrary<Submission["unit"]> {
  const listed = ir.units.find((u) => u.name === name);
  const mode = targetMode(ir);
  const targetNeeded = mode === "submitted" || (listed !== undefined && targetOf(ir, listed) === "submitted");
  const model: Record<string, fc.Arbitrary<unknown>> = { name: fc.constant(name), kind: kind === null ? nonBlankText : fc.constant(kind) };
  if (targetNeeded) model.target = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 10);
  const requiredKeys = ["name", ...(kindRequired(ir) ? ["kind"] : []), ...(targetNeeded ? ["target"] : [])];
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Submission["unit"]>;
}

function unitName(ir: SchemeIR): fc.Arbitrary<string> {
  return ir.units.length > 0 ? fc.constantFrom(...ir.units.map((u) => u.name)) : fc.oneof(fc.constantFrom(...UNIT_NAMES), nonBlankText);
}

function submissionOf(ir: SchemeIR, name: string): fc.Arbitrary<Submission> {
  return kindsFor(ir, name).chain((kind) => {
    const parts: Record<string, fc.Arbitrary<unknown>> = { unit: unitFor(ir, name, kind) };
    const required = ["unit"];
    if (ir.facts.length > 0) {
      parts.facts = inputsRecord(ir.facts, kind);
      if (ir.facts.some((f) => f.required && reports(f, kind))) required.push("facts");
    }
    if (ir.forms.length > 0) {
      parts.forms = fc.record(Object.fromEntries(ir.forms.map((f) => [f.id, validContent(ir, kind)])));
      required.push("forms");
      return fc.record(parts, { requiredKeys: required }) as unknown as fc.Arbitrary<Submission>;
    }
    return fc
      .tuple(fc.record(parts, { requiredKeys: required }), validContent(ir, kind))
      .map(([head, content]) => ({ ...head, ...content }) as Submission);
  });
}

/** Where a constraint's inputs are in a submission: the facts, or the item in each content. */
function entriesFor(s: Submission, item: string | null): Entry[] {
  if (item === null) return s.facts ? [s.facts] : [];
  const contents = s.forms ? Object.values(s.forms) : [s as Content];
  return contents.flatMap((c) => (c.items?.[item] ? [c.items[item]!] : []));
}

/**
 * The submission mended to keep the scheme's constraints (约束), in the two shapes the seeds write:
 * `a ≤ b` between two inputs (a is lowered to b) and `[若 yes/no 则] a ≥ constant` (a is raised to
 * the constant, a rate in its percent figure). Another shape is a gap in these tests: it throws.
 */
function keepConstraints(ir: SchemeIR, generated: Submission): Submission {
  const s = structuredClone(generated); // fast-check may replay a generated value: never mend it in place
  for (const c of ir.constraints) {
    const { claim, premise } = c;
    if (premise !== null && premise.k !== "input") throw new Error(`arbitrary.ts cannot keep ${c.text}`);
    if (claim.k !== "cmp" || claim.a.k !== "input" || !["<=", ">="].includes(claim.op))
      throw new Error(`arbitrary.ts cannot keep ${c.text}`);
    for (const entry of entriesFor(s, c.item)) {
      const facts = s.facts ?? {};
      const read = (ref: { item: string | null; name: string }) => (ref.item === null ? facts : entry)[ref.name];
      if (premise !== null && read(premise.ref) !== true) continue;
      const a = claim.a.ref.name;
      if (typeof entry[a] !== "number" && !(c.item === null && typeof facts[a] === "number")) continue;
      const target = c.item === null ? facts : entry;
      const value = target[a] as number;
      if (claim.b.k === "input") {
        const other = read(claim.b.ref);
        if (typeof other !== "number") continue;
        target[a] = claim.op === "<=" ? Math.min(value, other) : Math.max(value, other);
      } else if (claim.b.k === "const") {
        const input = (c.item === null ? ir.facts : items(ir).find((i) => i.id === c.item)!.inputs).find((i) => i.name === a)!;
        const bound = Number(claim.b.value) * (input.type.kind === "rate" ? 100 : 1);
        target[a] = claim.op === ">=" ? Math.max(value, bound) : Math.min(value, bound);
      } else throw new Error(`arbitrary.ts cannot keep ${c.text}`);
    }
  }
  return s;
}

export function validSubmission(ir: SchemeIR): fc.Arbitrary<Submission> {
  return unitName(ir)
    .chain((name) => submissionOf(ir, name))
    .map((s) => keepConstraints(ir, s));
}

/** Valid submissions of distinct units (at least one). */
export function validBatch(ir: SchemeIR, maxLength = 6): fc.Arbitrary<Submission[]> {
  const names =
    ir.units.length > 0
      ? fc.shuffledSubarray(ir.units.map((u) => u.name), { minLength: 1, maxLength: Math.min(maxLength, ir.units.length) })
      : fc.uniqueArray(fc.oneof(fc.constantFrom(...UNIT_NAMES), nonBlankText), { minLength: 1, maxLength });
  return names.chain((list) => fc.tuple(...list.map((n) => submissionOf(ir, n).map((s) => keepConstraints(ir, s)))));
}

// ---------------------------------------------------------------- invalid submissions

type Mutation = (s: Submission) => unknown;

/** A string that is none of `taken`. */
function absent(base: string, taken: readonly string[]): string {
  let s = base;
  while (taken.includes(s)) s += "？";
  return s;
}

/** Values that no input of this kind accepts: for a list, a list with one wrong element, a fixed
 *  list without an element or with one it does not have, or one value instead of a list. */
export function invalidValues(input: Input): unknown[] {
  const list = input.list;
  if (list === null) return invalidElements(input);
  const bad = invalidElements(input);
  if (list.elements === null) return [5, {}, ...bad.map((v) => [v])];
  const [first, ...rest] = list.elements;
  const good = validSample(input);
  const whole = Object.fromEntries(list.elements.map((e) => [e, good]));
  return [
    good,
    [good],
    Object.fromEntries(rest.map((e) => [e, good])),
    { ...whole, [absent("不存在的元素", list.elements)]: good },
    ...bad.map((v) => ({ ...whole, [first!]: v })),
  ];
}

/** A value the input accepts for each element. */
function validSample(input: Input): unknown {
  return input.type.kind === "bool" ? true : Number(numericBounds(input)!.min);
}

/** Values that no element of this input accepts. */
function invalidElements(input: Input): unknown[] {
  const t = input.type;
  const b = numericBounds(input);
  switch (t.kind) {
    case "bool":
      return ["是", 1, null, "true"];
    case "count":
    case "rate":
    case "number":
    case "amount":
    case "rank":
    case "score":
      return [
        "85",
        "NaN",
        "Infinity",
        NaN,
        Infinity,
        -Infinity,
        true,
        null,
        [],
        Number(b!.min) - 1,
        ...(b!.max === null ? [] : [Number(b!.max) + 1, Number(b!.max) + 20]),
        ...(b!.integer ? [Number(b!.min) + 0.5] : []),
      ];
    case "option":
      return [absent("不存在的选项", t.options), 1, true, null, [t.options[0]]];
    case "grade":
      return [absent("E", t.levels), 1, null];
    case "checklist":
      return [
        t.elements[0] ?? "x",
        [absent("不存在的项", t.elements)],
        [1],
        ...(t.elements.length > 0 ? [[t.elements[0], t.elements[0]]] : []),
      ];
    case "text":
      return [5, true, null, ...(input.required ? ["", "   "] : [])];
    case "evidence":
      return ["报告.pdf", [5], [""], ...(input.required ? [[]] : [])];
  }
}

/** The places where items are filled in: the submission itself, or each form. */
function contents(s: Submission): Content[] {
  return s.forms ? Object.values(s.forms) : [s as Content];
}

/** Make the item applicable (out of the N/A list) and give it an entry. */
function applicableEntry(content: Content, id: string): Entry {
  if (content.notApplicable) content.notApplicable = content.notApplicable.filter((n) => n !== id);
  return (content.items[id] ??= {});
}

function ownKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

function mutations(ir: SchemeIR): Array<fc.Arbitrary<Mutation>> {
  const all = items(ir);
  const naIds = all.filter((i) => i.allowNa).map((i) => i.id);
  const out: Array<fc.Arbitrary<Mutation>> = [
    fc.constantFrom<unknown>(null, 42, "提交", [], true).map((v) => () => v),
    fc.constantFrom("extra", "__proto__", "constructor", "prototype", "Items").map((key) => (s: Submission) => ownKey(s, key, 1)),
    fc.constant((s: Submission) => {
      const { unit: _unit, ...rest } = s;
      return rest;
    }),
    fc.constantFrom<unknown>(5, null, "", "   ", ...(ir.units.length > 0 ? [absent("不在名单的单位", ir.units.map((u) => u.name))] : []))
      .map((name) => (s: Submission) => ({ ...s, unit: { ...s.unit, name } })),
    fc.constant((s: Submission) => {
      ownKey(s.unit, "extra", 1);
      return s;
    }),
  ];
  const targets: Array<[Item | null, Input]> = [
    ...ir.facts.map((f): [null, Input] => [null, f]),
    ...all.flatMap((i) => i.inputs.map((x): [Item, Input] => [i, x])),
  ];
  const pick = (n: number, s: Submission) => {
    const list = contents(s);
    return list[n % list.length]!;
  };
  if (targets.length > 0) {
    // One input (or fact) given a value it does not accept.
    out.push(
      fc.constantFrom(...targets).chain(([item, input]) =>
        fc.tuple(fc.constantFrom(...invalidValues(input)), fc.nat()).map(([bad, n]) => (s: Submission) => {
          if (item === null) s.facts = { ...s.facts, [input.name]: bad };
          else applicableEntry(pick(n, s), item.id)[input.name] = bad;
          return s;
        }),
      ),
    );
    // A key the scheme does not have, inside an item or the facts.
    out.push(
      fc.tuple(fc.constantFrom(...targets), fc.nat()).map(([[item], n]) => (s: Submission) => {
        if (item === null) s.facts = ownKey({ ...s.facts }, "多余字段", 1);
        else ownKey(applicableEntry(pick(n, s), item.id), "多余字段", 1);
        return s;
      }),
    );
  }
  const requiredTargets = targets.filter(([, input]) => input.required);
  if (requiredTargets.length > 0) {
    // A required input left out of an applicable item (or a required fact left out).
    out.push(
      fc.constantFrom(...requiredTargets).chain(([item, input]) =>
        fc.tuple(item === null ? inputsRecord(ir.facts) : inputsRecord(item.inputs), fc.nat()).map(([entry, n]) => (s: Submission) => {
          const kind = kindOf(ir, s.unit);
          // an input the unit's kind does not report may be left out: nothing else to break
          if (!reports(input, kind)) return unknownItem(n, s);
          for (const other of item === null ? ir.facts : item.inputs) if (!reports(other, kind)) delete entry[other.name];
          delete entry[input.name];
          if (item === null) s.facts = entry;
          else {
            const content = pick(n, s);
            applicableEntry(content, item.id);
            content.items[item.id] = entry;
          }
          return s;
        }),
      ),
    );
  }
  /** An item the scheme does not have: what a mutation does when it finds nothing else to break. */
  const unknownItem = (n: number, s: Submission) => {
    ownKey(pick(n, s).items, absent("不存在的指标", all.map((i) => i.id)), {});
    return s;
  };
  // The items that apply to the submitting unit (适用), and those that do not.
  const ofUnit = (s: Submission, list: Item[], applying: boolean) =>
    list.filter((i) => appliesTo(ir, i, kindOf(ir, s.unit)) === applying);
  const neededItems = all.filter((i) => i.inputs.some((x) => x.required));
  if (neededItems.length > 0) {
    // An item with required inputs that applies to the unit left out, and not listed as N/A.
    out.push(
      fc.tuple(fc.nat(), fc.nat()).map(([m, n]) => (s: Submission) => {
        const candidates = ofUnit(s, neededItems, true).filter((i) => needed(i, kindOf(ir, s.unit)));
        if (candidates.length === 0) return unknownItem(n, s);
        const content = pick(n, s);
        const item = candidates[m % candidates.length]!;
        applicableEntry(content, item.id);
        delete content.items[item.id];
        return s;
      }),
    );
  }
  out.push(fc.nat().map((n) => (s: Submission) => unknownItem(n, s)));
  const partial = all.filter((i) => absentKinds(ir, i).length > 0);
  if (partial.length > 0) {
    // An item that does not apply to the unit's kind, filled in (with valid values) or listed N/A.
    const entries = fc.record(Object.fromEntries(partial.map((i) => [i.id, inputsRecord(i.inputs)])));
    out.push(
      fc.tuple(entries, fc.nat(), fc.nat(), fc.boolean()).map(([entry, m, n, asNa]) => (s: Submission) => {
        const candidates = ofUnit(s, partial, false);
        if (candidates.length === 0) return unknownItem(n, s);
        const item = candidates[m % candidates.length]!;
        const content = pick(n, s);
        if (asNa && item.allowNa) content.notApplicable = [...(content.notApplicable ?? []), item.id];
        else content.items[item.id] = entry[item.id]!;
        return s;
      }),
    );
  }
  const limited = targets.filter(([, input]) => input.appliesTo !== null);
  if (limited.length > 0) {
    // An input of some unit kinds only (适用), filled in (with a valid value) by a unit of another kind.
    out.push(
      fc.constantFrom(...limited).chain(([item, input]) =>
        fc.tuple(validValue(input), fc.nat()).map(([value, n]) => (s: Submission) => {
          if (reports(input, kindOf(ir, s.unit)) || (item !== null && !appliesTo(ir, item, kindOf(ir, s.unit))))
            return unknownItem(n, s);
          if (item === null) s.facts = { ...s.facts, [input.name]: value };
          else applicableEntry(pick(n, s), item.id)[input.name] = value;
          return s;
        }),
      ),
    );
  }
  const notNa = all.filter((i) => !i.allowNa);
  if (notNa.length > 0) {
    // An item the scheme does not let be N/A, listed as N/A.
    out.push(
      fc.tuple(fc.constantFrom(...notNa), fc.nat()).map(([item, n]) => (s: Submission) => {
        const content = pick(n, s);
        content.notApplicable = [...(content.notApplicable ?? []), item.id];
        delete content.items[item.id];
        return s;
      }),
    );
  }
  if (naIds.length > 0) {
    // An N/A item that is also filled in; an item listed twice as N/A.
    out.push(
      fc.tuple(fc.constantFrom(...naIds), fc.nat(), fc.boolean()).map(([id, n, twice]) => (s: Submission) => {
        const content = pick(n, s);
        const rest = (content.notApplicable ?? []).filter((x) => x !== id);
        if (twice) {
          content.notApplicable = [...rest, id, id];
          delete content.items[id];
        } else {
          content.notApplicable = [...rest, id];
          content.items[id] = {};
        }
        return s;
      }),
    );
  }
  if (ir.forms.length > 0) {
    out.push(
      fc.constantFrom(...ir.forms.map((f) => f.id)).map((id) => (s: Submission) => {
        delete s.forms![id];
        return s;
      }),
    );
  }
  if (ir.unitKinds.length > 0) {
    const kinds = ir.unitKinds.map((k) => k.id);
    const wrong = [absent("不存在的类别", kinds)];
    out.push(
      fc.constantFrom(...wrong, ...(ir.units.length > 0 && kinds.length > 1 ? ["<another>"] : [])).map(
        (choice) => (s: Submission) => {
          const listed = ir.units.find((u) => u.name === s.unit.name);
          const kind = choice === "<another>" ? kinds.find((k) => k !== listed?.kind)! : choice;
          return { ...s, unit: { ...s.unit, kind } };
        },
      ),
    );
  }
  const mode = targetMode(ir);
  if (mode !== "none") {
    out.push(
      fc.constantFrom<unknown>(0, -5, "150", null, undefined).map((target) => (s: Submission) => {
        const listed = ir.units.find((u) => u.name === s.unit.name);
        const given = listed === undefined || targetOf(ir, listed) === "submitted";
        const unit: Entry = { ...s.unit };
        // A unit whose target the list gives, or whose kind has none, must not give one; the
        // others must give a valid one.
        if (!given) unit.target = typeof target === "number" ? 100 : 150;
        else if (target === undefined) delete unit.target;
        else unit.target = target;
        return { ...s, unit };
      }),
    );
  }
  return out;
}

/** A submission that breaks one rule of the scheme (chosen at random) and must be refused. */
export function invalidSubmission(ir: SchemeIR): fc.Arbitrary<unknown> {
  return fc
    .tuple(validSubmission(ir), fc.oneof(...mutations(ir)))
    .map(([valid, mutate]) => mutate(structuredClone(valid)));
}
