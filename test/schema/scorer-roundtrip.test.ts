// The scorer carries the generated validator: random valid submissions score without throwing, and
// random invalid ones are refused by score() and scoreAll() with the validator's own problems.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidSubmission, validBatch, validSubmission } from "../support/arbitrary.js";
import { allFixtures } from "./fixtures/schemes.js";
import { scorerFor, validatorFor } from "./helpers.js";

describe.each(allFixtures)("the scorer of the %s fixture", (_name, make) => {
  const ir = make();

  it("scores every valid submission and batch without throwing", async () => {
    const scorer = await scorerFor(ir);
    fc.assert(
      fc.property(validSubmission(ir), (s) => {
        expect(scorer.score(s).unit.name).toBe(s.unit.name);
      }),
      { numRuns: 40 },
    );
    fc.assert(
      fc.property(validBatch(ir), (batch) => {
        expect(scorer.scoreAll(batch).units).toHaveLength(batch.length);
      }),
      { numRuns: 15 },
    );
  });

  it("refuses every invalid submission with the validator's problems, scoring nothing", async () => {
    const scorer = await scorerFor(ir);
    const v = await validatorFor(ir);
    fc.assert(
      fc.property(invalidSubmission(ir), (s) => {
        let thrown: unknown;
        try {
          scorer.score(s);
        } catch (err) {
          thrown = err;
        }
        expect(thrown).toBeInstanceOf(scorer.SubmissionError);
        expect((thrown as { problems: unknown }).problems).toEqual(v.validateSubmission(s));
        expect(() => scorer.scoreAll([s])).toThrow(scorer.SubmissionError);
      }),
      { numRuns: 40 },
    );
  });
});
