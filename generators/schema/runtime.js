// The runtime of the generated submission validator: turns Ajv's errors into problems a policy
// officer can act on, and adds the checks that need more than the shape of a submission: which
// items must or must not be filled in (N/A, 适用), and the unit list's kinds and targets.
// generators/schema/index.ts embeds this file verbatim, inside a function, after defining:
//   validateShape(data)  Ajv's compiled check of the shape of a submission (schema.ts
//                        validatorSchema: submission.schema.json without its if/then rules)
//   PACKED               the tables of generators/schema/tables.ts, packed (`packedTables`)
//   MESSAGES             the S1xx and submission.* templates of compiler/messages/submission.ts
// It defines checkSubmission(value) and checkBatch(values), each returning SubmissionProblem[].
// Plain JavaScript that runs in any browser: no imports, no eval, no Node.

function own(object, key) {
  return object !== null && typeof object === "object" && Object.prototype.hasOwnProperty.call(object, key);
}

function get(object, key) {
  return own(object, key) ? object[key] : undefined;
}

function fill(template, args) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (own(args, key) ? String(args[key]) : whole));
}

/** A message in both languages; each argument is a string or a { "zh-CN", en } pair. */
function say(code, args) {
  const out = {};
  for (const lang of ["zh-CN", "en"]) {
    const picked = {};
    for (const key of Object.keys(args || {})) {
      const value = args[key];
      picked[key] = value !== null && typeof value === "object" ? value[lang] : value;
    }
    out[lang] = fill(MESSAGES[code][lang], picked);
  }
  return out;
}

/** A list for a message, shortened after `limit` entries ("A、B、C等共 12 项"): inputs.ts listWords. */
function listWords(entries, limit) {
  const out = {};
  for (const lang of ["zh-CN", "en"]) {
    const shown = entries.slice(0, limit).join(MESSAGES["submission.list.separator"][lang]);
    out[lang] =
      entries.length === 0
        ? MESSAGES["submission.allowed.nothing"][lang]
        : entries.length > limit
          ? shown + fill(MESSAGES["submission.list.more"][lang], { count: entries.length })
          : shown;
  }
  return out;
}

/** The tables of tables.ts `runtimeTables` again, from `packedTables`: the same words. */
function unpackTables(packed) {
  const { words: allWords, facts, items, na, ...rest } = packed;
  const kinds = packed.unit.kinds;
  const words = (i) => ({ "zh-CN": allWords[i][0], en: allWords[i][1] });
  const absent = (applies) => (applies === undefined ? [] : kinds.filter((k) => !applies.includes(k)));
  const appliesTo = (applies) => (applies === undefined ? null : listWords(applies, Infinity));
  const input = (i) => ({
    title: i.title,
    allowed: words(i.allowed),
    entry: i.entry === undefined ? null : words(i.entry),
    known: i.elements === undefined ? null : listWords(i.elements, 12),
    absent: absent(i.appliesTo),
    appliesTo: appliesTo(i.appliesTo),
    required: i.required !== false,
  });
  // An item packed as [title, inputs, more?], an input as [name, title, allowed, more?].
  const itemOf = ([title, inputs, more]) => ({
    title,
    ...more,
    inputs: inputs.map(([name, title, allowed, more]) => ({ name, title, allowed, ...more })),
  });
  const prefixOf = (id, it) => ("code" in it && it.code === null ? (id !== it.title ? id : null) : "code" in it ? it.code : id);
  const naList =
    na === null
      ? null
      : listWords(
          na.map((id) => {
            const it = itemOf(items[id]);
            return (prefixOf(id, it) === null ? "" : prefixOf(id, it) + " ") + it.title;
          }),
          Infinity,
        );
  const item = (id, packedItem) => {
    const it = itemOf(packedItem);
    const code = "code" in it ? it.code : id;
    const prefix = prefixOf(id, it);
    const required = it.inputs.filter((i) => i.required !== false);
    const requiredBy = (kind) =>
      listWords(
        required.filter((i) => i.appliesTo === undefined || (kind !== null && i.appliesTo.includes(kind))).map((i) => i.title),
        Infinity,
      );
    const neededBy = [...new Set(required.flatMap((i) => (i.appliesTo === undefined ? [] : i.appliesTo)))];
    return {
      id,
      title: it.title,
      code,
      label:
        prefix === null
          ? { "zh-CN": "「" + it.title + "」", en: "“" + it.title + "”" }
          : { "zh-CN": prefix + "「" + it.title + "」", en: prefix + " “" + it.title + "”" },
      allowNa: it.allowNa === true,
      absent: absent(it.appliesTo),
      appliesTo: appliesTo(it.appliesTo),
      inputs: Object.fromEntries(it.inputs.map((i) => [i.name, input(i)])),
      known: listWords(it.inputs.map((i) => i.name), 12),
      required: requiredBy(null),
      needed: required.some((i) => i.appliesTo === undefined),
      neededBy,
      requiredBy: Object.fromEntries(neededBy.map((k) => [k, requiredBy(k)])),
    };
  };
  return {
    ...rest,
    na:
      naList === null
        ? null
        : {
            allowed: say("submission.allowed.na", { options: naList }),
            entry: say("submission.allowed.na-entry", { options: naList }),
            list: naList,
          },
    facts: Object.fromEntries(Object.keys(facts).map((name) => [name, input(facts[name])])),
    items: Object.fromEntries(Object.keys(items).map((id) => [id, item(id, items[id])])),
  };
}

