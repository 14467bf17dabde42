// Names that become keys of JSON objects (in what a unit submits, in results and in the scorer's
// tables) may not be `__proto__`, `constructor` or `prototype` (E312): JavaScript objects give
// those keys a meaning of their own. Checked on every declared name: pools, sections, items,
// inputs and their options and checklist elements, unit kinds, units, columns, forms, grades,
// rankings, dimension elements.
import type * as A from "../../language/ast.js";
import type { CheckContext } from "./context.js";

const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

function checkName(name: A.Name, what: string, ctx: CheckContext): void {
  if (RESERVED.has(name.text)) ctx.error("E312", name.span, { name: name.text, what });
}

function checkInput(d: A.InputDecl, ctx: CheckContext): void {
  checkName(d.name, "@what.input", ctx);
  if (d.type.kind === "option") for (const o of d.type.options) checkName(o, "@what.option", ctx);
  if (d.type.kind === "checklist") for (const e of d.type.elements) checkName(e, "@what.element", ctx);
}

function checkNode(d: A.SectionDecl | A.ItemDecl, ctx: CheckContext): void {
  if (d.kind === "section") {
    checkName(d.name, "@what.section", ctx);
    for (const child of d.children) checkNode(child, ctx);
    return;
  }
  if ("text" in d.id) checkName(d.id, "@what.item", ctx);
  for (const input of d.inputs) checkInput(input, ctx);
}

export function checkJsonKeys(ast: A.SchemeFile, ctx: CheckContext): void {
  for (const d of ast.declarations) {
    switch (d.kind) {
      case "pool":
        checkName(d.name, "@what.pool", ctx);
        for (const member of d.body ?? []) checkNode(member, ctx);
        break;
      case "section":
      case "item":
        checkNode(d, ctx);
        break;
      case "input":
        checkInput(d, ctx);
        break;
      case "units":
        checkName(d.unitKind, "@what.unit-kind", ctx);
        for (const c of d.columns) checkName(c, "@what.column", ctx);
        for (const row of d.rows) checkName(row.name, "@what.unit", ctx);
        break;
      case "form":
        checkName(d.name, "@what.form", ctx);
        break;
      case "grades":
        for (const level of d.levels) checkName(level.label, "@what.grade", ctx);
        break;
      case "ranking":
        if (d.name) checkName(d.name, "@what.ranking-name", ctx);
        break;
      case "dimension":
        for (const e of d.elements ?? []) checkName(e, "@what.dimension-element", ctx);
        break;
    }
  }
}
