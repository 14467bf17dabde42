// The validator carries its tables packed (tables.ts `packedTables`: the words an item's or
// input's facts imply are left out) and rebuilds them when it loads (runtime.js `unpackTables`).
// Rebuilt, they must be the tables `runtimeTables` makes — the same words in every problem —
// for every fixture and every seed.
import { readFileSync, readdirSync } from "node:fs";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { submissionMessages } from "../../compiler/messages/submission.js";
import { packedTables, runtimeTables } from "../../generators/schema/tables.js";
import { allFixtures } from "./fixtures/schemes.js";

const runtime = readFileSync(new URL("../../generators/schema/runtime.js", import.meta.url), "utf8");

/** runtime.js run as the validator runs it, on the packed tables: its SCHEME. */
function unpacked(ir: SchemeIR): unknown {
  const context = vm.createContext({ PACKED: packedTables(ir), MESSAGES: submissionMessages });
  return JSON.parse(vm.runInContext(`${runtime}\nJSON.stringify(SCHEME)`, context));
}

const seeds = readdirSync("schemes")
  .filter((f) => f.endsWith(".kaohe"))
  .sort();

describe("the validator's packed tables", () => {
  it.each(allFixtures)("unpack to runtimeTables for the %s fixture", (_name, make) => {
    const ir = make();
    expect(unpacked(ir)).toEqual(JSON.parse(JSON.stringify(runtimeTables(ir))));
  });

  it.each(seeds)("unpack to runtimeTables for schemes/%s", async (file) => {
    const { ir } = await compileFile(`schemes/${file}`);
    expect(ir).not.toBeNull();
    const full = JSON.parse(JSON.stringify(runtimeTables(ir!)));
    expect(unpacked(ir!)).toEqual(full);
    // and they are smaller: the point of packing
    expect(JSON.stringify(packedTables(ir!)).length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});
