import type { Entry } from "./index.js";

export const submissionMessages: Record<string, Entry> = {};
