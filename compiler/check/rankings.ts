// `排名` (R21): one or more rankings of the units. A scheme may rank all its units together and
// some kinds apart (`排名 开发区 "开发区排名" 按 总分 降序 适用 开发区 { 前 1 "表彰" }`): each
// ranking is then named (E202 when two share a name or one of several has none), its `适用` names
// declared kinds (E206), it ranks some unit (E606), and a mark takes no more places than the
// units listed for it (E605).
import type * as A from "../../language/ast.js";
import type * as IR from "../ir.js";
import { intersect, writtenKinds } from "./applies.js";
import { note } from "./context.js";
import { listedFigure, useFigure } from "./figures.js";
import type { Model } from "./model.js";
import { NameTable } from "./names.js";
import { asWritten, digitsOf } from "./quantity.js";
import { ONE, Rational } from "./rational.js";
import { intoPool } from "./structure.js";

interface RankedBy {
  by: string;
  figure: string | null;
  /** The unit kinds that have the figure ranked by; null: every kind. */
  kinds: string[] | null;
  /** What is ranked by, for a message: "@…" words or a pool's or figure's name. */
  words: string;
}

/** The kinds whose units have a completion: those the target's pool applies to, of a kind whose
 *  units are listed with their targets (an open kind, `{ 其余 }`, has none). */
function completionKinds(m: Model): string[] | null {
  if (m.unitKinds.length === 0) return null;
  const poolName = m.target?.pool;
  const pool = poolName ? m.pools.find((p) => p.id === poolName.text) : undefined;
  return intersect(
    pool?.appliesTo ?? null,
    m.unitKinds.filter((k) => !k.open).map((k) => k.id),
  );
}

/** By the total, a pool, a figure (`按 综合投资率`), or completion, which needs a `目标` (E607). */
function rankedBy(by: A.RankingBy | null, m: Model): RankedBy {
  if (!by) return { by: "total", figure: null, kinds: null, words: "@ranking.by-total" };
  if (by.kind === "completion") {
    if (!m.target) m.ctx.error("E607", by.span);
    return { by: "completion", figure: null, kinds: completionKinds(m), words: "@ranking.by-completion" };
  }
  const figure = listedFigure(by.name.text, m);
  if (figure && !m.pools.some((p) => p.id === by.name.text)) {
    useFigure(figure);
    return { by: "figure", figure: figure.name, kinds: null, words: figure.name };
  }
  const pool = intoPool({ star: false, pool: by.name }, by.name.span, m);
  if (!pool) return { by: "total", figure: null, kinds: null, words: "@ranking.by-total" };
  return { by: pool.id, figure: null, kinds: pool.appliesTo, words: pool.title };
}

/** How many units the ranking can rank, when the unit list says (every unit submitting is
 *  listed, and no kind ranked is open); null when any unit may submit. */
function knownSize(kinds: string[], m: Model): number | null {
  if (m.units.length === 0 || kinds.some((k) => m.unitKinds.find((u) => u.id === k)?.open)) return null;
  return m.units.filter((u) => kinds.includes(u.kind)).length;
}

function lowerOne(d: A.RankingDecl, m: Model): IR.Ranking {
  const written = writtenKinds(d.appliesTo, m);
  const ranked = rankedBy(d.by, m);
  const ranking = d.name ? `@ranking.named:${d.name.text}` : "@ranking.unnamed";
  const at = d.appliesTo?.span ?? d.span;
  const every = m.unitKinds.map((k) => k.id);
  // The kinds that can be ranked: those written that have the figure ranked by (a unit of the
  // population without it is listed as not ranked).
  const population = intersect(written, ranked.kinds) ?? every;
  let size: number | null = null;
  // (No kind has a completion only when the target's column is missing: E206 says so.)
  if (m.unitKinds.length > 0 && population.length === 0 && ranked.kinds?.length !== 0)
    m.ctx.error(
      "E606",
      at,
      { ranking, kinds: (written ?? every).join("、"), by: ranked.words, has: (ranked.kinds ?? []).join("、") },
      { variant: "ranking-kinds" },
    );
  else if (m.unitKinds.length > 0 && population.length > 0) {
    size = knownSize(population, m);
    if (size === 0) m.ctx.error("E606", at, { ranking, kinds: population.join("、") }, { variant: "ranking-no-units" });
  }
  const marks = d.marks.map((mark) => {
    const count = digitsOf(mark.count);
    if ((mark.count.unit !== null && mark.count.unit !== "名") || !count.isInteger() || count.lt(ONE))
      m.ctx.error("E605", mark.count.span, { written: asWritten(mark.count) }, { variant: "ranking-count" });
    else if (size !== null && size > 0 && count.gt(Rational.int(size)))
      m.ctx.error(
        "E605",
        mark.count.span,
        { ranking, written: asWritten(mark.count), size, kinds: population.join("、"), label: mark.label.text },
        { variant: "ranking-beyond" },
      );
    return { end: mark.end, count: Number(count.floor().toDec()), label: mark.label.text };
  });
  return {
    id: d.name?.text ?? null,
    title: d.title?.text ?? null,
    appliesTo: written,
    by: ranked.by,
    figure: ranked.figure,
    order: d.order ?? "desc",
    ties: "competition",
    marks,
  };
}

/** The rankings in the order written; with several, each is named, once. */
export function lowerRankings(m: Model): IR.Ranking[] {
  const names = new NameTable<null>(m.ctx, "@what.ranking-name");
  const first = m.rankings[0];
  for (const d of m.rankings) {
    if (d.name) names.add(d.name.text, d.name.span, null);
    else if (m.rankings.length > 1)
      m.ctx.error(
        "E202",
        d.span,
        {},
        {
          variant: "ranking-unnamed",
          related: d === first ? [] : [note("note.other-ranking", first!.span)],
        },
      );
  }
  return m.rankings.map((d) => lowerOne(d, m));
}
