// The compact shape check of a submission, carried by scorer.js and the form in place of Ajv's
// standalone code (about a tenth of its size). generators/schema/index.ts embeds this file
// verbatim, inside the validator's function, after defining
//   SHAPE_PACKED  the validator's JSON Schema (schema.ts validatorSchema, made compact by
//              standalone.ts compactSchema, in the subset shape.ts checks it keeps to), packed
//              (shape.ts packShape, keywords by their short names in SHAPE_KEYS): SHAPE, once
//              unpackShape below has made it again
//   deepEqual  Ajv's own `equal` helper (fast-deep-equal), for uniqueItems over $ref'd items
//   SHAPE_KEYS the keywords' short names in SHAPE_PACKED (shape.ts)
//   shapeTest  whether data fits SHAPE, stopping at the first thing wrong and building nothing:
//              SHAPE written out as code (shape-test.ts), calling the helpers defined here
// and defines validateShape(data) from them: true when the shape fits, else false, with
// validateShape.errors the list of errors. The errors are those Ajv reports for the same schema with the options of
// standalone.ts createAjv (allErrors, ownProperties, strictNumbers), in Ajv's order —
// { instancePath, keyword, params } — so that runtime.js words exactly the same problems;
// test/schema/compact-validator.test.ts compares the two on random and mutated submissions.
// For the errors, the schema is turned into closures once, when the module loads, without
// evaluating any code.

const hasOwnKey = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** How many own enumerable keys an object has, as Object.keys(d).length, without making the list. */
const ownKeyCount = (d) => {
  let n = 0;
  for (const key in d) if (hasOwnKey(d, key)) n++;
  return n;
};

const isRecord = (d) => d !== null && typeof d === "object" && !Array.isArray(d);
const isNum = (d) => typeof d === "number" && isFinite(d);
const isInt = (d) => typeof d === "number" && !(d % 1) && isFinite(d);

/** JSON Schema types as Ajv tests them with strictNumbers (NaN and ±Infinity are not numbers). */
const IS_TYPE = {
  object: isRecord,
  array: (d) => Array.isArray(d),
  string: (d) => typeof d === "string",
  boolean: (d) => typeof d === "boolean",
  number: isNum,
  integer: isInt,
};

/**
 * Ajv checks a schema's keywords in groups, in this order: those for any type (here `enum`), then
 * those for numbers, strings, arrays and objects, each group only when the data has its type. In a
 * group, the keywords come in the order Ajv's vocabularies define them.
 */
