/*
 * The helpers generated validator modules call as `v.<name>`. Changing a
 * name or signature here changes the generated code's contract.
 */
export { tuple } from "./array.js";
export { codePointLength, contains, int, integer, maxLength, minLength, multipleOf, uniqueItems } from "./checks.js";
export { allOf, conditional, type Discriminant, discriminated, not } from "./combinators.js";
export { isMultipleOf } from "./decimal.js";
export { canonicalKey, type JsonType, jsonEqual, jsonTypeOf } from "./json.js";
export { anyObject, type ObjectKeywords, object } from "./object.js";
export { type Matcher, pattern, re } from "./pattern.js";
export { type TypeBranches, types, whenType } from "./types.js";
export {
  type EvaluatedItems,
  type EvaluatedProperties,
  unevaluatedItems,
  unevaluatedProperties,
} from "./unevaluated.js";
export { oneOfValues } from "./values.js";
