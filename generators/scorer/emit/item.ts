// One item compiled into one straight-line function `item_<k>(S, X, u, W)`: its clauses in order,
// each giving its points and (into W, the item's lines, when the engine asks for words) a line of
// explanation, then the sum, the rescale, the cap and the floor; it returns the item's own score
// (the engine keeps it in S.own) and writes S.parts and S.pending when it has any, and its named
// figures (量) into S.named when the engine asks for them. Clauses that
// need the other units (ratio to the best, rank bands) read X, which the engine fills from
// `subjects_<k>(S)` of every unit; X is null when the unit is scored alone.
import type { Band, Clause, Item } from "../../../compiler/ir.js";
import { dec, mul, sign, toDecimal } from "../runtime/decimal.js";
import { sectionPart } from "../runtime/engine.js";
import { Body, type Constants } from "./code.js";
import { compileExpr, constantText, figureOf, type Scope, type Shared, fullSteps } from "./expr.js";
import { call, chooseBi, expand, fill2, js, lit, oneLine, words, type Bi, type Call } from "./text.js";

/** Points a clause (or a part's inner clause) puts into a pool. */
interface Contribution {
  p: string;
  pool: string;
}

interface ItemContext {
  scope: Scope;
  item: Item;
  /** Cross-unit clauses in order: their index in X. */
  slots: Map<Clause, number>;
}

export interface CompiledItem {
  run: string;
  subjects: string | null;
  cross: Array<"best" | "desc" | "asc">;
}

type CrossClause = Extract<Clause, { k: "ratio-to-best" | "rank-bands" }>;
type Branch = Extract<Clause, { k: "branch" }>;

/** A cross-unit clause and the branches around it: it counts only where each side holds. */
interface CrossEntry {
  clause: CrossClause;
  path: Array<{ branch: Branch; holds: boolean }>;
}

/** Cross-unit clauses of an item in document order, inside parts and branches (then-side first). */
function crossClauses(clauses: Clause[], path: CrossEntry["path"] = []): CrossEntry[] {
  return clauses.flatMap((c): CrossEntry[] => {
    if (c.k === "part") return crossClauses(c.clauses, path);
    if (c.k === "branch")
      return [
        ...crossClauses(c.then, [...path, { branch: c, holds: true }]),
        ...crossClauses(c.otherwise, [...path, { branch: c, holds: false }]),
      ];
    return c.k === "ratio-to-best" || c.k === "rank-bands" ? [{ clause: c, path }] : [];
  });
}

/** A figure of the scheme as an explanation writes it. */
function figure(value: string): string {
  return constantText(value, null);
}

function showOf(v: string): Bi {
  return [js(`show(${v})`), js(`show(${v})`)];
}

function sumCode(terms: string[]): string {
  return terms.length === 0 ? "ZERO" : terms.slice(1).reduce((acc, t) => `add(${acc}, ${t})`, terms[0]!);
}

/** A sum of figures known when the unit is scored, in words: "3 − 4 + 2" (runtime sumWords). */
function sumText(terms: string[]): Bi {
  const code = js(`sumWords([${terms.join(", ")}])`);
  return [code, code];
}

export function compileItem(shared: Shared, constants: Constants, item: Item, k: number): CompiledItem {
  const cross = crossClauses(item.clauses);
  const slots = new Map<Clause, number>(cross.map((c, i) => [c.clause, i]));
  const body = new Body(constants);
  const ctx: ItemContext = { scope: { ...shared, item, body, holders: new Map() }, item, slots };
  const contributions = item.clauses.flatMap((c) => clause(ctx, c));
  finish(ctx, contributions);

  const head = [
    `// 指标 ${item.id}「${item.title}」`,
    `function item_${k}(S, X, u, W) {`,
    `const I = S.items[${JSON.stringify(item.id)}] || NONE;`,
    ...(cross.length > 0 ? ["let pending = false;"] : []),
  ];
  const run = [...head, body.text(), "}"].join("\n");

  let subjects: string | null = null;
  if (cross.length > 0) {
    const sb = new Body(constants);
    const sscope: Scope = { ...shared, item, body: sb, holders: new Map(), words: "false" };
    const conds = new Map<Branch, string>();
    const values = cross.map(({ clause: c, path }) => {
      const v = compileExpr(sscope, c.value).v;
      if (path.length === 0) return v;
      const holds = path.map(({ branch, holds }) => {
        let cond = conds.get(branch);
        if (cond === undefined) {
          cond = compileExpr(sscope, branch.cond).v;
          conds.set(branch, cond);
        }
        return holds ? cond : `!${cond}`;
      });
      return `${holds.join(" && ")} ? ${v} : null`;
    });
    subjects = [
      `// 指标 ${item.id}: the figures compared across units`,
      `function subjects_${k}(S) {`,
      `const I = S.items[${JSON.stringify(item.id)}] || NONE;`,
      sb.text(),
      `return [${values.join(", ")}];`,
      "}",
    ].join("\n");
  }
  return {
    run,
    subjects,
    cross: cross.map(({ clause: c }) => (c.k === "rank-bands" ? c.order : "best")),
  };
}

