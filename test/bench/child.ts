// Runs a bench step in a child process (its own memory, its own start-up), timed by the wall clock.
// Peak memory and CPU time are read with GNU time (`/usr/bin/time -f %M %U %S`, Debian package
// `time`): Node gives a process its own (process.resourceUsage), not its children's. The CPU time
// (user + system) is the figure to read beside the wall clock when the machine is shared.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const TIME = "/usr/bin/time";

export interface ChildRun {
  wallMs: number;
  stdout: string;
  /** Peak resident memory of the child, MB. */
  maxRssMB: number;
  /** CPU time of the child (user + system), ms. */
  cpuMs: number;
}

/** `node <args>` from the repository root; throws with its stderr when it fails. */
export function runNode(args: string[]): ChildRun {
  if (!existsSync(TIME)) throw new Error(`the bench measures memory with ${TIME}: apt-get install time`);
  const t = performance.now();
  const r = spawnSync(TIME, ["-f", "maxrss-kb %M cpu-s %U %S", process.execPath, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const m = /maxrss-kb (\d+) cpu-s ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  if (!m) throw new Error(`no peak memory and CPU time from ${TIME}: ${r.stderr.slice(-500)}`);
  return { wallMs, stdout: r.stdout, maxRssMB: Number(m[1]) / 1024, cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
}
