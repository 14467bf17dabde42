// What the form's templates show, worked out from the IR once: the scheme's header, the unit's
// fields, and per form (seed 004's 自评表 and 实地表) the table of sections and items with a field
// for every input. Every text is the scheme's own or the catalogue's; the templates escape it.
import type { Figure, Input, Item, Node, SchemeIR } from "../../compiler/ir.js";
import { message } from "../../compiler/messages/index.js";
import { allowedWords, entryWords, type Words } from "../schema/inputs.js";
import { kindRequired, openKinds, targetMode } from "../schema/schema.js";

/** A JSON pointer into a submission, as the validator reports problems. */
export function pointer(segments: string[]): string {
  return segments.map((s) => "/" + s.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

export interface Choice {
  id: string;
  value: string;
  label: string;
  /** English words for the label when it is the catalogue's (是 / 否), else null. */
  en: string | null;
}

export interface FieldView {
  id: string;
  /** The submission's JSON pointer for the value, also the controls' name. */
  path: string;
  /** The input's type; `list-<type>` for an open list. */
  kind: string;
  label: string;
  optional: boolean;
  collectedOnly: boolean;
  /** JSON array of the unit kinds that report it (`输入 … 适用`), or "" for every unit its item
   *  applies to; the kinds' titles for the label. */
  applies: string;
  appliesText: string | null;
  /** What may be entered, from the JSON Schema's words. */
  hint: Words;
  suffix: string | null;
  choices: Choice[];
  /** A text field (numbers, text) rather than choices. */
  line: boolean;
  area: boolean;
  inputmode: string | null;
  /** A fixed list (`输入 回复率 比率 每 栏目`): one field per element, each named by its pointer; null otherwise. */
  elements: FieldView[] | null;
  /** In such a field: the list input's pointer (what the element's value is part of); else null. */
  list: string | null;
  /** An open list: one value per line in a text area (kind `list-<type>`). */
  open: boolean;
}

export interface GradeView {
  na: { id: string; name: string } | null;
  field: FieldView;
  notes: FieldView[];
}

export interface RowView {
  section: boolean;
  id: string;
  code: string | null;
  title: string;
  depth: number;
  points: string | null;
  /** The item's path in the submission (…/items/<id>); "" for a section. */
  path: string;
  /** JSON array of the unit kinds it applies to, or "" for every unit. */
  applies: string;
  appliesText: string | null;
  rules: string[];
  meta: Array<{ code: string; text: string }>;
  vetoes: string[];
  na: { id: string; name: string } | null;
  grade: GradeView | null;
  fields: FieldView[];
  pool: string | null;
  /** An item's named figures (量), shown live under its score from the item's result. */
  figures: FigureView[];
}

/** A named figure (量) and how it is computed, filled live from a result's `figures`. */
export interface FigureView {
  name: string;
  text: string;
  rate: boolean;
  unit: string;
}

function figureView(f: Figure): FigureView {
  return { name: f.name, text: oneLine(f.text), rate: f.kind === "rate", unit: f.kind === "amount" ? (f.unit ?? "") : "" };
}

export interface PanelView {
  id: string;
  form: string;
  title: string | null;
  first: boolean;
  rows: RowView[];
}

export interface PageView {
  meta: SchemeIR["meta"];
  kaoheVersion: string;
  units: Array<{ name: string; kind: string }>;
  kinds: Array<{ id: string; title: string }>;
  /** Radio buttons for the unit's kind: several kinds and no list to look the unit up in, or
   *  kinds whose units are not listed (`{ 其余 }`, then only those kinds are offered). */
  chooseKind: boolean;
  /** Some kind is open: the name is typed (the listed names suggested), not chosen from a list. */
  openUnits: boolean;
  target: boolean;
  facts: FieldView[];
  /** The scheme's named figures (量), shown live from the unit's result. */
  figures: FigureView[];
  panels: PanelView[];
  pools: Array<{ id: string; title: string; points: string | null }>;
  forms: boolean;
  /** The scheme rates each unit (`评定`): the rating is shown live beside the total. */
  rating: boolean;
}

const META: Array<[keyof Item["meta"], string]> = [
  ["method", "form.page.method"],
  ["evidence", "form.page.evidence"],
  ["lead", "form.page.lead"],
  ["support", "form.page.support"],
  ["provider", "form.page.provider"],
  ["note", "form.page.note"],
];

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** The item's rules as written, then its written cap (with the reason the scheme gives for it)
 *  and the constraints on its inputs, which the form enforces. */
function collectRules(ir: SchemeIR, item: Item): string[] {
  const cap =
    item.capWritten && item.cap !== null
      ? [`封顶 ${item.cap}分${item.capReason === null ? "" : ` 因 “${oneLine(item.capReason)}”`}`]
      : [];
  const constraints = ir.constraints.filter((c) => c.item === item.id).map((c) => oneLine(c.text));
  return [...item.clauses.map((c) => oneLine(c.text)), ...cap, ...constraints];
}

class Ids {
  private n = 0;
  next(): string {
    return `k${++this.n}`;
  }
}

function field(ir: SchemeIR, ids: Ids, input: Input, at: string[]): FieldView {
  const list = input.list;
  if (list === null) return valueField(ir, ids, input, at);
  const whole = valueField(ir, ids, input, at);
  if (list.elements === null) return { ...whole, kind: `list-${input.type.kind}`, line: false, area: true, open: true };
  const path = pointer([...at, input.name]);
  const elements = list.elements.map((e) => ({
    ...valueField(ir, ids, { ...input, name: e, title: e, list: null }, [...at, input.name]),
    list: path,
    hint: entryWords(input)!,
  }));
  return { ...whole, elements, line: false, area: false };
}

/** A field for one value: an input of one value, or one element of a list. */
function valueField(ir: SchemeIR, ids: Ids, input: Input, at: string[]): FieldView {
  const t = input.type;
  const id = ids.next();
  const choice = (value: string, label: string, en: string | null): Choice => ({ id: ids.next(), value, label, en });
  const choices =
    t.kind === "bool"
      ? [choice("true", message("form.page.yes", {}, "zh-CN"), message("form.page.yes", {}, "en")),
         choice("false", message("form.page.no", {}, "zh-CN"), message("form.page.no", {}, "en"))]
      : t.kind === "option"
        ? t.options.map((o) => choice(o, o, null))
        : t.kind === "grade"
          ? t.levels.map((o) => choice(o, o, null))
          : t.kind === "checklist"
            ? t.elements.map((o) => choice(o, o, null))
            : [];
  const numeric = ["count", "rate", "number", "amount", "rank", "score"].includes(t.kind);
  return {
    id,
    path: pointer([...at, input.name]),
    kind: t.kind,
    label: input.title,
    optional: !input.required,
    collectedOnly: input.collectedOnly,
    applies: input.appliesTo === null ? "" : JSON.stringify(input.appliesTo),
    appliesText: input.appliesTo === null ? null : kindTitles(ir, input.appliesTo),
    hint: allowedWords(input),
    suffix: t.kind === "amount" ? t.unit : t.kind === "rate" ? "%" : null,
    choices,
    line: numeric || t.kind === "text",
    area: t.kind === "evidence",
    inputmode: t.kind === "count" || t.kind === "rank" ? "numeric" : numeric ? "decimal" : null,
    elements: null,
    list: null,
    open: false,
  };
}

/** The titles of unit kinds, as the form names them: "政府机关、其他部门". */
function kindTitles(ir: SchemeIR, kinds: string[]): string {
  return kinds.map((k) => ir.unitKinds.find((x) => x.id === k)?.title ?? k).join("、");
}

function row(ir: SchemeIR, ids: Ids, node: Node, base: string[]): RowView {
  const common = {
    id: node.id,
    title: node.title,
    depth: node.depth,
    points: node.pointsAsWritten ?? node.points,
    applies: node.appliesTo === null ? "" : JSON.stringify(node.appliesTo),
    appliesText: node.appliesTo === null ? null : kindTitles(ir, node.appliesTo),
    meta: META.flatMap(([key, code]) => (node.meta[key] ? [{ code, text: node.meta[key]! }] : [])),
    vetoes: ir.vetoes.filter((v) => v.declaredIn === node.id).map((v) => oneLine(v.label)),
    pool: node.pool === ir.pools[0]?.id ? null : (ir.pools.find((p) => p.id === node.pool)?.title ?? null),
  };
  if (node.kind === "section") {
    return { ...common, section: true, code: node.meta.code, path: "", rules: [], na: null, grade: null, fields: [], figures: [] };
  }
  const at = [...base, "items", node.id];
  const na = node.allowNa ? { id: ids.next(), name: `${pointer(at)}#na` } : null;
  const fields = node.inputs.map((input) => field(ir, ids, input, at));
  const grades = fields.filter((f) => f.kind === "grade");
  const rest = fields.filter((f) => f.kind !== "grade");
  // Seed 004's 附件2: a grade item is a row of 无此项 / A / B / C / D / 备注 columns.
  const grade =
    grades.length === 1 && rest.every((f) => f.kind === "text")
      ? { na, field: grades[0]!, notes: rest }
      : null;
  return {
    ...common,
    section: false,
    code: node.meta.code,
    path: pointer(at),
    rules: collectRules(ir, node),
    na: grade ? null : na,
    grade,
    fields: grade ? [] : fields,
    figures: node.figures.map(figureView),
  };
}

export function pageView(ir: SchemeIR): PageView {
  const ids = new Ids();
  const forms = ir.forms.length > 0 ? ir.forms : [null];
  const mode = targetMode(ir);
  return {
    meta: ir.meta,
    kaoheVersion: ir.kaoheVersion,
    units: ir.units.map((u) => ({ name: u.name, kind: u.kind })),
    kinds: ir.unitKinds
      .filter((k) => ir.units.length === 0 || openKinds(ir).length === 0 || k.open)
      .map((k) => ({ id: k.id, title: k.title })),
    chooseKind: kindRequired(ir) || (ir.units.length > 0 && openKinds(ir).length > 0),
    openUnits: openKinds(ir).length > 0,
    target: mode === "submitted" || mode === "mixed",
    facts: ir.facts.map((input) => field(ir, ids, input, ["facts"])),
    figures: ir.figures.map(figureView),
    panels: forms.map((f, n) => ({
      id: `panel-${n + 1}`,
      form: f?.id ?? "",
      title: f?.title ?? null,
      first: n === 0,
      rows: ir.nodes.map((node) => row(ir, ids, node, f ? ["forms", f.id] : [])),
    })),
    pools: ir.pools.map((p) => ({ id: p.id, title: p.title, points: p.points })),
    forms: ir.forms.length > 0,
    rating: ir.rating !== null,
  };
}
