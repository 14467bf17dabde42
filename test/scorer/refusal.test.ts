// A submission that does not fit the scheme is refused before anything is scored: score() and
// scoreAll() throw a SubmissionError whose problems name the unit, the place and what is wrong;
// nothing partial comes out, not even for the valid units of the same batch.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { compileFile } from "../../compiler/compile.js";
import type { SchemeIR } from "../../compiler/ir.js";
import { loadScorer, type LoadedScorer } from "../../generators/scorer/load.js";
import { invalidSubmission, validBatch } from "../support/arbitrary.js";

const file = fileURLToPath(new URL("../../schemes/weifang-2011.kaohe", import.meta.url));
let ir: SchemeIR;
let scorer: LoadedScorer;
beforeAll(async () => {
  ir = compileFile(file).ir!;
  scorer = await loadScorer(ir);
});

function refused(run: () => unknown) {
  try {
    run();
  } catch (err) {
    return err;
  }
  throw new Error("scored a submission that does not fit the scheme");
}

describe("refusing what does not fit (seed 001)", () => {
  it("score(): SubmissionError with the problems, for any invalid submission", () => {
    fc.assert(
      fc.property(invalidSubmission(ir), (sub) => {
        const err = refused(() => scorer.score(sub));
        expect(err).toBeInstanceOf(scorer.SubmissionError);
        const e = err as InstanceType<LoadedScorer["SubmissionError"]>;
        expect(e.name).toBe("SubmissionError");
        expect(e.problems.length).toBeGreaterThan(0);
        for (const p of e.problems) {
          expect(p.code).toMatch(/^S1\d\d$/);
          expect(p.message["zh-CN"].length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });

  it("scoreAll(): one bad unit refuses the whole batch, and its problems point into it", () => {
    fc.assert(
      fc.property(validBatch(ir, 3), invalidSubmission(ir), (batch, bad) => {
        const err = refused(() => scorer.scoreAll([...batch, bad])) as InstanceType<LoadedScorer["SubmissionError"]>;
        expect(err).toBeInstanceOf(scorer.SubmissionError);
        expect(err.problems.some((p) => p.path.startsWith(`/${batch.length}`))).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("a problem names the unit, the item and the input", () => {
    const good = fc.sample(validBatch(ir, 1), { numRuns: 1, seed: 7 })[0]![0]!;
    const bad = structuredClone(good) as { unit: { name: string }; items: Record<string, Record<string, unknown>> };
    const id = Object.keys(bad.items).find((k) => "指标值" in bad.items[k]!)!;
    bad.items[id]!["指标值"] = "很多";
    const err = refused(() => scorer.score(bad)) as InstanceType<LoadedScorer["SubmissionError"]>;
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]).toMatchObject({ unit: bad.unit.name, input: "指标值", path: `/items/${id}/指标值` });
    expect(err.problems[0]!.item?.id).toBe(id);
    expect(err.message).toContain(err.problems[0]!.message["zh-CN"]);
  });
});