/** Where a clause's points go, as the item's parts key them: a pool id, or for a section that
 *  holds the item (`计入 审批监察`) the section's key (runtime `sectionPart`). */
function destOf(c: Clause): string {
  return c.section !== null ? sectionPart(c.section) : c.pool;
}

/** A clause's line, marked with its pool (or section) when that is not the item's own. */
function clauseLine(ctx: ItemContext, c: Clause, line: Bi): Bi {
  if (c.section !== null)
    return fill2("explain.clause.into-section", { line, section: lit(ctx.scope.poolTitles.get(destOf(c)) ?? c.section) });
  if (c.pool === ctx.item.pool) return line;
  return fill2("explain.clause.into", { line, pool: lit(ctx.scope.poolTitles.get(c.pool) ?? c.pool) });
}

/**
 * Writes a clause's line when the item is asked for words: one template, or the first of several
 * whose `when` holds. A line marked with another pool or section is written out in full.
 */
function say(ctx: ItemContext, c: Clause, line: Call | Said[]): string {
  const cases = Array.isArray(line) ? line : [{ when: null, line }];
  if (c.section === null && c.pool === ctx.item.pool) return ctx.scope.body.tell(cases);
  return ctx.scope.body.say(clauseLine(ctx, c, chooseBi(cases.map((k) => ({ when: k.when, line: expand(k.line) })))));
}

/** `每 n 扣 q 重复加倍 [最多扣 m]`: the first occurrence q, every repeat 2q — n occurrences
 *  q × (2n − 1), none (n ≤ 0) nothing — then at most m. */
function doubling(ctx: ItemContext, c: Extract<Clause, { k: "per" }>, n: { v: string; desc: Bi }): Contribution[] {
  const b = ctx.scope.body;
  const q = (v: string) => b.constants.q(v);
  const times = b.let(`max(sub(mul(${n.v}, ${q("2")}), ${q("1")}), ZERO)`);
  const raw = b.let(`mul(${times}, ${q(c.each)})`);
  const p = c.limit === null ? raw : b.let(`max(${raw}, ${q(toDecimal(mul(dec(c.limit), dec("-1")))!)})`, "p");
  const args = {
    rule: lit(oneLine(c.text)),
    count: n.desc,
    each: lit(figure(c.each)),
    repeats: showOf(`sub(${n.v}, ${q("1")})`),
    double: lit(figure(toDecimal(mul(dec(c.each), dec("2")))!)),
    value: showOf(p),
  };
  const lines: Said[] = [
    { when: `sign(${times}) === 0`, line: call("explain.clause.per.doubling.none", { rule: args.rule, count: n.desc }) },
    { when: c.limit === null ? null : `cmp(${p}, ${raw}) === 0`, line: call("explain.clause.per.doubling", args) },
  ];
  if (c.limit !== null)
    lines.push({
      when: null,
      line: call("explain.clause.per.doubling.max-deduct", { ...args, raw: showOf(raw), limit: lit(figure(c.limit)) }),
    });
  b.push(say(ctx, c, lines));
  return [{ p, pool: destOf(c) }];
}

