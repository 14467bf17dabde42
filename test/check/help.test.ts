// Help: `kaohe --help`, `kaohe <command> --help` / `-h` and `kaohe help <command>` print the usage on
// stdout and exit 0; an unknown command prints it on stderr and exits 2. The `kaohe` command is also
// linked as node_modules/.bin/kaohe by `npm ci` (package.json depends on the package itself).
import { execFileSync } from "node:child_process";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../compiler/cli/main.js";
import { message } from "../../compiler/messages/index.js";

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

describe("help", () => {
  for (const command of ["check", "build", "score", "validate"]) {
    for (const flag of ["--help", "-h"]) {
      it(`kaohe ${command} ${flag}: the command's usage on stdout, exit 0`, async () => {
        expect(await main([command, flag, "--lang", "en"])).toBe(0);
        expect(out).toBe(message(`${command}.usage`, {}, "en") + "\n");
        expect(out).toMatch(new RegExp(`^usage: kaohe ${command} `));
        expect(err).toBe("");
      });
    }
  }

  it("kaohe help score is kaohe score --help, in the language asked for", async () => {
    expect(await main(["help", "score"])).toBe(0);
    expect(out).toBe(message("score.usage", {}, "zh-CN") + "\n");
  });

  it("kaohe --help and kaohe alone: the list of commands on stdout, exit 0", async () => {
    expect(await main(["--help", "--lang", "en"])).toBe(0);
    expect(await main([])).toBe(0);
    expect(out).toContain("usage: kaohe <command>");
    expect(out).toContain("用法：kaohe <命令>");
    expect(err).toBe("");
  });

  it("an unknown command: the list on stderr, exit 2", async () => {
    expect(await main(["chek", "x.kaohe", "--lang", "en"])).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("usage: kaohe <command>");
  });

  it("node_modules/.bin/kaohe runs the command", () => {
    const text = execFileSync("node_modules/.bin/kaohe", ["check", "--help", "--lang", "en"], { encoding: "utf8" });
    expect(text).toBe(message("check.usage", {}, "en") + "\n");
  });
});
