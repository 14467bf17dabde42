// The checker: AST → resolved, type-checked model → IR. Each step below is one rule of the
// language (see the file it comes from); all problems are collected and sorted by position.
import type * as A from "../../language/ast.js";
import type { Diagnostic } from "../../language/diagnostic.js";
import { sortDiagnostics } from "../diagnostics/sort.js";
import type { SchemeIR } from "../ir.js";
import { checkShortItems, itemBudget, poolBudgets, sectionBudgets } from "./budget.js";
import { lowerItemClauses, type TierClause } from "./clauses.js";
import { CheckContext, note } from "./context.js";
import { evaluationOrder, propagateCrossUnit } from "./cycles.js";
import { buildForms, buildGrades, buildUnits, lowerRounding, lowerTarget } from "./declarations.js";
import { checkInputKinds } from "./input-kinds.js";
import { buildInputs } from "./inputs.js";
import { checkJsonKeys } from "./json-keys.js";
import { buildDimensions, checkUnusedDimensions } from "./lists.js";
import { lowerScheme } from "./lower.js";
import { headerMeta } from "./meta.js";
import type { InputInfo, Model, NodeInfo } from "./model.js";
import { once } from "./names.js";
import { lowerRankings } from "./rankings.js";
import { checkItemPoints, checkPoolSums, checkSectionSums } from "./points.js";
import { checkNaPolicy, checkRounding, checkUnusedInputs } from "./policies.js";
import { buildPools, buildTree } from "./structure.js";
import { checkPerLimits } from "./per-limits.js";
import { buildRating, ratingCheck } from "./rating.js";
import { checkTiers } from "./tiers.js";
import { checkUnusedFigures, typeFigures } from "./figures.js";
import { checkDerivedGrade, type DerivedGradeCheck } from "./derived-grades.js";
import { checkTotalVetoes, checkVeto, lowerVetoes } from "./vetoes.js";
import { checkConstraint, type ConstraintInfo, lowerConstraints } from "./constraints.js";

export interface CheckResult {
  ir: SchemeIR | null;
  diagnostics: Diagnostic[];
}

type DeclOf<K extends A.Declaration["kind"]> = Extract<A.Declaration, { kind: K }>;

function declarations<K extends A.Declaration["kind"]>(ast: A.SchemeFile, kind: K): Array<DeclOf<K>> {
  return ast.declarations.filter((d): d is DeclOf<K> => d.kind === kind);
}

function newModel(ast: A.SchemeFile, ctx: CheckContext): Model {
  return {
    ctx,
    ast,
    meta: headerMeta(ast.header?.title.text ?? "", ast.header?.meta ?? [], ctx),
    pools: [],
    starPool: null,
    nodes: [],
    nodesById: new Map(),
    items: [],
    facts: new Map(),
    figures: new Map(),
    columns: new Map(),
    dimensions: new Map(),
    unitKinds: [],
    units: [],
    grades: null,
    rating: null,
    forms: [],
    combine: null,
    naPolicy: null,
    rounding: null,
    rankings: [],
    target: null,
    vetoes: [],
    unsetCells: [],
    divisions: [],
    atMost: new Set(),
  };
}

/** E202: an input named like a per-unit column would make rules ambiguous. */
function checkColumnClash(inputs: Map<string, InputInfo>, m: Model): void {
  for (const input of inputs.values()) {
    const column = m.columns.get(input.name);
    if (column)
      m.ctx.error(
        "E202",
        input.decl.name.span,
        { name: input.name },
        {
          variant: "column-clash",
          related: [note("note.first-declared", column.span, { name: column.name })],
        },
      );
  }
}

function collectVetoes(m: Model): void {
  for (const d of declarations(m.ast, "veto")) m.vetoes.push(checkVeto(d, null, m));
  for (const node of m.nodes)
    for (const d of node.decl.vetoes)
      m.vetoes.push(m.ctx.within(node.kind === "item" ? node.title : null, () => checkVeto(d, node as NodeInfo, m)));
}

export function check(ast: A.SchemeFile, text: string): CheckResult {
  const ctx = new CheckContext(ast.file, text);
  const m = newModel(ast, ctx);

  checkJsonKeys(ast, ctx);
  buildGrades(declarations(ast, "grades"), m);
  buildUnits(declarations(ast, "units"), m);
  buildForms(declarations(ast, "form"), declarations(ast, "combine"), m);
  buildDimensions(declarations(ast, "dimension"), m);
  m.naPolicy = once(ctx, declarations(ast, "na-policy"), "@what.na-policy");
  m.rounding = once(ctx, declarations(ast, "rounding"), "@what.rounding");
  m.rankings = declarations(ast, "ranking");
  m.target = once(ctx, declarations(ast, "target"), "@what.target");
  if (m.naPolicy) m.divisions.push(m.naPolicy.span);

  buildPools(declarations(ast, "pool"), m);
  buildTree(m);
  m.facts = buildInputs(declarations(ast, "input"), null, m);
  checkColumnClash(m.facts, m);
  for (const item of m.items)
    ctx.within(item.title, () => {
      item.inputs = buildInputs(item.decl.inputs, item.id, m);
      checkColumnClash(item.inputs, m);
    });
  checkItemPoints(m);
  checkSectionSums(m);
  checkPoolSums(m);

  const tiers: TierClause[] = [];
  const grades: DerivedGradeCheck[] = [];
  typeFigures(declarations(ast, "figure"), null, m);
  for (const item of m.items)
    ctx.within(item.title, () => {
      typeFigures(item.decl.figures, item, m);
      lowerItemClauses(item, m, tiers, grades);
    });
  buildRating(declarations(ast, "rating"), m);
  collectVetoes(m);
  const constraints: ConstraintInfo[] = declarations(ast, "constraint").map((d) => checkConstraint(d, null, m));
  for (const item of m.items)
    for (const d of item.decl.constraints) constraints.push(ctx.within(item.title, () => checkConstraint(d, item, m)));
  const { order, cyclic } = evaluationOrder(m);
  propagateCrossUnit(order, m);

  const integral = new Map(tiers.map((t) => [t.clauseId, t.integral]));
  for (const id of order) {
    const item = m.nodesById.get(id);
    if (item?.kind === "item") itemBudget(item, m, (clauseId) => integral.get(clauseId) ?? false, !cyclic.has(id));
  }
  sectionBudgets(m);
  poolBudgets(m);
  checkTotalVetoes(m);
  for (const t of tiers) checkTiers(t, m);
  for (const g of grades) ctx.within(g.item?.title ?? null, () => checkDerivedGrade(g, m));
  const rating = ratingCheck(m);
  if (rating) checkDerivedGrade(rating, m);
  checkInputKinds(m);

  const lowered = {
    vetoes: lowerVetoes(m),
    constraints: lowerConstraints(constraints, m),
    rounding: lowerRounding(m),
    rankings: lowerRankings(m),
    target: lowerTarget(m),
    evaluationOrder: order,
  };
  checkNaPolicy(m);
  checkRounding(m);
  checkUnusedInputs(m);
  checkUnusedFigures(m);
  if (!ctx.hasErrors) {
    checkShortItems(m);
    checkUnusedDimensions(m);
    checkPerLimits(m);
  }

  const diagnostics = sortDiagnostics(ctx.diagnostics);
  return { ir: ctx.hasErrors ? null : lowerScheme(m, lowered), diagnostics };
}