const GROUPS = [
  ["number", ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"]],
  ["string", ["pattern"]],
  ["array", ["minItems", "items", "uniqueItems"]],
  ["object", ["required", "additionalProperties", "properties"]],
];

const LIMITS = {
  maximum: (d, limit) => d > limit,
  minimum: (d, limit) => d < limit,
  exclusiveMaximum: (d, limit) => d >= limit,
  exclusiveMinimum: (d, limit) => d <= limit,
};

function pointerKey(key) {
  return "/" + key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The first repeated element, as Ajv finds it: scanning from the end, [i, j] with i < j. With a
 * scalar item type the elements of another type are skipped and the rest compared by identity as
 * object keys; otherwise (the items are a $ref) every pair is compared deeply.
 */
function repeated(d, itemType) {
  if (itemType !== null) {
    const indices = {};
    for (let i = d.length; i--; ) {
      const item = d[i];
      if (!IS_TYPE[itemType](item)) continue;
      if (typeof indices[item] == "number") return [i, indices[item]];
      indices[item] = i;
    }
    return null;
  }
  for (let i = d.length; i--; ) {
    for (let j = i; j--; ) if (deepEqual(d[i], d[j])) return [i, j];
  }
  return null;
}

/**
 * What Ajv does with a schema, in order: the type tested first (when no group of the schema's
 * keywords has that type), `enum`, then each group of keywords present, run when the data has the
 * group's type — and when it has not and the group is of the schema's own type, a type error.
 */
function stepsOf(schema) {
  const type = schema.type;
  const steps = [];
  const ownGroup = GROUPS.find(([t, keywords]) => t === type && keywords.some((k) => schema[k] !== undefined));
  if (type !== undefined && ownGroup === undefined) steps.push({ step: "type", type });
  if (schema.enum !== undefined) steps.push({ step: "enum", allowed: schema.enum });
  // The applicators for any type come after the validation keywords, `not` before `if`.
  if (schema.not !== undefined) steps.push({ step: "not", schema: schema.not });
  if (schema.if !== undefined) steps.push({ step: "if", schema: schema.if, then: schema.then, else: schema.else });
  for (const [groupType, keywords] of GROUPS) {
    const present = keywords.filter((k) => schema[k] !== undefined);
    if (present.length > 0) steps.push({ step: "group", is: IS_TYPE[groupType], own: groupType === type, type, keywords: present });
  }
  return steps;
}

/** A $ref'd definition compiled once, on first use, by `compile` (definitions may refer to each other). */
function refs(root, compile) {
  const compiled = new Map();
  return (ref) => {
    const name = ref.slice("#/$defs/".length);
    let target = compiled.get(name);
    if (target === undefined) {
      let check = null;
      target = (d, path, errors) => check(d, path, errors);
      compiled.set(name, target);
      check = compile(root.$defs[name]);
    }
    return target;
  };
}

/**
 * A keyword that holds or not for the value as a whole (a bound, a pattern, a shortest length), as a
 * test, with what Ajv puts in its error's params; null for the others.
 */
function wholeValueKeyword(keyword, value) {
  switch (keyword) {
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum": {
      const fails = LIMITS[keyword];
      return { holds: (d) => !fails(d, value), params: { limit: value } };
    }
    case "pattern": {
      const re = new RegExp(value, "u");
      return { holds: (d) => re.test(d), params: { pattern: value } };
    }
    case "minItems":
      return { holds: (d) => d.length >= value, params: { limit: value } };
    default:
      return null;
  }
}

/** One keyword of a group as a check that adds its errors (d is of the group's type). */
function keywordCheck(schema, keyword, compile) {
  const value = schema[keyword];
  const whole = wholeValueKeyword(keyword, value);
  if (whole !== null) {
    return (d, path, errors) => {
      if (!whole.holds(d)) errors.push({ instancePath: path, keyword, params: whole.params });
    };
  }
  switch (keyword) {
    case "uniqueItems": {
      const itemType = typeof schema.items.type === "string" ? schema.items.type : null;
      return (d, path, errors) => {
        if (d.length < 2) return;
        const pair = repeated(d, itemType);
        if (pair !== null) errors.push({ instancePath: path, keyword, params: { i: pair[0], j: pair[1] } });
      };
    }
    case "items": {
      const item = compile(value);
      return (d, path, errors) => {
        for (let i = 0; i < d.length; i++) item(d[i], path + "/" + i, errors);
      };
    }
    case "required":
      return (d, path, errors) => {
        for (const key of value) {
          if (d[key] === undefined || !hasOwnKey(d, key)) {
            errors.push({ instancePath: path, keyword, params: { missingProperty: key } });
          }
        }
      };
    case "additionalProperties": {
      const known = new Set(Object.keys(schema.properties || {}));
      return (d, path, errors) => {
        for (const key of Object.keys(d)) {
          if (!known.has(key)) errors.push({ instancePath: path, keyword, params: { additionalProperty: key } });
        }
      };
    }
    case "properties": {
      const checks = Object.keys(value).map((key) => [key, pointerKey(key), compile(value[key])]);
      return (d, path, errors) => {
        for (const [key, at, check] of checks) {
          if (d[key] !== undefined && hasOwnKey(d, key)) check(d[key], path + at, errors);
        }
      };
    }
  }
  throw new Error("kaohe: the shape check has no keyword " + keyword);
}

/** A schema as one function (data, instancePath, errors) that adds what is wrong to errors. */
function compileShape(root) {
  const ref = refs(root, (schema) => compile(schema));
  const compile = (schema) => {
    if (schema.$ref !== undefined) return ref(schema.$ref);
    const checks = stepsOf(schema).map((s) => {
      const type = s.type;
      switch (s.step) {
        case "type":
          return (d, path, errors) => {
            if (!IS_TYPE[type](d)) errors.push({ instancePath: path, keyword: "type", params: { type } });
          };
        case "enum":
          return (d, path, errors) => {
            if (!s.allowed.includes(d)) errors.push({ instancePath: path, keyword: "enum", params: { allowedValues: s.allowed } });
          };
        case "not": {
          const inner = compile(s.schema);
          return (d, path, errors) => {
            const found = [];
            inner(d, path, found);
            if (found.length === 0) errors.push({ instancePath: path, keyword: "not", params: {} });
          };
        }
        case "if": {
          // Ajv: the errors of `if` are dropped; those of the branch taken are kept, then one `if` error.
          const test = compile(s.schema);
          const branches = { then: s.then && compile(s.then), else: s.else && compile(s.else) };
          return (d, path, errors) => {
            const found = [];
            test(d, path, found);
            const taken = found.length === 0 ? "then" : "else";
            const branch = branches[taken];
            if (!branch) return;
            const before = errors.length;
            branch(d, path, errors);
            if (errors.length > before) errors.push({ instancePath: path, keyword: "if", params: { failingKeyword: taken } });
          };
        }
        default: {
          const inGroup = s.keywords.map((k) => keywordCheck(schema, k, compile));
          return (d, path, errors) => {
            if (s.is(d)) for (const check of inGroup) check(d, path, errors);
            else if (s.own) errors.push({ instancePath: path, keyword: "type", params: { type } });
          };
        }
      }
    });
    return (d, path, errors) => {
      for (const check of checks) check(d, path, errors);
    };
  };
  return compile(root);
}

/**
 * Whether no element is repeated (uniqueItems, d an array): a short list of scalars (a checklist,
 * the N/A list) compared pairwise, allocating nothing; the same answer as repeated()'s keys, which
 * never match "__proto__".
 */
function noneRepeated(d, itemType) {
  if (d.length < 2) return true;
  if (itemType === null || d.length > 16) return repeated(d, itemType) === null;
  const is = IS_TYPE[itemType];
  for (let i = 1; i < d.length; i++) {
    const item = d[i];
    if (!is(item) || item === "__proto__") continue;
    for (let j = 0; j < i; j++) if (d[j] === item) return false;
  }
  return true;
}

/**
 * The compact schema again from SHAPE_PACKED (shape.ts packShape): keywords by their names in
 * SHAPE_KEYS, `additionalProperties` false, and a `required` given as 1 every property in order.
 */
function unpackShape(packed, keys) {
  const names = {};
  for (const key of Object.keys(keys)) names[keys[key]] = key;
  const unpack = (s) => {
    const out = {};
    for (const short of Object.keys(s)) {
      const key = names[short];
      const value = s[short];
      out[key] =
        key === "properties" || key === "$defs"
          ? Object.fromEntries(Object.keys(value).map((k) => [k, unpack(value[k])]))
          : key === "items" || key === "not" || key === "if" || key === "then" || key === "else"
            ? unpack(value)
            : key === "additionalProperties"
              ? false
              : key === "required" && value === 1
                ? Object.keys(s[keys.properties] || {})
                : value;
    }
    return out;
  };
  return unpack(packed);
}

const SHAPE = unpackShape(SHAPE_PACKED, SHAPE_KEYS);
const shapeCheck = compileShape(SHAPE);

function validateShape(data) {
  if (shapeTest(data)) {
    validateShape.errors = null;
    return true;
  }
  const errors = [];
  shapeCheck(data, "", errors);
  // A kaohe bug, never a pass: the tests compare both with Ajv.
  if (errors.length === 0) throw new Error("kaohe: the shape test and the shape check disagree");
  validateShape.errors = errors;
  return false;
}
