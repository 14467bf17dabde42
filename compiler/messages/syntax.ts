import type { Entry } from "./index.js";

export const syntaxMessages: Record<string, Entry> = {};