function clause(ctx: ItemContext, c: Clause): Contribution[] {
  const b = ctx.scope.body;
  const q = (v: string) => b.constants.q(v);
  const rule = lit(oneLine(c.text));
  switch (c.k) {
    case "when": {
      const cond = compileExpr(ctx.scope, c.cond);
      const p = b.let(`${cond.v} ? ${q(c.points)} : ${q(c.otherwise)}`, "p");
      b.push(
        say(
          ctx,
          c,
          [
            { when: cond.v, line: call("explain.clause.when.true", { rule, cond: cond.desc, value: lit(figure(c.points)) }) },
            { when: null, line: call("explain.clause.when.false", { rule, cond: cond.desc, value: lit(figure(c.otherwise)) }) },
          ],
        ),
      );
      return [{ p, pool: destOf(c) }];
    }
    case "value": {
      const e = compileExpr(ctx.scope, c.expr);
      b.push(say(ctx, c, call("explain.clause.value", { rule, expr: e.desc, value: showOf(e.v) })));
      return [{ p: e.v, pool: destOf(c) }];
    }
    case "per": {
      const n = c.step === null ? compileExpr(ctx.scope, c.count) : fullSteps(ctx.scope, c.count, c.step);
      if (c.doubling) return doubling(ctx, c, n);
      const raw = b.let(`mul(${n.v}, ${q(c.each)})`);
      const args = { rule, count: n.desc, each: lit(figure(c.each)) };
      if (c.limit === null) {
        b.push(say(ctx, c, call("explain.clause.per", { ...args, value: showOf(raw) })));
        return [{ p: raw, pool: destOf(c) }];
      }
      const deduct = sign(dec(c.each)) < 0;
      const p = deduct
        ? b.let(`max(${raw}, ${q(toDecimal(mul(dec(c.limit), dec("-1")))!)})`, "p")
        : b.let(`min(${raw}, ${q(c.limit)})`, "p");
      b.push(
        say(
          ctx,
          c,
          [
            { when: `cmp(${p}, ${raw}) === 0`, line: call("explain.clause.per", { ...args, value: showOf(p) }) },
            {
              when: null,
              line: call(deduct ? "explain.clause.per.max-deduct" : "explain.clause.per.max", {
                ...args,
                raw: showOf(raw),
                limit: lit(figure(c.limit)),
                value: showOf(p),
              }),
            },
          ],
        ),
      );
      return [{ p, pool: destOf(c) }];
    }
    case "choice": {
      const input = compileExpr(ctx.scope, { k: "input", ref: c.input });
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      const lines: Said[] = [];
      c.cases.forEach((cs, i) => {
        const when = `${input.v} === ${JSON.stringify(cs.option)}`;
        b.push(`${i === 0 ? "if" : "} else if"} (${when}) {`, `${p} = ${q(cs.points)};`);
        lines.push({ when, line: call("explain.clause.choice", { rule, input: input.desc, value: lit(figure(cs.points)) }) });
      });
      if (c.cases.length > 0) b.push("}");
      lines.push({ when: null, line: call("explain.clause.choice.none", { rule, input: input.desc }) });
      b.push(say(ctx, c, lines));
      return [{ p, pool: destOf(c) }];
    }
    case "tiers": {
      const s = compileExpr(ctx.scope, c.subject);
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      const lines = bands(ctx, s.v, c.bands, p).map(({ when, band }) => ({
        when,
        line:
          band === null
            ? call("explain.clause.tiers.none", { rule, subject: s.desc })
            : call("explain.clause.tiers", {
                rule,
                subject: s.desc,
                band: lit(oneLine(band.text)),
                value: lit(figure(band.points)),
              }),
      }));
      b.push(say(ctx, c, lines));
      return [{ p, pool: destOf(c) }];
    }
    case "ratio-to-best": {
      const s = compileExpr(ctx.scope, c.value);
      const x = `X[${ctx.slots.get(c)!}]`;
      const p = b.name("p");
      const best = figureOf(ctx.scope, c.value, `${x}.best`);
      const zero = `sign(${x}.best) <= 0`;
      b.push(
        `let ${p} = ZERO;`,
        "if (X === null) {",
        "pending = true;",
        `} else if (!(${zero})) {`,
        `${p} = mul(div(${s.v}, ${x}.best), ${q(c.points)});`,
        "}",
        say(ctx, c, [
          { when: "X === null", line: call("explain.clause.ratio.pending", { rule, subject: s.desc }) },
          { when: zero, line: call("explain.clause.ratio.zero", { rule, subject: s.desc, best }) },
          {
            when: null,
            line: call("explain.clause.ratio", {
              rule,
              subject: s.desc,
              best,
              leaders: [js(`leaders(${x}, 0)`), js(`leaders(${x}, 1)`)],
              points: lit(figure(c.points)),
              value: showOf(p),
            }),
          },
        ]),
      );
      return [{ p, pool: destOf(c) }];
    }
    case "rank-bands": {
      const s = compileExpr(ctx.scope, c.value);
      const x = `X[${ctx.slots.get(c)!}]`;
      const p = b.name("p");
      const r = b.name("r");
      const args = {
        rule,
        subject: s.desc,
        rank: js(`String(${x}.ranks[u])`),
        count: js(`String(${x}.of)`),
        order: words(`explain.rank.${c.order}`),
      };
      b.push(
        `let ${p} = ZERO;`,
        "if (X === null) {",
        "pending = true;",
        say(ctx, c, call("explain.clause.rank.pending", { rule, subject: s.desc })),
        "} else {",
        `const ${r} = int(${x}.ranks[u]);`,
      );
      const lines = bands(ctx, r, c.bands, p).map(({ when, band }) => ({
        when,
        line:
          band === null
            ? call("explain.clause.rank.none", args)
            : call("explain.clause.rank", { ...args, band: lit(oneLine(band.text)), value: lit(figure(band.points)) }),
      }));
      b.push(say(ctx, c, lines), "}");
      return [{ p, pool: destOf(c) }];
    }
    case "grade": {
      const input = compileExpr(ctx.scope, { k: "input", ref: c.input });
      const levels = ctx.scope.ir.grades ?? [];
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      const lines: Said[] = [];
      levels.forEach((level, i) => {
        const points = toDecimal(mul(dec(level.share), dec(c.points)))!;
        const when = `${input.v} === ${JSON.stringify(level.label)}`;
        b.push(`${i === 0 ? "if" : "} else if"} (${when}) {`, `${p} = ${q(points)};`);
        lines.push({
          when,
          line: call("explain.clause.grade", {
            rule,
            input: input.desc,
            share: lit(toDecimal(mul(dec(level.share), dec("100")))!),
            points: lit(figure(c.points)),
            value: lit(figure(points)),
          }),
        });
      });
      if (levels.length > 0) b.push("}");
      lines.push({ when: null, line: call("explain.clause.grade.none", { rule, input: input.desc }) });
      b.push(say(ctx, c, lines));
      return [{ p, pool: destOf(c) }];
    }
    case "derived-grade": {
      // Every criterion is computed first (they are pure), then the first that holds gives the grade.
      const shares = new Map((ctx.scope.ir.grades ?? []).map((g) => [g.label, g.share]));
      const conds = c.levels.map((level) => (level.when ? compileExpr(ctx.scope, level.when) : null));
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      let closed = false;
      const lines: Said[] = [];
      c.levels.forEach((level, i) => {
        if (closed) return; // after the level with no criterion (`其余`) none is reached
        const cond = conds[i];
        const share = shares.get(level.label) ?? "0";
        const points = toDecimal(mul(dec(share), dec(c.points)))!;
        b.push(cond ? `${i === 0 ? "if" : "} else if"} (${cond.v}) {` : i === 0 ? "{" : "} else {");
        b.push(`${p} = ${q(points)};`);
        lines.push({
          when: cond ? cond.v : null,
          line: call(cond ? "explain.clause.derived-grade" : "explain.clause.derived-grade.otherwise", {
            rule: lit(oneLine(level.text)),
            label: lit(level.label),
            cond: cond ? cond.desc : lit(""),
            share: lit(toDecimal(mul(dec(share), dec("100")))!),
            points: lit(figure(c.points)),
            value: lit(figure(points)),
          }),
        });
        if (!cond) closed = true;
      });
      if (!closed) lines.push({ when: null, line: call("explain.clause.derived-grade.none", { rule }) });
      b.push("}", say(ctx, c, lines));
      return [{ p, pool: destOf(c) }];
    }
    case "branch":
      return branch(ctx, c);
    case "part": {
      const inner = c.clauses.flatMap((x) => clause(ctx, x));
      const mine = inner.filter((x) => x.pool === destOf(c)).map((x) => x.p);
      const raw = b.let(sumCode(mine));
      const args = { title: lit(c.title), parts: sumText(mine) };
      if (c.max === null) {
        b.push(say(ctx, c, call("explain.part", { ...args, value: showOf(raw) })));
        return [{ p: raw, pool: destOf(c) }, ...inner.filter((x) => x.pool !== destOf(c))];
      }
      const p = b.let(`min(${raw}, ${q(c.max)})`, "p");
      b.push(
        say(
          ctx,
          c,
          [
            { when: `cmp(${p}, ${raw}) === 0`, line: call("explain.part", { ...args, value: showOf(p) }) },
            {
              when: null,
              line: call("explain.part.capped", { ...args, raw: showOf(raw), max: lit(figure(c.max)), value: showOf(p) }),
            },
          ],
        ),
      );
      return [{ p, pool: destOf(c) }, ...inner.filter((x) => x.pool !== destOf(c))];
    }
  }
}

