// Runs a bench step in a child process (its own memory, its own start-up), timed by the wall clock.
// Peak memory is read with GNU time (`/usr/bin/time -f %M`, Debian package `time`): Node gives a
// process its own peak (process.resourceUsage), not its children's.
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
}

/** `node <args>` from the repository root; throws with its stderr when it fails. */
export function runNode(args: string[]): ChildRun {
  if (!existsSync(TIME)) throw new Error(`the bench measures memory with ${TIME}: apt-get install time`);
  const t = performance.now();
  const r = spawnSync(TIME, ["-f", "maxrss-kb %M", process.execPath, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const wallMs = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const kb = /maxrss-kb (\d+)\s*$/.exec(r.stderr);
  if (!kb) throw new Error(`no peak memory from ${TIME}: ${r.stderr.slice(-500)}`);
  return { wallMs, stdout: r.stdout, maxRssMB: Number(kb[1]) / 1024 };
}
