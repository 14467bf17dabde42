// What the CLI writes, captured for the CLI tests: either per test (captureOutput, the text in
// io.out and io.err, reset before each test) or per call (runCli, main() run once).
import { afterEach, beforeEach, vi } from "vitest";
import { main } from "../../compiler/cli/main.js";

function spyOutput(io: { out: string; err: string }): void {
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((io.out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((io.err += String(chunk)), true));
}

/** Registers the hooks; each test reads (and may reset) io.out and io.err. */
export function captureOutput(): { out: string; err: string } {
  const io = { out: "", err: "" };
  beforeEach(() => {
    io.out = "";
    io.err = "";
    spyOutput(io);
  });
  afterEach(() => vi.restoreAllMocks());
  return io;
}

/** `kaohe <argv…>` in-process: its exit code and what it wrote. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: "", err: "" };
  spyOutput(io);
  try {
    return { code: await main(argv), ...io };
  } finally {
    vi.restoreAllMocks();
  }
}