/** A line of explanation and when it is the one said (null: otherwise). */
interface Said {
  when: string | null;
  line: Call;
}

/**
 * `if (band 1) { p = … } else if (band 2) { p = … }`: the first band that holds wins. Returns the
 * bands reached, each with its test, the last with a null test: the band `其余`, or none (null).
 */
function bands(ctx: ItemContext, x: string, list: Band[], p: string): Array<{ when: string | null; band: Band | null }> {
  const b = ctx.scope.body;
  const reached: Array<{ when: string | null; band: Band | null }> = [];
  for (const band of list) {
    const tests: string[] = [];
    if (band.lo !== null) tests.push(`cmp(${x}, ${b.constants.q(band.lo.value)}) ${band.lo.inclusive ? ">=" : ">"} 0`);
    if (band.hi !== null) tests.push(`cmp(${x}, ${b.constants.q(band.hi.value)}) ${band.hi.inclusive ? "<=" : "<"} 0`);
    const open = reached.length > 0;
    const when = tests.length === 0 ? null : tests.join(" && ");
    b.push(
      when === null ? (open ? "} else {" : "{") : `${open ? "} else if" : "if"} (${when}) {`,
      `${p} = ${b.constants.q(band.points)};`,
    );
    reached.push({ when, band });
    if (when === null) break; // `其余`: later bands are unreachable (the checker reports them, E503)
  }
  if (reached.length > 0) b.push("}");
  if (reached.length === 0 || reached[reached.length - 1]!.when !== null) reached.push({ when: null, band: null });
  return reached;
}

