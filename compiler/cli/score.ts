// `kaohe score <scheme.kaohe> <submission files or folders…> [--detail] [--format table|json|csv]`:
// scores all the submissions together with the scheme's generated scorer (the same scorer.js that
// `kaohe build` writes) and prints the ranked table: unit, total, pools, target and completion,
// flags. --detail adds every unit's score sheet, item by item, with the explanation of every
// figure. A file holds one submission or a batch (an array); folders are searched for .json files.
// If any submission does not fit the scheme, nothing is scored: every problem is listed with the
// file, the unit, the place and what is wrong, and the exit code is 1. Exit 2: called wrongly.
import type { SchemeIR } from "../ir.js";
import { schemeForCommand } from "./scheme-for-command.js";
import { type Lang, message } from "../messages/index.js";
import { loadScorer } from "../../generators/scorer/load.js";
import { itemHeading } from "../../generators/schema/schema.js";
import { cmp, mul, parse, toDecimal } from "../../generators/scorer/runtime/decimal.js";
import type { BatchResult, FormResult, SubmissionProblem, UnitResult } from "../../generators/scorer/result.js";
import { expandPaths, readSubmissionFile } from "./submission-files.js";
import { flagWords, nodeTitles } from "./flags.js";
import { renderTable, toCsv, type Align } from "./table.js";

type Format = "table" | "json" | "csv";

interface Options {
  scheme: string;
  paths: string[];
  detail: boolean;
  format: Format;
}

/** Where a submission came from: a file holding one, or entry n of a batch file. */
interface Origin {
  file: string;
  entry: number | null;
}

function parseArgs(args: string[]): Options | { problem: string; args: Record<string, string> } {
  const positional: string[] = [];
  let detail = false;
  let format: Format = "table";
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = a === "--format" ? args[++i] : a.startsWith("--format=") ? a.slice("--format=".length) : undefined;
    if (a === "--detail") detail = true;
    else if (value === "table" || value === "json" || value === "csv") format = value;
    else if (a.startsWith("-"))
      return { problem: "score.unknown-option", args: { option: value === undefined ? a : `${a} ${value}` } };
    else positional.push(a);
  }
  const [scheme, ...paths] = positional;
  if (scheme === undefined || paths.length === 0) return { problem: "score.usage", args: {} };
  return { scheme, paths, detail, format };
}

function usageFailure(problem: string, args: Record<string, string>, lang: Lang): number {
  const usage = message("score.usage", {}, lang);
  process.stderr.write((problem === "score.usage" ? usage : `${message(problem, args, lang)}\n${usage}`) + "\n");
  return 2;
}

// ---------------------------------------------------------------- refusing

function where(origin: Origin | undefined, lang: Lang): string {
  if (origin === undefined) return "";
  return origin.entry === null ? origin.file : message("score.entry", { file: origin.file, n: origin.entry + 1 }, lang);
}

/** A problem's batch path ("/3/items/…") told as the file it came from and the path inside it. */
function problemLine(p: SubmissionProblem, origins: Origin[], lang: Lang): string {
  // Problems reading a file (S100–S109) name the file, the line and the column themselves.
  if (/^S10\d$/.test(p.code)) return `[${p.code}] ${p.message[lang]}`;
  const m = /^\/(\d+)(.*)$/.exec(p.path);
  const origin = m ? origins[Number(m[1])] : undefined;
  const inside = m ? m[2]! : p.path;
  return message(
    "score.problem",
    {
      code: p.code,
      where: where(origin, lang),
      unit: p.unit === null || p.unit === "" ? "" : message("score.unit", { unit: p.unit }, lang),
      path: inside === "" ? "" : ` ${inside}`,
      message: p.message[lang],
    },
    lang,
  );
}

function refuse(problems: SubmissionProblem[], origins: Origin[], lang: Lang): number {
  const lines = [
    message("score.refused", { count: problems.length }, lang),
    ...problems.map((p) => problemLine(p, origins, lang)),
  ];
  process.stderr.write(lines.join("\n") + "\n");
  return 1;
}

