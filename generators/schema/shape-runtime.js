// The compact shape check of a submission, carried by scorer.js and the form in place of Ajv's
// standalone code (about a tenth of its size). generators/schema/index.ts embeds this file
// verbatim, inside the validator's function, after defining
//   SHAPE      the validator's JSON Schema (schema.ts validatorSchema, made compact by
//              standalone.ts compactSchema, in the subset shape.ts checks it keeps to)
//   deepEqual  Ajv's own `equal` helper (fast-deep-equal), for uniqueItems over $ref'd items
// and defines validateShape(data) from it: true when the shape fits, with validateShape.errors
// the list of errors otherwise. The errors are those Ajv reports for the same schema with the
// options of standalone.ts createAjv (allErrors, ownProperties, strictNumbers), in Ajv's order —
// { instancePath, keyword, params } — so that runtime.js words exactly the same problems;
// test/schema/compact-validator.test.ts compares the two on random and mutated submissions.
// The schema is turned into closures once, when the module loads, without evaluating any code.

const hasOwnKey = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/** JSON Schema types as Ajv tests them with strictNumbers (NaN and ±Infinity are not numbers). */
const IS_TYPE = {
  object: (d) => d !== null && typeof d === "object" && !Array.isArray(d),
  array: (d) => Array.isArray(d),
  string: (d) => typeof d === "string",
  boolean: (d) => typeof d === "boolean",
  number: (d) => typeof d === "number" && isFinite(d),
  integer: (d) => typeof d === "number" && !(d % 1) && !isNaN(d) && isFinite(d),
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

/** One keyword of a group as a check (d is of the group's type). */
function keywordCheck(schema, keyword, compile) {
  const value = schema[keyword];
  switch (keyword) {
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum": {
      const fails = LIMITS[keyword];
      return (d, path, errors) => {
        if (fails(d, value)) errors.push({ instancePath: path, keyword, params: { limit: value } });
      };
    }
    case "pattern": {
      const re = new RegExp(value, "u");
      return (d, path, errors) => {
        if (!re.test(d)) errors.push({ instancePath: path, keyword, params: { pattern: value } });
      };
    }
    case "minItems":
      return (d, path, errors) => {
        if (d.length < value) errors.push({ instancePath: path, keyword, params: { limit: value } });
      };
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
  const compiled = new Map();
  const compile = (schema) => {
    if (schema.$ref !== undefined) {
      const name = schema.$ref.slice("#/$defs/".length);
      let target = compiled.get(name);
      if (target === undefined) {
        let check = null;
        target = (d, path, errors) => check(d, path, errors);
        compiled.set(name, target);
        check = compile(root.$defs[name]);
      }
      return target;
    }
    const type = schema.type;
    const checks = [];
    const ownGroup = GROUPS.find(([t, keywords]) => t === type && keywords.some((k) => schema[k] !== undefined));
    const typeError = (path, errors) => errors.push({ instancePath: path, keyword: "type", params: { type } });
    // A type whose group has none of the schema's keywords is tested before everything else.
    if (type !== undefined && ownGroup === undefined) {
      const is = IS_TYPE[type];
      checks.push((d, path, errors) => {
        if (!is(d)) typeError(path, errors);
      });
    }
    if (schema.enum !== undefined) {
      const allowed = schema.enum;
      checks.push((d, path, errors) => {
        if (!allowed.includes(d)) errors.push({ instancePath: path, keyword: "enum", params: { allowedValues: allowed } });
      });
    }
    for (const [groupType, keywords] of GROUPS) {
      const inGroup = keywords.filter((k) => schema[k] !== undefined).map((k) => keywordCheck(schema, k, compile));
      if (inGroup.length === 0) continue;
      const is = IS_TYPE[groupType];
      const own = groupType === type;
      checks.push((d, path, errors) => {
        if (is(d)) for (const check of inGroup) check(d, path, errors);
        else if (own) typeError(path, errors);
      });
    }
    return (d, path, errors) => {
      for (const check of checks) check(d, path, errors);
    };
  };
  return compile(root);
}

const shapeCheck = compileShape(SHAPE);

function validateShape(data) {
  const errors = [];
  shapeCheck(data, "", errors);
  validateShape.errors = errors.length === 0 ? null : errors;
  return errors.length === 0;
}
