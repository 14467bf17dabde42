// Help: `kaohe --help`, `kaohe <command> --help` / `-h` and `kaohe help <command>` print the usage on
// stdout and exit 0; an unknown command prints it on stderr and exits 2. The `kaohe` command is also
// linked as node_modules/.bin/kaohe by `npm ci` (package.json depends on the package itself).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { captureOutput } from "../support/output.js";
import { main } from "../../compiler/cli/main.js";
import { message } from "../../compiler/messages/index.js";

const io = captureOutput();

describe("help", () => {
  for (const command of ["check", "build", "score", "validate", "diff"]) {
    for (const flag of ["--help", "-h"]) {
      it(`kaohe ${command} ${flag}: the command's usage on stdout, exit 0`, async () => {
        expect(await main([command, flag, "--lang", "en"])).toBe(0);
        expect(io.out).toBe(message(`${command}.usage`, {}, "en") + "\n");
        expect(io.out).toMatch(new RegExp(`^usage: kaohe ${command} `));
        expect(io.err).toBe("");
      });
    }
  }

  it("kaohe help score is kaohe score --help, in the language asked for", async () => {
    expect(await main(["help", "score"])).toBe(0);
    expect(io.out).toBe(message("score.usage", {}, "zh-CN") + "\n");
  });

  it("kaohe --help and kaohe alone: the list of commands on stdout, exit 0", async () => {
    expect(await main(["--help", "--lang", "en"])).toBe(0);
    expect(await main([])).toBe(0);
    expect(io.out).toContain("usage: kaohe <command>");
    expect(io.out).toContain("用法：kaohe <命令>");
    expect(io.err).toBe("");
  });

  it("an unknown command: the list on stderr, exit 2", async () => {
    expect(await main(["chek", "x.kaohe", "--lang", "en"])).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toContain("usage: kaohe <command>");
  });

  it("node_modules/.bin/kaohe runs the command", () => {
    const text = execFileSync("node_modules/.bin/kaohe", ["check", "--help", "--lang", "en"], { encoding: "utf8" });
    expect(text).toBe(message("check.usage", {}, "en") + "\n");
  });
});
