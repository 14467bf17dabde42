// The bands of one `分档` / `名次分档` over the values its subject can take: which bands some
// value reaches first, which overlap an earlier band (E502), which no value reaches (E503), and
// which values no band holds (E501).
import { holdsAny, intersect, intersectAll, type Segment, subtractAll, WHOLE_LINE } from "./segments.js";

export type BandProblem =
  | { kind: "empty" | "outside" | "shadowed"; band: number; by: number[] }
  | { kind: "overlap"; band: number; by: number[]; overlap: Segment[] };

export interface BandAnalysis {
  /** Per band: some value of the domain reaches it first. */
  reachable: boolean[];
  problems: BandProblem[];
  /** Values of the domain that no band holds. */
  gaps: Segment[];
}

/** `bands[i]` is null for `其余` (every value not yet held). */
export function analyseBands(domain: Segment, bands: Array<Segment | null>, integral: boolean): BandAnalysis {
  let remaining: Segment[] = holdsAny(domain, integral) ? [domain] : [];
  const held: Segment[] = [];
  const reachable: boolean[] = [];
  const problems: BandProblem[] = [];
  bands.forEach((band, i) => {
    const segment = band ?? WHOLE_LINE;
    const earlier = (): number[] =>
      held.flatMap((h, j) => (holdsAny(intersect(h, intersect(segment, domain)), integral) ? [j] : []));
    const fresh = intersectAll(remaining, segment, integral);
    reachable.push(fresh.length > 0);
    if (band && !holdsAny(band, integral)) problems.push({ kind: "empty", band: i, by: [] });
    else if (!holdsAny(intersect(segment, domain), integral)) problems.push({ kind: "outside", band: i, by: [] });
    else if (fresh.length === 0) problems.push({ kind: "shadowed", band: i, by: earlier() });
    else if (band) {
      const covered = coveredPart(segment, domain, remaining, integral);
      if (covered.length > 0) problems.push({ kind: "overlap", band: i, by: earlier(), overlap: covered });
    }
    held.push(intersect(segment, domain));
    remaining = subtractAll(remaining, segment);
  });
  return { reachable, problems, gaps: remaining.filter((g) => holdsAny(g, integral)) };
}

/** The part of the band (within the domain) that earlier bands already hold. */
function coveredPart(band: Segment, domain: Segment, remaining: Segment[], integral: boolean): Segment[] {
  let covered: Segment[] = [intersect(band, domain)];
  for (const r of remaining) covered = subtractAll(covered, r);
  return covered.filter((c) => holdsAny(c, integral));
}