/** The sum of the item's own clauses, its other pools, the rescale, the cap and the floor. */
function finish(ctx: ItemContext, contributions: Contribution[]): void {
  const b = ctx.scope.body;
  const item = ctx.item;
  const q = (v: string) => b.constants.q(v);
  const own = contributions.filter((x) => x.pool === item.pool).map((x) => x.p);
  b.push(`let own = ${sumCode(own)};`);
  if (own.length > 1) b.push(b.tell(call("explain.item.sum", { parts: sumText(own), value: showOf("own") })));
  if (contributions.length === 0) b.push(b.tell(call("explain.item.none", {})));

  const otherPools = [...new Set(contributions.filter((x) => x.pool !== item.pool).map((x) => x.pool))];
  const overflow = item.rescale?.overflow ?? null;
  const overflowKey = overflow === null ? null : overflow.section !== null ? sectionPart(overflow.section) : overflow.pool;
  const partPools = [...new Set([...otherPools, ...(overflowKey !== null ? [overflowKey] : [])])];
  if (partPools.length > 0) {
    const entries = partPools.map((pool) => {
      const terms = contributions.filter((x) => x.pool === pool).map((x) => x.p);
      if (terms.length > 1)
        b.push(
          b.tell(
            call("explain.item.pool-sum", {
              pool: lit(ctx.scope.poolTitles.get(pool) ?? pool),
              parts: sumText(terms),
              value: [js(`show(${sumCode(terms)})`), js(`show(${sumCode(terms)})`)],
            }),
          ),
        );
      return `${JSON.stringify(pool)}: ${sumCode(terms)}`;
    });
    b.push(`const parts = { ${entries.join(", ")} };`);
  }

  if (item.rescale !== null) {
    const { from, to } = item.rescale;
    const before = b.let("own", "r");
    b.push(
      `own = mul(own, ${b.constants.other("RESCALE", `div(${q(to)}, ${q(from)})`)});`,
      b.tell(
        call("explain.item.rescale", {
          sum: showOf(before),
          to: lit(figure(to)),
          from: lit(figure(from)),
          value: showOf("own"),
        }),
      ),
    );
    if (overflow !== null) {
      const pool = JSON.stringify(overflowKey);
      const poolTitle = lit(ctx.scope.poolTitles.get(overflowKey!) ?? overflowKey!);
      b.push(`if (cmp(own, ${q(to)}) > 0) {`, `const over = sub(own, ${q(to)});`, `own = ${q(to)};`);
      if (overflow.max === null)
        b.push(
          `parts[${pool}] = add(parts[${pool}], over);`,
          b.tell(call("explain.item.overflow", { to: lit(figure(to)), over: showOf("over"), pool: poolTitle })),
        );
      else
        b.push(
          `const moved = min(over, ${q(overflow.max)});`,
          `parts[${pool}] = add(parts[${pool}], moved);`,
          b.tell(
            call("explain.item.overflow-capped", {
              to: lit(figure(to)),
              over: showOf("over"),
              pool: poolTitle,
              max: lit(figure(overflow.max)),
              moved: showOf("moved"),
            }),
          ),
        );
      b.push("}");
    }
  }
  if (item.cap !== null)
    b.push(
      `if (cmp(own, ${q(item.cap)}) > 0) {`,
      `own = ${q(item.cap)};`,
      b.tell(
        call(item.capWritten ? (item.capReason === null ? "explain.item.cap" : "explain.item.cap-because") : "explain.item.full", {
          cap: lit(figure(item.cap)),
          reason: lit(oneLine(item.capReason ?? "")),
          value: showOf("own"),
        }),
      ),
      "}",
    );
  if (item.floor !== null)
    b.push(
      `if (cmp(own, ${q(item.floor)}) < 0) {`,
      `own = ${q(item.floor)};`,
      b.tell(call("explain.item.floor", { floor: lit(figure(item.floor)), value: showOf("own") })),
      "}",
    );
  // A sheet's parts start null and its pending false: only an item that has parts or compares
  // units writes them.
  const k = ctx.scope.itemIndex.get(item.id)!;
  if (partPools.length > 0) b.push(`S.parts[${k}] = parts;`);
  if (ctx.slots.size > 0) b.push(`S.pending[${k}] = pending;`);
  if (item.figures.length > 0) b.push(namedFigures(ctx, k));
  b.push("return own;");
}

