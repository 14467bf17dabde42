// The compact validator scorer.js and the form carry (generators/schema/shape-runtime.js) against the one
// `kaohe validate` runs (Ajv's standalone code): on every seed and fixture, for valid submissions,
// invalid ones, valid ones mutated at random places into anything (NaN, -0, repeated list entries,
// unknown or missing keys, objects where numbers go …) and batches of them, both give exactly the
// same problems: codes, paths, units, items, inputs and words, in the same order.
import { readdirSync } from "node:fs";
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { compactShapeSource, generateValidatorModule } from "../../generators/schema/index.js";
import { loadValidator, type Validator } from "../../generators/schema/load.js";
import { shapeSchema } from "../../generators/schema/shape.js";
import { compactSchema } from "../../generators/schema/compact-schema.js";
import { createAjv } from "../../generators/schema/standalone.js";
import { invalidSubmission, validSubmission } from "../support/arbitrary.js";
import { allFixtures } from "./fixtures/schemes.js";

const seeds = readdirSync("schemes")
  .filter((f) => f.endsWith(".kaohe"))
  .sort()
  .map((f): [string, () => SchemeIR] => [f, () => compileFile(`schemes/${f}`).ir!]);

/** Values that break some check somewhere: wrong types, edges of bounds, look-alike keys. */
const odd = fc.oneof(
  fc.constantFrom<unknown>(
    NaN, Infinity, -Infinity, -0, 0, -1, 0.5, 1.5, 100, 100.5, 101, 1e21, -1e-7,
    "", " ", "\n", "x", "0", "是", "__proto__", "constructor", true, false, null,
    [], [1, 1], ["a", "a"], ["__proto__", "__proto__"], ["constructor", "a", "constructor"], [{}, {}], [[1], [1]], [null, null], ["x", 1, 1], [NaN, NaN], {}, { a: 1 },
  ),
  fc.anything({ maxDepth: 2, withNullPrototype: false }),
);

type Path = Array<string | number>;

/** Every place inside a value: the path to each object, array and leaf. */
function places(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...at, i], out));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) places(v, [...at, k], out);
  }
  return out;
}

type Mutation = { pick: number; how: "set" | "delete" | "add"; key: string; value: unknown };

function mutate(value: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(value);
  for (const { value: shared, ...m } of mutations) {
    const value = structuredClone(shared); // fast-check hands out one instance of a constant
    const all = places(root);
    const path = all[m.pick % all.length]!;
    if (path.length === 0) {
      if (m.how === "set") root = value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], root);
    const last = path[path.length - 1]!;
    if (m.how === "set") parent[last] = value;
    else if (m.how === "delete") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      const target = parent[last];
      if (Array.isArray(target)) target.push(value);
      else if (target !== null && typeof target === "object") target[m.key] = value;
      else parent[last] = value;
    }
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  how: fc.constantFrom<Mutation["how"]>("set", "set", "delete", "add"),
  key: fc.oneof(fc.constantFrom("unit", "items", "notApplicable", "facts", "forms", "1", "target", "kind", "constructor"), fc.string({ maxLength: 4 })),
  value: odd,
});

function mutated(ir: SchemeIR): fc.Arbitrary<unknown> {
  return fc.tuple(validSubmission(ir), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([s, ms]) => mutate(s, ms));
}

describe.each([...seeds, ...allFixtures])("the compact validator of %s", (_name, make) => {
  const ir = make();
  let ajv: Validator;
  let compact: Validator;
  const both = async () => {
    ajv ??= await loadValidator(ir, "ajv");
    compact ??= await loadValidator(ir, "compact");
  };
  const same = (value: unknown): void => {
    expect(compact.validateSubmission(value)).toEqual(ajv.validateSubmission(value));
  };

  it("finds exactly Ajv's problems in valid and invalid submissions", async () => {
    await both();
    fc.assert(fc.property(validSubmission(ir), (s) => {
        expect(compact.validateSubmission(s)).toEqual([]);
      }), { numRuns: 100 });
    fc.assert(fc.property(invalidSubmission(ir), same), { numRuns: 300 });
  });

  it("finds exactly Ajv's problems in submissions mutated at random places", async () => {
    await both();
    fc.assert(fc.property(mutated(ir), same), { numRuns: 600 });
    fc.assert(fc.property(odd, same), { numRuns: 100 });
  });

  it("finds exactly Ajv's problems in batches", async () => {
    await both();
    const batch = fc.array(fc.oneof(validSubmission(ir), mutated(ir)), { maxLength: 4 });
    fc.assert(fc.property(batch, (b) => {
        expect(compact.validateBatch(b)).toEqual(ajv.validateBatch(b));
      }), { numRuns: 100 });
  });
});

