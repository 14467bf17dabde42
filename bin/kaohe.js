#!/usr/bin/env node
// The `kaohe` command. kaohe is written in TypeScript; it runs from a bundle of its sources made
// by esbuild and kept while the sources are unchanged (cli-bundle.js), else through tsx's loader.
import { pathToFileURL } from "node:url";
import { cliBundle } from "./cli-bundle.js";

let main;
try {
  ({ main } = await import(pathToFileURL(await cliBundle()).href));
} catch {
  // No bundle (esbuild missing, a read-only tree): the sources through tsx, as before.
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../compiler/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
