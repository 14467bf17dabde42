// Metadata lines (E204 unknown key, E202 a key given twice): the scheme header's and each
// section's and item's (S3).
import type { MetaEntry } from "../../language/ast.js";
import type { NodeMeta, SchemeMeta } from "../ir.js";
import type { CheckContext } from "./context.js";
import { NameTable } from "./names.js";
import { suggest } from "./suggest.js";

type HeaderKey = Exclude<keyof SchemeMeta, "title">;

const HEADER_KEYS: Record<string, HeaderKey> = {
  发文单位: "office",
  年度: "year",
  文号: "docNumber",
  版本: "version",
  说明: "description",
  出处: "source",
};

const NODE_KEYS: Record<string, keyof NodeMeta> = {
  编号: "code",
  检查方法: "method",
  佐证材料: "evidence",
  牵头科室: "lead",
  配合科室: "support",
  数据提供: "provider",
  备注: "note",
  出处: "source",
};

function metaText(entry: MetaEntry): string {
  return "digits" in entry.value ? entry.value.digits + (entry.value.unit ?? "") : entry.value.text;
}

/** Reads metadata lines into `fields`, keyed by the Chinese names above or the field names. */
function readMeta<K extends string>(
  entries: MetaEntry[],
  keys: Record<string, K>,
  ctx: CheckContext,
  where: string,
): Partial<Record<K, string>> {
  const byName = new Map<string, K>(Object.entries(keys) as Array<[string, K]>);
  for (const field of Object.values(keys)) byName.set(field, field);
  const seen = new NameTable<null>(ctx, "@what.meta");
  const fields: Partial<Record<K, string>> = {};
  for (const entry of entries) {
    const field = byName.get(entry.key.text);
    if (!field) {
      ctx.error(
        "E204",
        entry.key.span,
        { key: entry.key.text, where, keys: Object.keys(keys).join("、") },
        {
          suggestions: suggest(entry.key.text, Object.keys(keys)),
        },
      );
      continue;
    }
    if (seen.add(entry.key.text, entry.key.span, null)) fields[field] ??= metaText(entry);
  }
  return fields;
}

export function headerMeta(title: string, entries: MetaEntry[], ctx: CheckContext): SchemeMeta {
  const f = readMeta(entries, HEADER_KEYS, ctx, "@where.header");
  return {
    title,
    office: f.office ?? null,
    year: f.year ?? null,
    docNumber: f.docNumber ?? null,
    version: f.version ?? null,
    description: f.description ?? null,
    source: f.source ?? null,
  };
}

/** A node's metadata; `code` defaults to the item's number (`指标 001`). */
export function nodeMeta(entries: MetaEntry[], defaultCode: string | null, ctx: CheckContext): NodeMeta {
  const f = readMeta(entries, NODE_KEYS, ctx, "@where.node");
  return {
    code: f.code ?? defaultCode,
    method: f.method ?? null,
    evidence: f.evidence ?? null,
    lead: f.lead ?? null,
    support: f.support ?? null,
    provider: f.provider ?? null,
    note: f.note ?? null,
    source: f.source ?? null,
  };
}
