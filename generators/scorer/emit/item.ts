// One item compiled into one straight-line function `item_<k>(S, X)`: its clauses in order, each
// writing its points and a line of explanation, then the sum, the rescale, the cap and the floor.
// Clauses that need the other units (ratio to the best, rank bands) read X, which the engine
// fills from `subjects_<k>(S)` of every unit; X is null when the unit is scored alone.
import type { Band, Clause, Item } from "../../../compiler/ir.js";
import { dec, mul, sign, toDecimal } from "../runtime/decimal.js";
import { sectionPart } from "../runtime/engine.js";
import { Body, type Constants } from "./code.js";
import { compileExpr, constantText, figureOf, type Scope, type Shared, fullSteps } from "./expr.js";
import { fill2, js, lit, oneLine, words, type Bi } from "./text.js";

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
    `function item_${k}(S, X, u, E) {`,
    `const I = S.items[${JSON.stringify(item.id)}] || NONE;`,
    `const zh = E ? [] : null;`,
    `const en = E ? [] : null;`,
    ...(cross.length > 0 ? ["let pending = false;"] : []),
  ];
  const run = [...head, body.text(), "}"].join("\n");

  let subjects: string | null = null;
  if (cross.length > 0) {
    const sb = new Body(constants);
    const sscope: Scope = { ...shared, item, body: sb, holders: new Map() };
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

/** Writes a clause's line when the item is asked for words. */
function say(ctx: ItemContext, c: Clause, line: Bi): string {
  return ctx.scope.body.say(clauseLine(ctx, c, line));
}

/** Writes a clause's line inside a block that runs only when asked for words. */
function sayIn(ctx: ItemContext, c: Clause, line: Bi): string {
  return ctx.scope.body.sayIn(clauseLine(ctx, c, line));
}

function clause(ctx: ItemContext, c: Clause): Contribution[] {
  const b = ctx.scope.body;
  const q = (v: string) => b.constants.q(v);
  const rule = lit(oneLine(c.text));
  switch (c.k) {
    case "when": {
      const cond = compileExpr(ctx.scope, c.cond);
      const p = b.name("p");
      b.push(
        `let ${p};`,
        `if (${cond.v}) {`,
        `${p} = ${q(c.points)};`,
        say(ctx, c, fill2("explain.clause.when.true", { rule, cond: cond.desc, value: lit(figure(c.points)) })),
        "} else {",
        `${p} = ${q(c.otherwise)};`,
        say(ctx, c, fill2("explain.clause.when.false", { rule, cond: cond.desc, value: lit(figure(c.otherwise)) })),
        "}",
      );
      return [{ p, pool: destOf(c) }];
    }
    case "value": {
      const e = compileExpr(ctx.scope, c.expr);
      b.push(say(ctx, c, fill2("explain.clause.value", { rule, expr: e.desc, value: showOf(e.v) })));
      return [{ p: e.v, pool: destOf(c) }];
    }
    case "per": {
      const n = c.step === null ? compileExpr(ctx.scope, c.count) : fullSteps(ctx.scope, c.count, c.step);
      const raw = b.let(`mul(${n.v}, ${q(c.each)})`);
      const args = { rule, count: n.desc, each: lit(figure(c.each)) };
      if (c.limit === null) {
        b.push(say(ctx, c, fill2("explain.clause.per", { ...args, value: showOf(raw) })));
        return [{ p: raw, pool: destOf(c) }];
      }
      const deduct = sign(dec(c.each)) < 0;
      const p = deduct
        ? b.let(`max(${raw}, ${q(toDecimal(mul(dec(c.limit), dec("-1")))!)})`, "p")
        : b.let(`min(${raw}, ${q(c.limit)})`, "p");
      b.push(
        "if (E) {",
        `if (cmp(${p}, ${raw}) === 0) {`,
        sayIn(ctx, c, fill2("explain.clause.per", { ...args, value: showOf(p) })),
        "} else {",
        sayIn(
          ctx,
          c,
          fill2(deduct ? "explain.clause.per.max-deduct" : "explain.clause.per.max", {
            ...args,
            raw: showOf(raw),
            limit: lit(figure(c.limit)),
            value: showOf(p),
          }),
        ),
        "}",
        "}",
      );
      return [{ p, pool: destOf(c) }];
    }
    case "choice": {
      const input = compileExpr(ctx.scope, { k: "input", ref: c.input });
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      c.cases.forEach((cs, i) => {
        b.push(
          `${i === 0 ? "if" : "} else if"} (${input.v} === ${JSON.stringify(cs.option)}) {`,
          `${p} = ${q(cs.points)};`,
          say(ctx, c, fill2("explain.clause.choice", { rule, input: input.desc, value: lit(figure(cs.points)) })),
        );
      });
      b.push(
        c.cases.length === 0 ? "{" : "} else {",
        say(ctx, c, fill2("explain.clause.choice.none", { rule, input: input.desc })),
        "}",
      );
      return [{ p, pool: destOf(c) }];
    }
    case "tiers": {
      const s = compileExpr(ctx.scope, c.subject);
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      bands(
        ctx,
        s.v,
        c.bands,
        p,
        (band) =>
          say(
            ctx,
            c,
            fill2("explain.clause.tiers", {
              rule,
              subject: s.desc,
              band: lit(oneLine(band.text)),
              value: lit(figure(band.points)),
            }),
          ),
        say(ctx, c, fill2("explain.clause.tiers.none", { rule, subject: s.desc })),
      );
      return [{ p, pool: destOf(c) }];
    }
    case "ratio-to-best": {
      const s = compileExpr(ctx.scope, c.value);
      const x = `X[${ctx.slots.get(c)!}]`;
      const p = b.name("p");
      const best = figureOf(ctx.scope, c.value, `${x}.best`);
      b.push(
        `let ${p} = ZERO;`,
        "if (X === null) {",
        "pending = true;",
        say(ctx, c, fill2("explain.clause.ratio.pending", { rule, subject: s.desc })),
        `} else if (sign(${x}.best) <= 0) {`,
        say(ctx, c, fill2("explain.clause.ratio.zero", { rule, subject: s.desc, best })),
        "} else {",
        `${p} = mul(div(${s.v}, ${x}.best), ${q(c.points)});`,
        say(
          ctx,
          c,
          fill2("explain.clause.ratio", {
            rule,
            subject: s.desc,
            best,
            leaders: [js(`leaders(${x}, 0)`), js(`leaders(${x}, 1)`)],
            points: lit(figure(c.points)),
            value: showOf(p),
          }),
        ),
        "}",
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
        say(ctx, c, fill2("explain.clause.rank.pending", { rule, subject: s.desc })),
        "} else {",
        `const ${r} = int(${x}.ranks[u]);`,
      );
      bands(
        ctx,
        r,
        c.bands,
        p,
        (band) =>
          say(ctx, c, fill2("explain.clause.rank", { ...args, band: lit(oneLine(band.text)), value: lit(figure(band.points)) })),
        say(ctx, c, fill2("explain.clause.rank.none", args)),
      );
      b.push("}");
      return [{ p, pool: destOf(c) }];
    }
    case "grade": {
      const input = compileExpr(ctx.scope, { k: "input", ref: c.input });
      const levels = ctx.scope.ir.grades ?? [];
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      levels.forEach((level, i) => {
        const points = toDecimal(mul(dec(level.share), dec(c.points)))!;
        b.push(
          `${i === 0 ? "if" : "} else if"} (${input.v} === ${JSON.stringify(level.label)}) {`,
          `${p} = ${q(points)};`,
          say(
            ctx,
            c,
            fill2("explain.clause.grade", {
              rule,
              input: input.desc,
              share: lit(toDecimal(mul(dec(level.share), dec("100")))!),
              points: lit(figure(c.points)),
              value: lit(figure(points)),
            }),
          ),
        );
      });
      b.push(
        levels.length === 0 ? "{" : "} else {",
        say(ctx, c, fill2("explain.clause.grade.none", { rule, input: input.desc })),
        "}",
      );
      return [{ p, pool: destOf(c) }];
    }
    case "derived-grade": {
      // Every criterion is computed first (they are pure), then the first that holds gives the grade.
      const shares = new Map((ctx.scope.ir.grades ?? []).map((g) => [g.label, g.share]));
      const conds = c.levels.map((level) => (level.when ? compileExpr(ctx.scope, level.when) : null));
      const p = b.name("p");
      b.push(`let ${p} = ZERO;`);
      let closed = false;
      c.levels.forEach((level, i) => {
        const cond = conds[i];
        const share = shares.get(level.label) ?? "0";
        const points = toDecimal(mul(dec(share), dec(c.points)))!;
        b.push(cond ? `${i === 0 ? "if" : "} else if"} (${cond.v}) {` : i === 0 ? "{" : "} else {");
        b.push(
          `${p} = ${q(points)};`,
          say(
            ctx,
            c,
            fill2(cond ? "explain.clause.derived-grade" : "explain.clause.derived-grade.otherwise", {
              rule: lit(oneLine(level.text)),
              label: lit(level.label),
              cond: cond ? cond.desc : lit(""),
              share: lit(toDecimal(mul(dec(share), dec("100")))!),
              points: lit(figure(c.points)),
              value: lit(figure(points)),
            }),
          ),
        );
        if (!cond) closed = true;
      });
      if (!closed) b.push("} else {", say(ctx, c, fill2("explain.clause.derived-grade.none", { rule })));
      b.push("}");
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
        b.push(say(ctx, c, fill2("explain.part", { ...args, value: showOf(raw) })));
        return [{ p: raw, pool: destOf(c) }, ...inner.filter((x) => x.pool !== destOf(c))];
      }
      const p = b.let(`min(${raw}, ${q(c.max)})`, "p");
      b.push(
        "if (E) {",
        `if (cmp(${p}, ${raw}) === 0) {`,
        sayIn(ctx, c, fill2("explain.part", { ...args, value: showOf(p) })),
        "} else {",
        sayIn(
          ctx,
          c,
          fill2("explain.part.capped", { ...args, raw: showOf(raw), max: lit(figure(c.max)), value: showOf(p) }),
        ),
        "}",
        "}",
      );
      return [{ p, pool: destOf(c) }, ...inner.filter((x) => x.pool !== destOf(c))];
    }
  }
}

