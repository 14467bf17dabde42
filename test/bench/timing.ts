// Timing helpers shared by the bench suites: alternating rounds, the best of each (the machine is
// shared, so the best round is the least disturbed), and figures in words.

/** Runs every task once per round, in turn, and returns each task's best time in seconds. */
export async function best<K extends string>(
  rounds: number,
  tasks: Record<K, () => unknown | Promise<unknown>>,
): Promise<Record<K, number>> {
  const out = {} as Record<K, number>;
  for (let round = 0; round < rounds; round++)
    for (const name of Object.keys(tasks) as K[]) {
      const t = performance.now();
      await tasks[name]();
      const s = (performance.now() - t) / 1000;
      out[name] = Math.min(out[name] ?? Infinity, s);
    }
  return out;
}

/** "1.2 M units/s", "15 k units/s", "830 units/s". */
export function perSecond(rate: number): string {
  if (rate >= 1e6) return `${(rate / 1e6).toFixed(2)} M units/s`;
  if (rate >= 1e4) return `${Math.round(rate / 1e3)} k units/s`;
  return `${Math.round(rate).toLocaleString("en")} units/s`;
}

export function seconds(s: number): string {
  return s < 1 ? `${Math.round(s * 1000)} ms` : `${s.toFixed(2)} s`;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MB`;
}
