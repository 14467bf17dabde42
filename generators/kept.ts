// Text a generator makes the same way from the same inputs (the scorer's transpiled runtime, the
// form's bundled script), kept between runs in node_modules/.cache/kaohe/ under a hash of those
// inputs, so that a build starts no esbuild process while they are unchanged: the same bytes
// either way. A tree where nothing can be written makes the text every time.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";

const CACHE = new URL("../node_modules/.cache/kaohe/", import.meta.url);

/** esbuild's version: a new esbuild may print the same code differently. */
export async function esbuildVersion(): Promise<string> {
  const pkg = await readFile(new URL("../node_modules/esbuild/package.json", import.meta.url), "utf8");
  return (JSON.parse(pkg) as { version: string }).version;
}

/**
 * The text `make()` returns for these inputs (everything the text depends on: sources, options,
 * versions), from the cache when it was made before. `make` says with `keep: false` that its text
 * must not be kept (it turned out to depend on more than the inputs name).
 */
export async function kept(name: string, inputs: unknown, make: () => Promise<{ text: string; keep: boolean }>): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 16);
  const file = new URL(`${name}-${hash}.js`, CACHE);
  try {
    return await readFile(file, "utf8");
  } catch {
    // Not made yet.
  }
  const { text, keep } = await make();
  if (!keep) return text;
  try {
    // Written aside and renamed: processes building at the same time never read half a file.
    await mkdir(CACHE, { recursive: true });
    const tmp = new URL(`${name}-${hash}.${process.pid}.tmp`, CACHE);
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch {
    // A read-only tree: made again next time.
  }
  return text;
}
