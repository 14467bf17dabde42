// Round trips over random submissions (fast-check): every valid one passes the published schema and
// the generated validator, also after being written as JSON and read back; every invalid one is
// refused with problems worded in both languages; the schema and the validator agree.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSubmissionBytes } from "../../generators/schema/read.js";
import type { SubmissionProblem } from "../../generators/scorer/result.js";
import { invalidSubmission, validBatch, validSubmission } from "../support/arbitrary.js";
import { allFixtures } from "./fixtures/schemes.js";
import { compiledSchemas, validatorFor } from "./helpers.js";

/** Problems the validator finds beyond what the JSON Schema can say (the unit list's kind and targets). */
const BEYOND_SCHEMA = new Set(["S121", "S122", "S123", "S124", "S129"]);

function wellWorded(p: SubmissionProblem): void {
  expect(p.code).toMatch(/^S1\d\d$/);
  expect(p.path === "" || p.path.startsWith("/")).toBe(true);
  for (const text of Object.values(p.message)) {
    expect(text.length).toBeGreaterThan(5);
    expect(text, text).not.toMatch(/\{[a-z]+\}|undefined|\[object/);
  }
  expect(p.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
}

describe.each(allFixtures)("random submissions to the %s fixture", (_name, make) => {
  const ir = make();

  it("valid ones pass the published schema and the validator, also read back from JSON", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    fc.assert(
      fc.property(validSubmission(ir), (s) => {
        expect(v.validateSubmission(s)).toEqual([]);
        expect(schema.submission(s)).toBe(true);
        const read = readSubmissionBytes(new TextEncoder().encode(JSON.stringify(s, null, 2)), "s.json");
        expect(read).toEqual({ value: s });
        if ("value" in read) expect(v.validateSubmission(read.value)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("valid batches of distinct units pass as a batch", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    fc.assert(
      fc.property(validBatch(ir), (batch) => {
        expect(v.validateBatch(batch)).toEqual([]);
        expect(schema.batch(batch)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it("invalid ones are refused, each problem worded in zh-CN and en, and the schema agrees", async () => {
    const v = await validatorFor(ir);
    const schema = await compiledSchemas(ir);
    fc.assert(
      fc.property(invalidSubmission(ir), (s) => {
        const problems = v.validateSubmission(s);
        expect(problems.length).toBeGreaterThan(0);
        problems.forEach(wellWorded);
        // What the validator finds beyond the schema is all that may pass the schema.
        if (schema.submission(s)) expect(problems.every((p) => BEYOND_SCHEMA.has(p.code))).toBe(true);
        // In a batch, the same problems come with the submission's index.
        const inBatch = v.validateBatch([s]);
        expect(inBatch.map((p) => p.path)).toEqual(problems.map((p) => `/0${p.path}`));
      }),
      { numRuns: 300 },
    );
  });
});