/**
 * The item's named figures (量) for its result, computed again in a block of their own and kept
 * in S.named only when the engine asks (S.named is null while a batch is scored for its figures).
 */
function namedFigures(ctx: ItemContext, k: number): string {
  const body = ctx.scope.body.block();
  const scope: Scope = { ...ctx.scope, body, holders: new Map(), words: "false" };
  const entries = ctx.item.figures.map((f) => `${JSON.stringify(f.name)}: ${compileExpr(scope, f.expr).v}`);
  const temporaries = body.lines.length > 0 ? [body.text()] : [];
  return ["if (S.named !== null) {", ...temporaries, `S.named[${k}] = { ${entries.join(", ")} };`, "}"].join("\n");
}

/**
 * `若 c { … } 否则 { … }`: the clauses of the side that holds, in a block of their own; what they
 * put into each pool is added up in a variable declared before the block.
 */
function branch(ctx: ItemContext, c: Branch): Contribution[] {
  const b = ctx.scope.body;
  const cond = compileExpr(ctx.scope, c.cond);
  const rule = lit(oneLine(c.text.split("{")[0]!));
  const declare = b.lines.length;
  b.push(""); // the pool variables, declared once the sides are known
  const totals = new Map<string, string>();
  const side = (clauses: Clause[]) => {
    const holders = new Map(ctx.scope.holders); // names declared inside the block stay inside it
    for (const x of clauses.flatMap((cl) => clause(ctx, cl))) {
      let v = totals.get(x.pool);
      if (v === undefined) {
        v = b.name("q");
        totals.set(x.pool, v);
      }
      b.push(`${v} = add(${v}, ${x.p});`);
    }
    ctx.scope.holders = holders;
  };
  // The branch's line, which side holds, comes before the lines of that side's clauses.
  b.push(
    say(
      ctx,
      c,
      [
        { when: cond.v, line: call("explain.clause.branch.then", { rule, cond: cond.desc }) },
        {
          when: null,
          line: call(c.otherwise.length > 0 ? "explain.clause.branch.else" : "explain.clause.branch.none", {
            rule,
            cond: cond.desc,
          }),
        },
      ],
    ),
    `if (${cond.v}) {`,
  );
  side(c.then);
  b.push("} else {");
  side(c.otherwise);
  b.push("}");
  b.lines[declare] = [...totals.values()].map((v) => `let ${v} = ZERO;`).join("\n");
  return [...totals].map(([pool, p]) => ({ p, pool }));
}
