// Pools, sections and items (S1, S2): which pool each node feeds, its parent, path and points,
// and the names, ids and codes that must be unique (E202, E205, E405).
import type * as A from "../../language/ast.js";
import { nodeKinds, writtenKinds } from "./applies.js";
import { type CheckContext, note } from "./context.js";
import { nodeMeta } from "./meta.js";
import type { ItemInfo, Model, NodeInfo, PoolInfo, SectionInfo } from "./model.js";
import { NameTable } from "./names.js";
import { derivedPoints } from "./points.js";
import { asWritten, nodePoints } from "./quantity.js";
import { suggest } from "./suggest.js";

/** The head of a declaration: from its keyword to the last of its name, title and points. */
export function headSpan(span: A.Span, parts: Array<{ span: A.Span } | null>): A.Span {
  let end = span.start;
  for (const p of parts) if (p && p.span.end.offset > end.offset) end = p.span.end;
  return { file: span.file, start: span.start, end };
}

/** The implicit pool of a scheme that declares none. */
export const IMPLICIT_POOL_ID = "base";
const IMPLICIT_POOL_TITLE = "基准分";

export function buildPools(decls: A.PoolDecl[], m: Model): void {
  const { ctx } = m;
  const table = new NameTable<PoolInfo>(ctx, "@what.pool");
  for (const d of decls) {
    const title = d.title?.text ?? d.name.text;
    const pool: PoolInfo = {
      id: d.name.text,
      title,
      kind: d.poolKind ?? "base",
      points: d.points ? nodePoints(d.points, null, title, ctx, false) : null,
      pointsSpan: d.points?.span ?? null,
      star: d.star,
      appliesTo: writtenKinds(d.appliesTo, m),
      span: d.span,
      headSpan: headSpan(d.span, [d.name, d.title, d.points]),
      range: null,
    };
    if (!table.add(pool.id, d.name.span, pool)) continue;
    m.pools.push(pool);
    if (pool.star) {
      if (m.starPool)
        ctx.error(
          "E202",
          d.name.span,
          { name: pool.id },
          { variant: "star", related: [note("note.first-declared", m.starPool.headSpan, { name: m.starPool.id })] },
        );
      else m.starPool = pool;
    }
  }
  if (m.pools.length === 0)
    m.pools.push({
      id: IMPLICIT_POOL_ID,
      title: IMPLICIT_POOL_TITLE,
      kind: "base",
      points: null,
      pointsSpan: null,
      star: false,
      appliesTo: null,
      span: m.ast.span,
      headSpan: m.ast.span,
      range: null,
    });
}

/** The pool named by `计入 P` or `★`, or null (reported) when there is none. */
export function intoPool(into: A.Into, where: A.Span, m: Model): PoolInfo | null {
  if (into.star) {
    if (!m.starPool) m.ctx.error("E205", where, {}, { variant: "no-star" });
    return m.starPool;
  }
  const name = into.pool!;
  const pool = m.pools.find((p) => p.id === name.text);
  if (!pool)
    m.ctx.error(
      "E205",
      name.span,
      { name: name.text },
      {
        suggestions: suggest(
          name.text,
          m.pools.map((p) => p.id),
        ),
      },
    );
  return pool ?? null;
}

/**
 * `计入 审批监察` naming a section rather than a pool: the section, which must enclose the item
 * in the item's own pool (E209 otherwise, and null); undefined when no section has the name
 * (then it names a pool).
 */
export function intoSection(into: A.Into, item: ItemInfo, m: Model): SectionInfo | null | undefined {
  if (into.star || m.pools.some((p) => p.id === into.pool!.text)) return undefined;
  const node = m.nodesById.get(into.pool!.text);
  if (!node || node.kind !== "section") return undefined;
  let up = item.parent;
  while (up && up !== node) up = up.parent;
  if (up === node && node.pool === item.pool) return node;
  m.ctx.error("E209", into.pool!.span, { section: node.title, item: item.title });
  return null;
}

class TreeBuilder {
  private readonly ids: NameTable<NodeInfo>;
  private readonly codes: NameTable<ItemInfo>;

  constructor(private readonly m: Model) {
    this.ids = new NameTable(m.ctx, "@what.node");
    this.codes = new NameTable(m.ctx, "@what.code");
  }

  node(decl: A.SectionDecl | A.ItemDecl, parent: SectionInfo | null, inherited: PoolInfo): NodeInfo {
    const { m } = this;
    const ctx: CheckContext = m.ctx;
    const pool = (decl.into && intoPool(decl.into, decl.span, m)) ?? inherited;
    const idName = decl.kind === "section" ? decl.name : decl.id;
    const id = "text" in idName ? idName.text : idName.digits;
    const title = decl.title?.text ?? id;
    const head = headSpan(decl.span, [idName, decl.title, decl.points]);
    const base = {
      id,
      title,
      parent,
      pool,
      path: [...(parent?.path ?? []), title],
      points: decl.points ? nodePoints(decl.points, pool.points, pool.title, ctx, true) : null,
      pointsAsWritten: decl.points ? asWritten(decl.points) : null,
      meta: nodeMeta(decl.meta, decl.kind === "item" && !("text" in decl.id) ? decl.id.digits : null, ctx),
      headSpan: head,
      span: decl.span,
      appliesTo: nodeKinds(decl, title, head, parent, pool, m),
      vetoedBy: [],
      ranges: new Map(),
      range: null,
    };
    const info: NodeInfo =
      decl.kind === "section"
        ? { ...base, kind: "section", decl, children: [] }
        : {
            ...base,
            kind: "item",
            decl,
            starHead: decl.into?.star ?? false,
            inputs: new Map(),
            figures: new Map(),
            clauses: [],
            reads: [],
            crossUnit: false,
            cap: null,
            floor: null,
            rescale: null,
            contributions: new Map(),
            reach: null,
          };
    if (this.ids.add(id, idName.span, info)) m.nodesById.set(id, info);
    m.nodes.push(info);
    if (info.kind === "item") {
      m.items.push(info);
      if (info.meta.code !== null) this.codes.add(info.meta.code, info.headSpan, info);
    } else {
      for (const child of info.decl.children) info.children.push(this.node(child, info, pool));
      if (!info.points) info.points = derivedPoints(info, m);
    }
    return info;
  }
}

export function buildTree(m: Model): void {
  const builder = new TreeBuilder(m);
  const defaultPool = m.pools.find((p) => p.kind === "base") ?? null;
  for (const d of m.ast.declarations) {
    if (d.kind === "pool") {
      const pool = m.pools.find((p) => p.id === d.name.text && p.span === d.span);
      if (pool) for (const child of d.body ?? []) builder.node(child, null, pool);
    } else if (d.kind === "section" || d.kind === "item") {
      if (!defaultPool && !d.into) {
        m.ctx.error(
          "E205",
          headSpan(d.span, [d.kind === "section" ? d.name : d.id, d.title]),
          {},
          { variant: "no-base" },
        );
        continue;
      }
      builder.node(d, null, defaultPool ?? m.pools[0]!);
    }
  }
}
