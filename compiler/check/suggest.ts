// "Did you mean …?": the names in scope closest to a name that resolved to nothing, by edit
// distance over characters (code points), so that it works for Chinese names as well as Latin.

export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[t.length]!;
}

/** Up to three candidates, best first: those within a third of the name's length (at least
 *  one edit), and those that contain the name or are contained in it. */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const length = [...name].length;
  const limit = Math.max(1, Math.floor(length / 3));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name) continue;
    const distance = editDistance(name, candidate);
    const nested = length >= 2 && [...candidate].length >= 2 && (candidate.includes(name) || name.includes(candidate));
    if (distance <= limit || nested) scored.push({ candidate, score: distance });
  }
  scored.sort((x, y) => x.score - y.score || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0));
  return scored.slice(0, 3).map((s) => s.candidate);
}
