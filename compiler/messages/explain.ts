import type { Entry } from "./index.js";

export const explainMessages: Record<string, Entry> = {};
