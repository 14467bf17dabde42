// The compact shape test as code: shapeSchema's schema written out once per scheme as plain
// JavaScript, one function per object, list and $ref'd definition, the values' tests inline. An
// object's known keys are read by name (the engine caches where each is in objects of one
// shape), its own keys only counted: no key is looked up in a table. It answers exactly what
// shape-runtime.js's shapeCheck finds no error for (test/schema/compact-validator.test.ts
// compares both with Ajv on random and mutated submissions); when it says no, shapeCheck words
// the errors. Written inside the validator's function, before shape-runtime.js, which calls
// `shapeTest` and defines the helpers it calls (isRecord, isNum, isInt, hasOwnKey, ownKeyCount, noneRepeated).
import type { JsonSchema } from "./schema.js";

/** JSON Schema types as Ajv tests them with strictNumbers (NaN and ±Infinity are not numbers). */
const IS_TYPE: Record<string, (x: string) => string> = {
  object: (x) => `isRecord(${x})`,
  array: (x) => `Array.isArray(${x})`,
  string: (x) => `typeof ${x}=="string"`,
  boolean: (x) => `typeof ${x}=="boolean"`,
  number: (x) => `isNum(${x})`,
  integer: (x) => `isInt(${x})`,
};

/** How a bound fails, as Ajv tests it. */
const FAILS: Record<string, string> = { maximum: ">", minimum: "<", exclusiveMaximum: ">=", exclusiveMinimum: "<=" };