/** `if (band 1) { … } else if (band 2) { … } else { none }`: the first band that holds wins. */
function bands(ctx: ItemContext, x: string, list: Band[], p: string, line: (b: Band) => string, none: string): void {
  const b = ctx.scope.body;
  let open = false;
  for (const band of list) {
    const tests: string[] = [];
    if (band.lo !== null) tests.push(`cmp(${x}, ${b.constants.q(band.lo.value)}) ${band.lo.inclusive ? ">=" : ">"} 0`);
    if (band.hi !== null) tests.push(`cmp(${x}, ${b.constants.q(band.hi.value)}) ${band.hi.inclusive ? "<=" : "<"} 0`);
    const head =
      tests.length === 0 ? (open ? "} else {" : "{") : `${open ? "} else if" : "if"} (${tests.join(" && ")}) {`;
    b.push(head, `${p} = ${b.constants.q(band.points)};`, line(band));
    open = true;
    if (tests.length === 0) {
      b.push("}");
      return; // `其余`: later bands are unreachable (the checker reports them, E503)
    }
  }
  b.push(open ? "} else {" : "{", none, "}");
}

/** The sum of the item's own clauses, its other pools, the rescale, the cap and the floor. */
function finish(ctx: ItemContext, contributions: Contribution[]): void {
  const b = ctx.scope.body;
  const item = ctx.item;
  const q = (v: string) => b.constants.q(v);
  const own = contributions.filter((x) => x.pool === item.pool).map((x) => x.p);
  b.push(`let own = ${sumCode(own)};`);
  if (own.length > 1) b.push(b.say(fill2("explain.item.sum", { parts: sumText(own), value: showOf("own") })));
  if (contributions.length === 0) b.push(b.say(fill2("explain.item.none", {})));

  const otherPools = [...new Set(contributions.filter((x) => x.pool !== item.pool).map((x) => x.pool))];
  const overflow = item.rescale?.overflow ?? null;
  const overflowKey = overflow === null ? null : overflow.section !== null ? sectionPart(overflow.section) : overflow.pool;
  const partPools = [...new Set([...otherPools, ...(overflowKey !== null ? [overflowKey] : [])])];
  const parts = partPools.length > 0 ? "parts" : "null";
  if (partPools.length > 0) {
    const entries = partPools.map((pool) => {
      const terms = contributions.filter((x) => x.pool === pool).map((x) => x.p);
      if (terms.length > 1)
        b.push(
          b.say(
            fill2("explain.item.pool-sum", {
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
      b.say(
        fill2("explain.item.rescale", {
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
          b.say(fill2("explain.item.overflow", { to: lit(figure(to)), over: showOf("over"), pool: poolTitle })),
        );
      else
        b.push(
          `const moved = min(over, ${q(overflow.max)});`,
          `parts[${pool}] = add(parts[${pool}], moved);`,
          b.say(
            fill2("explain.item.overflow-capped", {
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
      b.say(
        fill2(item.capWritten ? (item.capReason === null ? "explain.item.cap" : "explain.item.cap-because") : "explain.item.full", {
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
      b.say(fill2("explain.item.floor", { floor: lit(figure(item.floor)), value: showOf("own") })),
      "}",
    );
  const pending = ctx.slots.size > 0 ? "pending" : "false";
  const k = ctx.scope.itemIndex.get(item.id)!;
  b.push(
    `S.own[${k}] = own;`,
    `S.parts[${k}] = ${parts};`,
    `S.pending[${k}] = ${pending};`,
    "return E ? { zh, en } : null;",
  );
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
  const side = (clauses: Clause[], line: Bi) => {
    const holders = new Map(ctx.scope.holders); // names declared inside the block stay inside it
    b.push(say(ctx, c, line));
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
  b.push(`if (${cond.v}) {`);
  side(c.then, fill2("explain.clause.branch.then", { rule, cond: cond.desc }));
  b.push("} else {");
  side(
    c.otherwise,
    fill2(c.otherwise.length > 0 ? "explain.clause.branch.else" : "explain.clause.branch.none", {
      rule,
      cond: cond.desc,
    }),
  );
  b.push("}");
  b.lines[declare] = [...totals.values()].map((v) => `let ${v} = ZERO;`).join("\n");
  return [...totals].map(([pool, p]) => ({ p, pool }));
}