// ---------------------------------------------------------------- the ranked table

interface Row {
  unit: UnitResult;
  /** null: not ranked (the scheme ranks by a figure the unit does not have). */
  rank: number | null;
}

const byUnitName = (a: UnitResult, b: UnitResult) =>
  a.unit.name < b.unit.name ? -1 : a.unit.name > b.unit.name ? 1 : 0;

/**
 * The units best first: by the scheme's ranking (units it does not rank last, by name), else by
 * total (ties share the better rank; units not scored, 不计分, last by name and not ranked).
 */
function ranked(batch: BatchResult): Row[] {
  const byName = new Map(batch.units.map((u) => [u.unit.name, u]));
  if (batch.ranking !== null) {
    const rows: Row[] = batch.ranking.map((r) => ({ unit: byName.get(r.unit)!, rank: r.rank }));
    const unranked = batch.units.filter((u) => u.rank === null).sort(byUnitName);
    return [...rows, ...unranked.map((unit) => ({ unit, rank: null }))];
  }
  const total = (u: UnitResult) => parse(u.total!)!;
  const sorted = batch.units
    .filter((u) => u.total !== null)
    .sort((a, b) => cmp(total(b), total(a)) || byUnitName(a, b));
  let rank = 0;
  const rows = sorted.map((unit, i) => {
    if (i === 0 || cmp(total(unit), total(sorted[i - 1]!)) !== 0) rank = i + 1;
    return { unit, rank };
  });
  const notScored = batch.units.filter((u) => u.total === null).sort(byUnitName);
  return [...rows, ...notScored.map((unit) => ({ unit, rank: null }))];
}

/** The rankings after the first, by name: each is a column of the table. */
function laterRankings(ir: SchemeIR): Array<{ id: string; title: string }> {
  return ir.rankings.slice(1).map((r) => ({ id: r.id!, title: r.title ?? r.id! }));
}

/** In a table: a unit not ranked, a pool that does not apply to the unit's kind. */
const NOT_RANKED = "—";
const ABSENT = "—";

function percent(fraction: string | null): string {
  return fraction === null ? "" : toDecimal(mul(parse(fraction)!, parse("100")!))! + "%";
}

function summaryRows(ir: SchemeIR, rows: Row[], lang: Lang): { rows: string[][]; align: Align[] } {
  const w = (code: string) => message(code, {}, lang);
  const pools = ir.pools.length > 1 ? ir.pools : [];
  const kinds = ir.unitKinds.length > 0;
  const target = ir.target !== null;
  const later = laterRankings(ir);
  const first = ir.rankings[0];
  const rating = ir.rating !== null;
  const head = [
    // A named ranking heads its column with its name, the one unnamed ranking (or none) with 名次.
    first?.id ? (first.title ?? first.id) : w("score.col.rank"),
    ...later.map((r) => r.title),
    w("score.col.unit"),
    ...(kinds ? [w("score.col.kind")] : []),
    w("score.col.total"),
    ...(rating ? [w("score.col.rating")] : []),
    ...pools.map((p) => p.id),
    ...(target ? [w("score.col.target"), w("score.col.completion")] : []),
    w("score.col.flags"),
  ];
  const unitColumn = 1 + later.length;
  const ratingColumn = rating ? unitColumn + (kinds ? 3 : 2) : -1;
  const align: Align[] = head.map((_, i) =>
    i === unitColumn || (kinds && i === unitColumn + 1) || i === ratingColumn || i === head.length - 1 ? "left" : "right",
  );
  const body = rows.map(({ unit: u, rank }) => [
    rank === null ? NOT_RANKED : String(rank),
    ...later.map((r) => String(u.ranks[r.id] ?? NOT_RANKED)),
    u.unit.name,
    ...(kinds ? [u.unit.kind ?? ""] : []),
    u.total ?? w("score.flag.not-scored"),
    ...(rating ? [u.rating ?? ABSENT] : []),
    ...pools.map((p) => u.pools[p.id] ?? ABSENT),
    ...(target ? [u.target ?? "", percent(u.completion)] : []),
    flagWords(u.flags, nodeTitles(ir.nodes), lang),
  ]);
  return { rows: [head, ...body], align };
}