/** Every keyword of the subset at once, each able to fail beside the others. */
const EVERY_KEYWORD = {
  type: "object",
  additionalProperties: false,
  required: ["n", "i", "o"],
  properties: {
    n: { type: "number", minimum: 0, maximum: 100 },
    i: { type: "integer", minimum: 1, maximum: 0 },
    t: { type: "number", exclusiveMinimum: 0 },
    e: { type: "string", enum: ["a", "b"] },
    p: { type: "string", pattern: "\\S" },
    b: { type: "boolean" },
    l: { type: "array", minItems: 3, uniqueItems: true, items: { type: "string", enum: ["a", "b", "constructor"] } },
    m: { type: "array", minItems: 1, items: { type: "string", pattern: "\\S" } },
    o: { type: "object", additionalProperties: false, required: ["x"], properties: { x: { type: "number", minimum: 0, maximum: 100 } } },
    r: { type: "array", uniqueItems: true, items: { type: "object", additionalProperties: false, required: ["x"], properties: { x: { type: "number", minimum: 0, maximum: 100 } } } },
    s: { type: "array", uniqueItems: true, items: { type: "string", enum: ["a", "b", "constructor"] } },
    // Keys Object.prototype has too: an object's own value only.
    constructor: { type: "boolean" },
    toString: { type: "integer", minimum: 0 },
    q: { type: "object", required: ["x", "toString"], properties: { x: { type: "number", maximum: 1 }, toString: { type: "boolean" } } },
    f: { if: { type: "number" }, then: { type: "number", minimum: 0 }, else: { type: "string" } },
    g: { not: { type: "string" } },
  },
};

describe("the compact shape check, keyword by keyword", () => {
  const schema = compactSchema(EVERY_KEYWORD);
  const ajv = createAjv({ source: false }).compile(schema);
  let compact: (d: unknown) => { errors: Array<Record<string, any>> | null };
  /** What runtime.js reads of an error. */
  const read = (errors: Array<Record<string, any>> | null | undefined) =>
    (errors ?? []).map((e) => [e.instancePath, e.keyword, e.params.missingProperty, e.params.additionalProperty, e.params.type, e.params.i]);
  const keys = fc.constantFrom("n", "i", "t", "e", "p", "b", "l", "m", "o", "r", "s", "x", "constructor", "toString", "q", "f", "g");
  const inner = fc.dictionary(fc.constantFrom("x", "toString", "y"), fc.oneof(odd, fc.constant(undefined)), { maxKeys: 3 });
  const value = fc.oneof(odd, fc.constant(undefined), inner, fc.array(fc.oneof(odd, fc.constantFrom("a", "b", "constructor", { x: 1 }, { x: 1 }, { x: 101 })), { maxLength: 4 }));

  it("holds the repeated parts as $refs, as Ajv is given them", () => {
    expect(JSON.stringify(schema)).toContain("$ref");
  });

  it("reports Ajv's errors in Ajv's order for anything", async () => {
    const source = `${await compactShapeSource(schema)}\nreturn (d) => { validateShape(d); return { errors: validateShape.errors }; }`;
    // In this realm, as the scorer runs it: Ajv's `equal` compares prototypes' methods, which differ across realms.
    compact = vm.runInThisContext(`(function () { ${source} })()`);
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(keys, value, { maxKeys: 8 }), odd), (d) => {
        ajv(d);
        expect(read(compact(d).errors)).toEqual(read(ajv.errors));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the compact validator", () => {
  const [, make] = allFixtures[0]!;

  it("has no imports, eval or new Function and runs in a bare realm", async () => {
    const source = await generateValidatorModule(make(), "compact");
    const code = source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(code).not.toMatch(/\bimport\b|\bexport\b|\brequire\s*\(|\beval\s*\(|new\s+Function/);
    const v = vm.runInContext(`${source}\n({ validateSubmission })`, vm.createContext({}));
    expect(v.validateSubmission({})[0]).toMatchObject({ code: "S112", path: "/unit" });
  });

  it("is a fraction of Ajv's code", async () => {
    const ir = compileFile("schemes/county-2011.kaohe").ir!;
    const compact = await generateValidatorModule(ir, "compact");
    const ajv = await generateValidatorModule(ir, "ajv");
    expect(compact.length).toBeLessThan(ajv.length / 2);
  });

  it("refuses to be made from a schema with a keyword it does not check", () => {
    expect(() => shapeSchema({ type: "object", properties: { a: { type: "string", maxLength: 3 } } })).toThrow(
      /no keyword maxLength .* at #\/properties\/a/,
    );
    expect(() => shapeSchema({ type: "object", properties: { a: { $ref: "#/$defs/none" } } })).toThrow(/\$ref/);
  });
});
