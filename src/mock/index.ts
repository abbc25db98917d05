export { startEmulator } from "./emulator.js";
export { CHUNKS_HEADER } from "./endpoints/serve-operation.js";
export { FAULT_HEADER, FaultSyntaxError, type ParsedFaultHeader, parseFaultHeader } from "./fault-header.js";
export { costOf, MOCK_CREATED, MOCK_FINGERPRINT } from "./reply/plan.js";
export type {
  Emulator,
  EmulatorOptions,
  Fault,
  MockRequestInfo,
  MockRequestLog,
  RawResponse,
  StreamFault,
} from "./types.js";
export { TASK_DURATION_HEADER } from "./videos/video-tasks.js";