/** Ajv's keyword groups, in its order; a group's keywords run only when the data has its type. */
const GROUPS: Array<[string, string[]]> = [
  ["number", ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum"]],
  ["string", ["pattern"]],
  ["array", ["minItems", "items", "uniqueItems"]],
  ["object", ["required", "additionalProperties", "properties"]],
];

const literal = (value: unknown): string => JSON.stringify(value);

/** A key read as `d.key`: an identifier name (a reserved word is one too, after a dot). */
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;

/** Source defining `shapeTest(data)`: whether the data fits the compact schema `root`. */
export function shapeTestSource(root: JsonSchema): string {
  const defs = (root.$defs as Record<string, JsonSchema> | undefined) ?? {};
  const constants: string[] = [];
  const functions: string[] = [];
  const refNames = new Map<string, string>();

  const constant = (source: string): string => {
    constants.push(`const c${constants.length}=${source};`);
    return `c${constants.length - 1}`;
  };
  const fn = (body: string[]): string => {
    const name = `t${functions.length}`;
    functions.push(`function ${name}(d){\n${body.join("\n")}\n}`);
    return name;
  };
  const ref = (target: string): string => {
    const name = target.slice("#/$defs/".length);
    let got = refNames.get(name);
    if (got === undefined) {
      got = `r${refNames.size}`;
      // Named before its body is written: a definition may refer to itself.
      refNames.set(name, got);
      functions.push(`function ${got}(d){return ${test(defs[name]!, "d")}}`);
    }
    return got;
  };

  /**
   * An object's own value for a key, read by name. A key Object.prototype also has (toString,
   * __proto__ …) is read only when the object has it itself.
   */
  const own = (key: string): string =>
    key in Object.prototype ? `(hasOwnKey(d,${literal(key)})?d[${literal(key)}]:undefined)` : IDENTIFIER.test(key) ? `d.${key}` : `d[${literal(key)}]`;

  /**
   * additionalProperties: false with required and properties: every own key is a known one (the
   * known keys found, m, are all the object's own keys), each value fits, and the required ones are
   * there (r; Ajv's "missing" is absent or undefined).
   */
  const closedObject = (schema: JsonSchema): string => {
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const body = ["let m=0,r=0,v;"];
    for (const key of Object.keys(properties)) {
      const fits = test(properties[key]!, "v");
      const found = required.has(key) ? "m++,r++" : "m++";
      body.push(`v=${own(key)};if(v===undefined)m+=+hasOwnKey(d,${literal(key)});else if(${fits})${found};else return false;`);
    }
    body.push(`return r===${required.size}&&m===ownKeyCount(d)`);
    return fn(body);
  };

  /** required and properties of an object that may have other keys. */
  const openObject = (schema: JsonSchema, keywords: string[]): string => {
    const body: string[] = [];
    if (keywords.includes("required"))
      for (const key of schema.required as string[])
        body.push(`if(d[${literal(key)}]===undefined||!hasOwnKey(d,${literal(key)}))return false;`);
    if (keywords.includes("properties"))
      for (const [key, sub] of Object.entries(schema.properties as Record<string, JsonSchema>))
        body.push(`{const v=${own(key)};if(v!==undefined&&!${paren(test(sub, "v"))})return false}`);
    body.push("return true");
    return fn(body);
  };

  const list = (schema: JsonSchema, keywords: string[]): string => {
    const body: string[] = [];
    for (const keyword of keywords) {
      if (keyword === "minItems") body.push(`if(d.length<${literal(schema.minItems)})return false;`);
      if (keyword === "items")
        body.push(`for(let i=0;i<d.length;i++){const v=d[i];if(!${paren(test(schema.items as JsonSchema, "v"))})return false}`);
      if (keyword === "uniqueItems") {
        const items = schema.items as JsonSchema;
        body.push(`if(!noneRepeated(d,${literal(typeof items.type === "string" ? items.type : null)}))return false;`);
      }
    }
    body.push("return true");
    return fn(body);
  };

  /** A group of keywords, for x already of the group's type, as an expression. */
  const group = (schema: JsonSchema, type: string, keywords: string[], x: string): string => {
    if (type === "object")
      return `${keywords.includes("additionalProperties") ? closedObject(schema) : openObject(schema, keywords)}(${x})`;
    if (type === "array") return `${list(schema, keywords)}(${x})`;
    if (type === "string") return `${constant(`new RegExp(${literal(schema.pattern)},"u")`)}.test(${x})`;
    return keywords.map((k) => `!(${x}${FAILS[k]}${literal(schema[k])})`).join("&&");
  };

  /** Whether x fits the schema, as an expression: the steps of shape-runtime.js stepsOf, in its order. */
  const test = (schema: JsonSchema, x: string): string => {
    if (schema.$ref !== undefined) return `${ref(String(schema.$ref))}(${x})`;
    const type = schema.type as string | undefined;
    const steps: string[] = [];
    const groups = GROUPS.map(([t, keywords]) => [t, keywords.filter((k) => schema[k] !== undefined)] as const);
    const typeStep = type !== undefined && !groups.some(([t, present]) => t === type && present.length > 0);
    if (typeStep) steps.push(IS_TYPE[type]!(x));
    if (schema.enum !== undefined) steps.push(`${constant(literal(schema.enum))}.includes(${x})`);
    if (schema.not !== undefined) steps.push(`!${paren(test(schema.not as JsonSchema, x))}`);
    if (schema.if !== undefined) {
      const then = schema.then === undefined ? "true" : test(schema.then as JsonSchema, x);
      const otherwise = schema.else === undefined ? "true" : test(schema.else as JsonSchema, x);
      steps.push(`(${test(schema.if as JsonSchema, x)}?${then}:${otherwise})`);
    }
    for (const [t, present] of groups) {
      if (present.length === 0) continue;
      const inGroup = paren(group(schema, t, present, x));
      if (t === type) steps.push(`${IS_TYPE[t]!(x)}&&${inGroup}`);
      // After the type step, x is known to be of the group's type (an integer is a number) or not.
      else if (typeStep) {
        if (type === "integer" && t === "number") steps.push(inGroup);
      } else steps.push(`(!${IS_TYPE[t]!(x)}||${inGroup})`);
    }
    return steps.length === 0 ? "true" : steps.join("&&");
  };

  const top = test(root, "data");
  return [
    ...constants,
    ...functions,
    "/** Whether a submission fits the shape (nothing built: shapeCheck says what is wrong). */",
    `function shapeTest(data){return ${top}}`,
  ].join("\n");
}

/** An expression that can follow `!` as one operand. */
function paren(expression: string): string {
  return /^!?[\w.$]*\([^()]*\)$|^[\w$]+$/.test(expression) ? expression : `(${expression})`;
}
