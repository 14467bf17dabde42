// The compact validator carries its schema packed (shape.ts packShape: keywords by short names,
// `additionalProperties: false` as 0, a `required` of every property as 1) and makes it again
// when it loads (shape-runtime.js unpackShape). Made again, it must be the schema shapeSchema
// gives — every keyword, value and key in the same order, since Ajv's order of errors follows it —
// for every fixture and every seed.
import { readFileSync, readdirSync } from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { validatorSchema } from "../../generators/schema/schema.js";
import { packShape, SHAPE_KEYS, shapeSchema } from "../../generators/schema/shape.js";
import { allFixtures } from "./fixtures/schemes.js";

const runtime = readFileSync(new URL("../../generators/schema/shape-runtime.js", import.meta.url), "utf8");

/** shape-runtime.js run as the validator runs it, on the packed schema: its SHAPE, as JSON. */
function unpacked(packed: unknown): string {
  const context = vm.createContext({ SHAPE_PACKED: packed, SHAPE_KEYS });
  return vm.runInContext(`${runtime}\nJSON.stringify(SHAPE)`, context) as string;
}

const seeds = readdirSync("schemes")
  .filter((f) => f.endsWith(".kaohe"))
  .sort();

function check(ir: SchemeIR): void {
  const shape = shapeSchema(validatorSchema(ir));
  const packed = packShape(shape);
  expect(unpacked(packed)).toBe(JSON.stringify(shape));
  // and it is smaller: the point of packing
  expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(shape).length * 0.8);
}

describe("the compact validator's packed schema", () => {
  it.each(allFixtures)("unpacks to shapeSchema's for the %s fixture", (_name, make) => check(make()));

  it.each(seeds)("unpacks to shapeSchema's for schemes/%s", async (file) => {
    const { ir } = await compileFile(`schemes/${file}`);
    expect(ir).not.toBeNull();
    check(ir!);
  });

  it("writes a required list that is not every property in order as it is", () => {
    const shape = {
      type: "object",
      additionalProperties: false,
      required: ["b"],
      properties: { a: { type: "string" }, b: { type: "boolean" } },
    };
    expect(packShape(shape)).toEqual({ t: "object", a: 0, r: ["b"], p: { a: { t: "string" }, b: { t: "boolean" } } });
    expect(unpacked(packShape(shape))).toBe(JSON.stringify(shape));
  });
});
