// The seed schemes as compiled by the checker: every example submission in examples/<scheme>/
// validates (a batch/ folder as one batch), the schema files are valid JSON Schema, and random
// valid and invalid submissions behave in the validator and in the scorer as they must.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { readSubmissionBytes } from "../../generators/schema/read.js";
import { invalidSubmission, validBatch, validSubmission } from "../support/arbitrary.js";
import { compiledSchemas, scorerFor, validatorFor } from "./helpers.js";

const schemes = readdirSync("schemes")
  .filter((f) => f.endsWith(".kaohe"))
  .map((f) => f.slice(0, -".kaohe".length))
  .sort();

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? [] : f.endsWith(".json") ? [join(dir, f)] : []));
}

function readJson(file: string): unknown {
  const read = readSubmissionBytes(new Uint8Array(readFileSync(file)), file);
  if ("problems" in read) throw new Error(read.problems.map((p) => p.message.en).join("\n"));
  return read.value;
}

const irs = new Map<string, SchemeIR>();
function schemeIR(name: string): SchemeIR {
  let ir = irs.get(name);
  if (!ir) {
    const compiled = compileFile(`schemes/${name}.kaohe`);
    expect(compiled.ir, compiled.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.args)}`).join("\n")).not.toBeNull();
    irs.set(name, (ir = compiled.ir!));
  }
  return ir;
}

it("there are seed schemes with examples", () => {
  expect(schemes.length).toBeGreaterThanOrEqual(5);
  for (const name of schemes) expect(jsonFiles(join("examples", name)).length, name).toBeGreaterThan(0);
});

describe.each(schemes)("the seed scheme %s", (name) => {
  it("accepts every example submission, and its batch as one batch", async () => {
    const ir = schemeIR(name);
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    for (const file of jsonFiles(join("examples", name))) {
      const value = readJson(file);
      expect(v.validateSubmission(value), file).toEqual([]);
      expect(schema.submission(value), file).toBe(true);
    }
    const batchDir = join("examples", name, "batch");
    const batch = statSync(batchDir, { throwIfNoEntry: false }) ? jsonFiles(batchDir).map(readJson) : [];
    expect(v.validateBatch(batch)).toEqual([]);
    if (batch.length > 0) expect(schema.batch(batch)).toBe(true);
  });

  it("accepts random valid submissions and refuses random invalid ones", async () => {
    const ir = schemeIR(name);
    const v = await validatorFor(ir);
    fc.assert(
      fc.property(validSubmission(ir), (s) => {
        expect(v.validateSubmission(s)).toEqual([]);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(invalidSubmission(ir), (s) => {
        expect(v.validateSubmission(s).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("scores random valid submissions without throwing and refuses invalid ones", async () => {
    const ir = schemeIR(name);
    const scorer = await scorerFor(ir);
    fc.assert(
      fc.property(validSubmission(ir), (s) => {
        expect(scorer.score(s).unit.name).toBe(s.unit.name);
      }),
      { numRuns: 30 },
    );
    fc.assert(
      fc.property(validBatch(ir, 4), (b) => {
        expect(scorer.scoreAll(b).units).toHaveLength(b.length);
      }),
      { numRuns: 10 },
    );
    fc.assert(
      fc.property(invalidSubmission(ir), (s) => {
        expect(() => scorer.score(s)).toThrow(scorer.SubmissionError);
      }),
      { numRuns: 30 },
    );
  });
});
