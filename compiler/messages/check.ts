import type { Entry } from "./index.js";

export const checkMessages: Record<string, Entry> = {};
