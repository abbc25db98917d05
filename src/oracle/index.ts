export { createOracle, type Oracle, type OracleOptions, type OracleResult } from "./oracle.js";
export { describeError, primaryError, type OracleError } from "./errors.js";
export { convertDocument, refForPointer, type ConvertedDocument } from "./convert-document.js";