const SCHEME = unpackTables(PACKED);

function pointer(segments) {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function segmentsOf(path) {
  return path === "" ? [] : path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function valueAt(root, segments) {
  let value = root;
  for (const segment of segments) {
    value = Array.isArray(value) ? value[Number(segment)] : get(value, segment);
    if (value === undefined) return undefined;
  }
  return value;
}

function shown(value) {
  const text = String(value);
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}

/** What a value is, in words: the text "NaN", the number 120, a list … */
function found(value) {
  if (typeof value === "string") return say("submission.found.text", { value: shown(value) });
  if (typeof value === "number") return say("submission.found.number", { value: String(value) });
  if (typeof value === "boolean") return say("submission.found.bool", { value: String(value) });
  if (value === null) return say("submission.found.null");
  if (Array.isArray(value)) return say("submission.found.array");
  if (typeof value === "object") return say("submission.found.object");
  return say("submission.found.other");
}

/** Inside a list: a fixed list's element (`每 栏目`), or an entry's place (checklist, evidence, open list). */
function entryAt(loc, segment) {
  if (segment === undefined) return;
  const input = inputOf(loc);
  if (input !== undefined && input.known !== null) loc.element = segment;
  else loc.index = Number(segment);
}

/**
 * What a path in a submission points at: area is one of root, unit, unit-field, facts, fact,
 * items, item, input, na, forms, form; index (a place) or element (a fixed list's) is set inside a list.
 */
function locate(segments) {
  const loc = { form: null, area: "root", field: null, item: null, input: null, index: null, element: null };
  let rest = segments;
  if (SCHEME.forms.length > 0 && rest[0] === "forms") {
    loc.area = "forms";
    if (rest.length === 1) return loc;
    loc.form = rest[1];
    loc.area = "form";
    rest = rest.slice(2);
  }
  if (rest.length === 0) return loc;
  const [head, a, b, c] = rest;
  if (head === "unit") {
    loc.area = a === undefined ? "unit" : "unit-field";
    loc.field = a === undefined ? null : a;
  } else if (head === "facts") {
    loc.area = a === undefined ? "facts" : "fact";
    loc.input = a === undefined ? null : a;
    entryAt(loc, b);
  } else if (head === "items") {
    loc.area = a === undefined ? "items" : b === undefined ? "item" : "input";
    loc.item = a === undefined ? null : a;
    loc.input = b === undefined ? null : b;
    entryAt(loc, c);
  } else if (head === "notApplicable") {
    loc.area = "na";
    loc.index = a === undefined ? null : Number(a);
  }
  return loc;
}

function itemOf(loc) {
  return loc.item === null ? undefined : get(SCHEME.items, loc.item);
}

/** The scheme's input at a location (an item's input or a fact), if there is one. */
function inputOf(loc) {
  if (loc.input === null) return undefined;
  if (loc.area === "fact") return get(SCHEME.facts, loc.input);
  const item = itemOf(loc);
  return item === undefined ? undefined : get(item.inputs, loc.input);
}

function itemLabel(loc) {
  const item = itemOf(loc);
  return item === undefined ? loc.item : item.label;
}

function formTitle(id) {
  const form = SCHEME.forms.find((f) => f.id === id);
  return form === undefined ? id : form.title;
}

/** Where, in words: 指标 001「…」的「回复率」, 表「自评表」中… */
function place(loc) {
  const input = inputOf(loc);
  let words;
  switch (loc.area) {
    case "unit":
      words = say("submission.place.unit");
      break;
    case "unit-field": {
      const field = get(SCHEME.unit.fields, loc.field);
      words = say("submission.place.unit-field", { label: field === undefined ? loc.field : field.label, field: loc.field });
      break;
    }
    case "facts":
      words = say("submission.place.facts");
      break;
    case "fact":
      words = say("submission.place.fact", { title: input === undefined ? loc.input : input.title, name: loc.input });
      break;
    case "items":
      words = say("submission.place.items");
      break;
    case "item":
      words = say("submission.place.item", { item: itemLabel(loc) });
      break;
    case "input":
      words = say("submission.place.input", { item: itemLabel(loc), title: input === undefined ? loc.input : input.title });
      break;
    case "na":
      words = say("submission.place.na");
      break;
    case "forms":
      words = say("submission.place.forms");
      break;
    case "form":
      words = say("submission.place.form", { title: formTitle(loc.form) });
      break;
    default:
      words = say("submission.place.root");
  }
  if (loc.index !== null) words = say("submission.place.element", { place: words, n: loc.index + 1 });
  if (loc.element !== null) words = say("submission.place.list-element", { place: words, element: loc.element });
  if (loc.form !== null && loc.area !== "form") {
    words = say("submission.place.in-form", { form: formTitle(loc.form), place: words });
  }
  return words;
}

/** What is allowed at a location. */
function allowed(loc) {
  const input = inputOf(loc);
  if (input !== undefined) return (loc.index === null && loc.element === null) || input.entry === null ? input.allowed : input.entry;
  switch (loc.area) {
    case "unit-field": {
      const field = get(SCHEME.unit.fields, loc.field);
      return field === undefined ? SCHEME.allowed.object : field.allowed;
    }
    case "facts":
    case "items":
    case "item":
    case "forms":
    case "form":
      return SCHEME.allowed[loc.area];
    case "na":
      return loc.index === null ? SCHEME.na.allowed : SCHEME.na.entry;
    default:
      return SCHEME.allowed.object;
  }
}

/** The keys an object at a location may have. */
function known(loc) {
  const input = inputOf(loc);
  if (input !== undefined && input.known !== null) return input.known;
  if (loc.area === "item") {
    const item = itemOf(loc);
    return item === undefined ? SCHEME.known.root : item.known;
  }
  return own(SCHEME.known, loc.area) ? SCHEME.known[loc.area] : SCHEME.known.root;
}

/** A problem; `template` words it when not the code's own (a variant: "S117.unit-name"). */
function problem(code, path, loc, unit, args, template) {
  const item = itemOf(loc);
  return {
    code,
    path,
    unit,
    item: item === undefined ? null : { id: item.id, title: item.title, code: item.code },
    input: inputOf(loc) === undefined ? null : loc.input,
    message: say(template === undefined ? code : template, args),
  };
}

/**
 * The unit's kind: from the scheme's list of units, else as submitted (or the only kind declared);
 * null when it cannot be told (then the schema has refused the unit already).
 */
function unitKindOf(value) {
  const name = unitNameOf(value);
  const listed = name === null ? undefined : get(SCHEME.unit.listed, name);
  if (listed !== undefined) return listed.kind;
  const kind = get(get(value, "unit"), "kind");
  if (typeof kind === "string") return SCHEME.unit.kinds.includes(kind) ? kind : null;
  return SCHEME.unit.kinds.length === 1 ? SCHEME.unit.kinds[0] : null;
}

/** The inputs of some unit kinds only (`适用`), by item, and among the facts: the rest are the shape's business. */
const byKindOnly = (inputs) => Object.keys(inputs).filter((name) => inputs[name].absent.length > 0);
/** Each item with its id and those inputs, in a list: nothing looked up by id per submission. */
const ITEM_LIST = Object.keys(SCHEME.items).map((id) => ({
  id,
  item: SCHEME.items[id],
  kindInputs: byKindOnly(SCHEME.items[id].inputs),
}));
const KIND_FACTS = byKindOnly(SCHEME.facts);

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Where each form's content is (["forms", id]), or [] for the submission itself when there are no forms. */
const PLACES = SCHEME.forms.length === 0 ? [[]] : SCHEME.forms.map((f) => ["forms", f.id]);
/** The place of the facts, which are not on a form. */
const FACTS_PLACE = [[]];
const NONE = Object.freeze([]);

/** The content at a place: the submission itself, or one form's part of it. */
function contentAt(value, at) {
  return at.length === 0 ? value : get(get(value, "forms"), at[1]);
}

/** A presence problem with item id: where it is (or would be) filled in, worded only when found. */
function itemProblem(out, code, at, id, args, path, prefix, unit) {
  const loc = locate(at.concat(["items", id]));
  const words = { place: place(loc), id };
  for (const key in args) words[key] = args[key];
  out.push(problem(code, path === undefined ? prefix + pointer(at.concat(["items", id])) : path, loc, unit, words));
}

/**
 * Which items must or must not be filled in, on each form (or once): an item the unit's kind does
 * not have (适用) is neither filled in (S127) nor listed N/A (S128); an item listed N/A is not
 * filled in (S120); every other item with a required input is filled in (S113). A content whose
 * shape is wrong (no items object) has been refused by the schema already. Nothing is made for a
 * submission that has none of these problems: it is checked once per unit of every batch.
 */
function presenceChecks(value, prefix, unit) {
  const kind = unitKindOf(value);
  const out = [];
  for (const at of PLACES) {
    const content = contentAt(value, at);
    const items = get(content, "items");
    if (!isObject(items)) continue;
    const listed = get(content, "notApplicable");
    const na = Array.isArray(listed) ? listed : NONE;
    for (const { id, item, kindInputs } of ITEM_LIST) {
      const filled = own(items, id);
      if (item.absent.length > 0 && (kind === null || item.absent.includes(kind))) {
        if (kind === null) continue; // whether the item applies cannot be told
        const args = { kind, kinds: item.appliesTo };
        if (filled) itemProblem(out, "S127", at, id, args, undefined, prefix, unit);
        na.forEach((entry, i) => {
          // An item that may never be N/A is refused as such by the schema (S119).
          if (entry === id && item.allowNa)
            itemProblem(out, "S128", at, id, args, prefix + pointer(at.concat(["notApplicable", i])), prefix, unit);
        });
      } else if (item.allowNa && na.length > 0 && na.includes(id)) {
        if (filled) itemProblem(out, "S120", at, id, {}, undefined, prefix, unit);
      } else {
        const byKind = kind !== null && item.neededBy.includes(kind);
        if ((item.needed || byKind) && !filled) {
          const inputs = byKind ? item.requiredBy[kind] : item.required;
          itemProblem(out, "S113", at, id, { inputs, hint: item.allowNa ? say("submission.na-hint", { id }) : "" }, undefined, prefix, unit);
        } else if (filled && kind !== null && kindInputs.length > 0) {
          const given = items[id];
          for (const name of kindInputs) inputPresence(out, item.inputs[name], given, name, kind, at.concat(["items", id, name]), prefix, unit);
        }
      }
    }
  }
  const facts = get(value, "facts");
  if ((isObject(facts) || facts === undefined) && kind !== null) {
    for (const name of KIND_FACTS) inputPresence(out, SCHEME.facts[name], facts, name, kind, ["facts", name], prefix, unit);
  }
  return out;
}

/**
 * An input of some unit kinds only (`适用`): a unit of another kind must not fill it in (S131); a
 * unit of one of them must, when it is required (S112). Other inputs are the shape's business.
 */
function inputPresence(out, input, holder, name, kind, segments, prefix, unit) {
  if (input.absent.length === 0 || kind === null) return;
  const filled = own(holder, name);
  if (input.absent.includes(kind)) {
    if (filled) {
      const loc = locate(segments);
      out.push(problem("S131", prefix + pointer(segments), loc, unit, { place: place(loc), kind, kinds: input.appliesTo, name }));
    }
  } else if (input.required && !filled && (holder !== undefined || segments[0] === "facts")) {
    const loc = locate(segments);
    out.push(problem("S112", prefix + pointer(segments), loc, unit, { place: place(loc), allowed: allowed(loc) }));
  }
}

function unitNameOf(value) {
  const name = get(get(value, "unit"), "name");
  return typeof name === "string" ? name : null;
}

/** One of Ajv's errors as a problem. */
function fromAjv(error, value, prefix, unit) {
  const segments = segmentsOf(error.instancePath);
  const loc = locate(segments);
  const path = prefix + error.instancePath;
  const data = valueAt(value, segments);
  switch (error.keyword) {
    case "required": {
      const key = error.params.missingProperty;
      const missing = locate(segments.concat([key]));
      return problem("S112", path + pointer([key]), missing, unit, { place: place(missing), allowed: allowed(missing) });
    }
    case "additionalProperties": {
      const key = error.params.additionalProperty;
      if (loc.area === "unit" && key === "target" && SCHEME.unit.targetMode === "listed") {
        return targetGiven(loc, path + pointer([key]), unit, get(SCHEME.unit.listed, unit));
      }
      return problem("S111", path + pointer([key]), loc, unit, { place: place(loc), key: shown(key), known: known(loc) });
    }
    case "type":
      if (loc.area === "root") return problem("S110", path, loc, unit, { found: found(data) });
      if (error.params.type === "integer" && typeof data === "number" && isFinite(data)) {
        return problem("S116", path, loc, unit, { place: place(loc), value: String(data), allowed: allowed(loc) });
      }
      return problem("S114", path, loc, unit, { place: place(loc), allowed: allowed(loc), found: found(data) });
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
      return problem("S115", path, loc, unit, { place: place(loc), value: String(data), allowed: allowed(loc) });
    case "enum":
      if (loc.area === "na" && own(SCHEME.items, data)) {
        const itemLoc = locate(["items", data]);
        return problem("S119", path, itemLoc, unit, { item: place(itemLoc), allowed: SCHEME.na.list });
      }
      if (loc.area === "unit-field" && loc.field === "name" && typeof data === "string") {
        const suggestion = closest(data, Object.keys(SCHEME.unit.listed));
        if (suggestion !== null) {
          const args = { place: place(loc), value: shown(data), suggestion, allowed: allowed(loc) };
          return problem("S117", path, loc, unit, args, "S117.unit-name");
        }
      }
      return problem("S117", path, loc, unit, { place: place(loc), value: shown(data), allowed: allowed(loc) });
    case "uniqueItems":
      return problem("S118", path, loc, unit, { place: place(loc), value: shown(data[error.params.i]) });
    case "pattern":
    case "minItems":
      return problem("S126", path, loc, unit, { place: place(loc), allowed: allowed(loc) });
    default:
      return problem("S114", path, loc, unit, { place: place(loc), allowed: allowed(loc), found: found(data) });
  }
}

/** Edit distance between two strings, by code point. */
function distance(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  // prev[j]: the distance between the first i characters of x and the first j of y
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next.push(Math.min(prev[j] + 1, next[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    }
    prev = next;
  }
  return prev[y.length];
}

/** The listed name a misspelt one is closest to (a third of its characters wrong at most), or null. */
function closest(name, names) {
  let best = null;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(Array.from(name).length / 3)) ? best : null;
}

/** The unit's kind and target against the scheme's list of units. */
function unitChecks(value, prefix, unit) {
  const listed = unit === null ? undefined : get(SCHEME.unit.listed, unit);
  if (listed === undefined) return unlistedName(value, prefix, unit);
  const out = [];
  const given = get(value, "unit");
  const kind = get(given, "kind");
  if (typeof kind === "string" && SCHEME.unit.kinds.includes(kind) && kind !== listed.kind) {
    out.push(problem("S121", prefix + "/unit/kind", locate(["unit", "kind"]), unit, { unit, expected: listed.kind, found: kind }));
  }
  if (SCHEME.unit.targetMode === "mixed") {
    const target = get(given, "target");
    const loc = locate(["unit", "target"]);
    if (listed.target !== "submitted" && target !== undefined) {
      out.push(targetGiven(loc, prefix + "/unit/target", unit, listed));
    } else if (listed.target === "submitted" && target === undefined) {
      out.push(problem("S123", prefix + "/unit/target", loc, unit, { unit }));
    }
  }
  return out;
}

/**
 * A name not in the list, from a unit that does not say it is of an open kind (`{ 其余 }`): a
 * misspelt listed name is refused with the name it is closest to (with no open kind, the list's
 * enum has refused it already).
 */
function unlistedName(value, prefix, unit) {
  if (unit === null || SCHEME.unit.open.length === 0) return [];
  const kind = get(get(value, "unit"), "kind");
  if (SCHEME.unit.open.includes(kind)) return [];
  const suggestion = closest(unit, Object.keys(SCHEME.unit.listed));
  if (suggestion !== null) {
    const loc = locate(["unit", "name"]);
    const args = { place: place(loc), value: shown(unit), suggestion, allowed: allowed(loc) };
    return [problem("S117", prefix + "/unit/name", loc, unit, args, "S117.unit-name")];
  }
  // not listed: the unit must say it is of an open kind
  const loc = locate(["unit", "kind"]);
  const open = SCHEME.unit.open.join("、");
  if (kind === undefined) return [problem("S112", prefix + "/unit/kind", loc, unit, { place: place(loc), allowed: open })];
  if (typeof kind !== "string" || !SCHEME.unit.kinds.includes(kind)) return []; // the shape has refused it
  return [problem("S117", prefix + "/unit/kind", loc, unit, { place: place(loc), value: shown(kind), allowed: open })];
}

/** A target given by a unit that must not give one: the list has it (S122), or its kind has none (S129). */
function targetGiven(loc, path, unit, listed) {
  if (listed !== undefined && listed.target === "none") {
    return problem("S129", path, loc, unit, { kind: listed.kind, column: SCHEME.unit.targetColumn });
  }
  return problem("S122", path, loc, unit, { column: SCHEME.unit.targetColumn });
}

function unreadable(prefix, error) {
  const detail = error instanceof Error ? error.message : String(error);
  return problem("S109", prefix, locate([]), null, { detail: shown(detail) });
}

// ---------------------------------------------------------------- constraints (约束)

/** An exact rational [numerator, denominator > 0] of BigInts, from a number or a decimal text. */
function exact(x) {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(typeof x === "number" ? String(x) : x);
  if (!m || (m[2] === "" && (m[3] || "") === "")) return null;
  let n = BigInt((m[2] || "0") + (m[3] || ""));
  let d = 10n ** BigInt((m[3] || "").length);
  const e = Number(m[4] || 0);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  return [m[1] === "-" ? -n : n, d];
}

function arith(op, a, b) {
  if (op === "add") return [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
  if (op === "sub") return [a[0] * b[1] - b[0] * a[1], a[1] * b[1]];
  if (op === "mul") return [a[0] * b[0], a[1] * b[1]];
  if (b[0] === 0n) return undefined; // ÷ 0: the constraint cannot be judged
  return b[0] < 0n ? [-a[0] * b[1], -a[1] * b[0]] : [a[0] * b[1], a[1] * b[0]];
}

function compareExact(a, b) {
  const x = a[0] * b[1];
  const y = b[0] * a[1];
  return x < y ? -1 : x > y ? 1 : 0;
}

const HOLDS = {
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0,
  "=": (c) => c === 0,
  "!=": (c) => c !== 0,
};

/**
 * The value of a constraint's expression (the IR's) for the inputs `read` gives: a rational, a
 * yes/no or a label; undefined when it cannot be told (an input left out, ÷ 0, something only the
 * scorer knows), and then the constraint is not judged.
 */
function evaluate(e, read) {
  const num = (x) => (Array.isArray(x) ? x : undefined);
  switch (e.k) {
    case "const":
      return exact(e.value) || undefined;
    case "input":
      return read(e.ref);
    case "figure":
      return evaluate(e.expr, read);
    case "neg": {
      const a = num(evaluate(e.a, read));
      return a && [-a[0], a[1]];
    }
    case "add":
    case "sub":
    case "mul":
    case "div": {
      const a = num(evaluate(e.a, read));
      const b = num(evaluate(e.b, read));
      return a && b ? arith(e.k, a, b) : undefined;
    }
    case "cmp": {
      const a = num(evaluate(e.a, read));
      const b = num(evaluate(e.b, read));
      return a && b ? HOLDS[e.op](compareExact(a, b)) : undefined;
    }
    case "is": {
      const a = evaluate(e.a, read);
      return typeof a === "string" ? (a === e.value) !== e.negate : undefined;
    }
    case "and":
    case "or": {
      const parts = e.args.map((x) => evaluate(x, read));
      if (parts.some((x) => typeof x !== "boolean")) return undefined;
      return e.k === "and" ? parts.every(Boolean) : parts.some(Boolean);
    }
    case "not": {
      const a = evaluate(e.a, read);
      return typeof a === "boolean" ? !a : undefined;
    }
    case "min":
    case "max": {
      const parts = e.args.map((x) => num(evaluate(x, read)));
      if (parts.some((x) => x === undefined)) return undefined;
      const better = (a, b) => (compareExact(a, b) < 0) === (e.k === "min");
      return parts.reduce((a, b) => (better(a, b) ? a : b));
    }
    default:
      return undefined;
  }
}

/** A submitted value as the unit wrote it: 12, 85%, 是 / yes. */
function written(v, rate) {
  if (typeof v === "boolean") return v ? { "zh-CN": "是", en: "yes" } : { "zh-CN": "否", en: "no" };
  return rate ? String(v) + "%" : String(v);
}

/** Every constraint whose premise holds and whose claim does not: S130 at the claim's first input. */
function constraintChecks(value, prefix, unit) {
  const out = [];
  for (const c of SCHEME.constraints) {
    for (const at of c.item === null ? FACTS_PLACE : PLACES) {
      const content = contentAt(value, at);
      const items = get(content, "items");
      const inputs = c.item === null ? get(value, "facts") : get(items, c.item);
      if (!isObject(inputs)) continue; // N/A, absent for the unit's kind, or not filled in
      const rateOf = (ref) => c.inputs.some((i) => i.item === ref.item && i.name === ref.name && i.rate);
      const read = (ref) => {
        const v = ref.item === null ? get(get(value, "facts"), ref.name) : get(get(items, ref.item), ref.name);
        if (typeof v === "boolean" || typeof v === "string") return v;
        if (typeof v !== "number") return undefined;
        const r = exact(v);
        return r && rateOf(ref) ? [r[0], r[1] * 100n] : r || undefined;
      };
      if (c.premise !== null && evaluate(c.premise, read) !== true) continue;
      if (evaluate(c.claim, read) !== false) continue;
      const pathOf = (ref) =>
        ref.item === null ? pointer(["facts", ref.name]) : pointer(at.concat(["items", ref.item, ref.name]));
      const values = c.inputs.map((i) => {
        const v = i.item === null ? get(get(value, "facts"), i.name) : get(get(items, i.item), i.name);
        const shownValue = written(v, i.rate);
        return typeof shownValue === "string"
          ? { "zh-CN": i.name + " = " + shownValue, en: i.name + " = " + shownValue }
          : { "zh-CN": i.name + " = " + shownValue["zh-CN"], en: i.name + " = " + shownValue.en };
      });
      const first = c.claimInputs[0] || c.inputs[0];
      const path = prefix + (first ? pathOf(first) : pointer(at.concat(["items", c.item])));
      const loc = locate(segmentsOf(path.slice(prefix.length)));
      const place = c.item === null ? say("submission.place.facts") : say("submission.place.item", { item: SCHEME.items[c.item].label });
      out.push(
        problem("S130", path, loc, unit, {
          place,
          text: c.text,
          values: {
            "zh-CN": values.map((v) => v["zh-CN"]).join("，"),
            en: values.map((v) => v.en).join(", "),
          },
          reason: c.label === null ? "" : { "zh-CN": c.label + "。", en: c.label + ". " },
        }),
      );
    }
  }
  return out;
}

function checkOne(value, prefix) {
  const unit = unitNameOf(value);
  const presence = presenceChecks(value, prefix, unit);
  // What is inside an item or input that must not be there at all (S127, S131) is not worth a word.
  const unwanted = presence.length === 0 ? NONE : presence.filter((p) => p.code === "S127" || p.code === "S131").map((p) => p.path + "/");
  const problems = [];
  if (!validateShape(value)) {
    const inUnwanted = (error) => unwanted.some((at) => (prefix + error.instancePath + "/").startsWith(at));
    const typed = new Set();
    for (const error of validateShape.errors) {
      if (error.keyword === "type") typed.add(error.instancePath);
    }
    const reportedType = new Set();
    for (const error of validateShape.errors) {
      // A value of the wrong type gets one problem, not one per check it also fails.
      if (typed.has(error.instancePath) && (error.keyword !== "type" || reportedType.has(error.instancePath))) continue;
      if (unwanted.length > 0 && inUnwanted(error)) continue;
      if (error.keyword === "type") reportedType.add(error.instancePath);
      problems.push(fromAjv(error, value, prefix, unit));
    }
  }
  for (const p of presence) problems.push(p);
  for (const p of unitChecks(value, prefix, unit)) problems.push(p);
  // Constraints between inputs are judged on a submission that is otherwise right.
  if (problems.length === 0) for (const p of constraintChecks(value, prefix, unit)) problems.push(p);
  return problems;
}

function checkSubmission(value) {
  try {
    return checkOne(value, "");
  } catch (error) {
    return [unreadable("", error)];
  }
}

function checkBatch(values) {
  try {
    if (!Array.isArray(values)) return [problem("S125", "", locate([]), null, { found: found(values) })];
    const problems = [];
    const first = new Map();
    for (let i = 0; i < values.length; i++) {
      const prefix = "/" + i;
      try {
        for (const p of checkOne(values[i], prefix)) problems.push(p);
      } catch (error) {
        problems.push(unreadable(prefix, error));
        continue;
      }
      const unit = unitNameOf(values[i]);
      if (unit === null) continue;
      if (first.has(unit)) {
        problems.push(
          problem("S124", prefix + "/unit/name", locate(["unit", "name"]), unit, {
            unit,
            first: say("submission.place.batch-entry", { n: first.get(unit) + 1 }),
            second: say("submission.place.batch-entry", { n: i + 1 }),
          }),
        );
      } else first.set(unit, i);
    }
    return problems;
  } catch (error) {
    return [unreadable("", error)];
  }
}
