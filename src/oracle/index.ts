export { describeError, primaryError } from "./errors.js";
export { createOracle, type OracleResult } from "./oracle.js";