// ---------------------------------------------------------------- the score sheet (--detail)

function sheet(ir: SchemeIR, row: Row, lang: Lang): string[] {
  const u = row.unit;
  const out = [
    message(
      u.total === null ? "score.detail.unit-not-scored" : "score.detail.unit",
      {
        unit: u.unit.name,
        total: u.total ?? "",
        rank: row.rank === null ? "" : message("score.detail.rank", { rank: row.rank }, lang),
        rating: u.rating === null ? "" : message("score.detail.rating", { rating: u.rating }, lang),
        flags: u.flags.length === 0 ? "" : message("score.detail.flags", { flags: flagWords(u.flags, nodeTitles(ir.nodes), lang) }, lang),
      },
      lang,
    ),
  ];
  const explain = (lines: string[], indent: string) => lines.map((l) => `${indent}    ${l}`);
  for (const node of ir.nodes) {
    const indent = "  ".repeat(node.depth);
    // A node for other unit kinds (适用) is not in the unit's result.
    if (node.kind === "section") {
      const s = u.sections[node.id];
      if (s === undefined) continue;
      out.push(message("score.detail.section", { indent, title: node.title, score: s.score, max: s.max }, lang));
      out.push(...explain(s.explanation[lang], indent));
      continue;
    }
    const it = u.items[node.id];
    if (it === undefined) continue;
    const notes = [
      ...(it.na ? [message("score.note.na", {}, lang)] : []),
      ...(it.vetoedBy.length > 0 ? [message("score.note.vetoed", {}, lang)] : []),
      ...(it.pending ? [message("score.note.pending", {}, lang)] : []),
    ];
    const args = {
      indent,
      label: itemHeading(node),
      score: it.score,
      max: it.max ?? "",
      notes:
        notes.length === 0
          ? ""
          : message("score.detail.notes", { notes: notes.join(lang === "zh-CN" ? "、" : ", ") }, lang),
    };
    out.push(message(it.max === null ? "score.detail.item-star" : "score.detail.item", args, lang));
    out.push(...explain(it.explanation[lang], indent));
  }
  out.push(message("score.detail.unit-lines", {}, lang), ...explain(u.explanation[lang], ""));
  return out;
}

function detailCsv(ir: SchemeIR, rows: Row[], lang: Lang): string[][] {
  const w = (code: string) => message(code, {}, lang);
  const head = ["rank", "unit", "item", "title", "score", "max", "notes", "explanation"].map((c) =>
    w(`score.col.${c}`),
  );
  const body = rows.flatMap(({ unit: u, rank }) =>
    ir.nodes.flatMap((node) => {
      const it = node.kind === "item" ? u.items[node.id] : undefined;
      if (it === undefined) return [];
      const notes = [
        ...(it.na ? [w("score.note.na")] : []),
        ...(it.vetoedBy.length > 0 ? [w("score.note.vetoed")] : []),
        ...(it.pending ? [w("score.note.pending")] : []),
      ];
      return [
        [
          rank === null ? NOT_RANKED : String(rank),
          u.unit.name,
          node.meta.code ?? node.id,
          node.title,
          it.score,
          it.max ?? "",
          notes.join(" "),
          it.explanation[lang].join("\n"),
        ],
      ];
    }),
  );
  return [head, ...body];
}

