export { startEmulator } from "./emulator.js";
export type { Emulator, EmulatorOptions, Fault, MockRequestInfo, MockRequestLog, RawResponse, StreamFault } from "./types.js";
export { FAULT_HEADER, FaultSyntaxError, parseFaultHeader, type ParsedFaultHeader } from "./fault-header.js";
export { CHUNKS_HEADER } from "./endpoints/chat-completions.js";
export { MOCK_CREATED, MOCK_FINGERPRINT, costOf } from "./reply/plan.js";
