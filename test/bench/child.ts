// Runs a bench step in a child process (its own memory, its own start-up), timed by the wall clock.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface ChildRun {
  wallMs: number;
  stdout: string;
  /** Peak resident memory of the child, MB (getrusage of the waited-for child). */
  maxRssMB: number;
}

/** `node <args>` from the repository root; throws with its stderr when it fails. */
export function runNode(args: string[]): ChildRun {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { wallMs, stdout: r.stdout, maxRssMB: maxRssOfLastChild() };
}

// process.resourceUsage() is this process's own; the children's peak is in getrusage(RUSAGE_CHILDREN),
// which Node does not expose, so each child reports its own where it matters (score-all-child.ts)
// and `kaohe` runs are measured with /usr/bin/time's %M when it is installed.
function maxRssOfLastChild(): number {
  return Number.NaN;
}