/** The batch as JSON; without --detail, the figures only (explanations are not written). */
function json(batch: BatchResult, detail: boolean): string {
  if (detail) return JSON.stringify(batch, null, 2) + "\n";
  const figures = (u: FormResult): Record<string, unknown> => {
    const { explanation: _unit, items, sections, ...rest } = u;
    const out: Record<string, unknown> = {
      ...rest,
      items: Object.fromEntries(Object.entries(items).map(([id, { explanation: _i, ...it }]) => [id, it])),
      sections: Object.fromEntries(Object.entries(sections).map(([id, { explanation: _s, ...s }]) => [id, s])),
    };
    if ("forms" in u && (u as UnitResult).forms)
      out.forms = Object.fromEntries(Object.entries((u as UnitResult).forms!).map(([id, f]) => [id, figures(f)]));
    return out;
  };
  return JSON.stringify({ units: batch.units.map(figures), ranking: batch.ranking, rankings: batch.rankings }, null, 2) + "\n";
}

/** How the table is ordered: by the ranking, the first of several, or the total. */
function orderWords(ir: SchemeIR, batch: BatchResult, lang: Lang): string {
  if (batch.ranking === null) return message("score.order-total", {}, lang);
  const first = ir.rankings[0]!;
  if (ir.rankings.length === 1) return message("score.order-ranking", {}, lang);
  return message("score.order-rankings", { name: first.title ?? first.id! }, lang);
}

// ---------------------------------------------------------------- the command

export async function runScore(args: string[], lang: Lang): Promise<number> {
  const options = parseArgs(args);
  if ("problem" in options) return usageFailure(options.problem, options.args, lang);
  const expanded = expandPaths(options.paths);
  if ("problem" in expanded) return usageFailure(expanded.problem, expanded.args, lang);

  const ir = schemeForCommand(
    options.scheme,
    { cannotRead: "score.cannot-read-scheme", hasErrors: "score.scheme-has-errors" },
    lang,
    { showWarnings: false },
  );
  if (typeof ir === "number") return ir;

  const submissions: unknown[] = [];
  const origins: Origin[] = [];
  const unreadable: SubmissionProblem[] = [];
  for (const file of expanded.files) {
    const read = readSubmissionFile(file);
    if ("problems" in read) {
      unreadable.push(...read.problems);
      continue;
    }
    read.submissions.forEach((s, i) => {
      submissions.push(s);
      origins.push({ file, entry: read.batch ? i : null });
    });
  }
  const scorer = await loadScorer(ir);
  // One unit is scored alone, as the library's score() does: a figure that needs the other units
  // (ratio to the best, rank bands, peer average) is pending, not settled against a batch of one.
  const alone = submissions.length === 1;
  let batch: BatchResult;
  try {
    batch = alone ? { units: [scorer.score(submissions[0])], ranking: null, rankings: {} } : scorer.scoreAll(submissions);
  } catch (err) {
    if (err instanceof scorer.SubmissionError) {
      // score() points into the one submission; the lines below point into the files read, entry 0.
      const problems = alone ? err.problems.map((p) => ({ ...p, path: `/0${p.path}` })) : err.problems;
      return refuse([...unreadable, ...problems], origins, lang);
    }
    throw err;
  }
  // A file that cannot be read refuses the batch too: its units would be missing from it.
  if (unreadable.length > 0) return refuse(unreadable, origins, lang);

  const rows = ranked(batch);
  if (options.format === "json") {
    process.stdout.write(json(batch, options.detail));
    return 0;
  }
  if (options.format === "csv") {
    process.stdout.write(toCsv(options.detail ? detailCsv(ir, rows, lang) : summaryRows(ir, rows, lang).rows));
    return 0;
  }
  const table = summaryRows(ir, rows, lang);
  const text = [
    alone
      ? message("score.title-alone", { title: ir.meta.title }, lang)
      : message("score.title", { title: ir.meta.title, count: batch.units.length }, lang),
    ...(alone
      ? batch.units[0]!.complete
        ? []
        : [message("score.alone-pending", {}, lang)]
      : [orderWords(ir, batch, lang)]),
    "",
    renderTable(table.rows, table.align),
  ];
  if (options.detail) for (const row of rows) text.push(sheet(ir, row, lang).join("\n"), "");
  process.stdout.write(text.join("\n").replace(/\n+$/, "") + "\n");
  return 0;
}
