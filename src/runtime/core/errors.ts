/*
 * Every failure a call can meet is an APIFreeError. `code` is the API's own
 * error code when the server sent one (invalid_request_error,
 * max_concurrency_exceeded, ...) or the client's (validation_error, timeout,
 * connection_error, stream_interrupted, ...); `status` is the HTTP status, or
 * the envelope's `code` when APIFree answered HTTP 200 with an error body.
 *
 * Messages never carry request headers, and the client scrubs its API key
 * (and its encoded forms) from every string field of every error it raises
 * and from their causes (see shared/redact.ts), so logging, inspecting or
 * serialising an error cannot leak the key.
 */

export interface APIFreeErrorInit {
  code: string;
  type: string;
  status?: number | undefined;
  /** The HTTP status of the response, when there was one (200 for an error envelope). */
  httpStatus?: number | undefined;
  model?: string | undefined;
  requestId?: string | undefined;
  /** The request field the API named (OpenAI's `param`), when it named one. */
  param?: string | undefined;
  cause?: unknown;
}

export class APIFreeError extends Error {
  readonly code: string;
  readonly type: string;
  readonly status: number | undefined;
  readonly httpStatus: number | undefined;
  readonly model: string | undefined;
  readonly requestId: string | undefined;
  readonly param: string | undefined;

  constructor(message: string, init: APIFreeErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    // `name` on the prototype chain would read "Error"; a non-enumerable own
    // property keeps inspect() output and JSON free of noise.
    Object.defineProperty(this, "name", {
      value: new.target.name,
      enumerable: false,
      configurable: true,
      writable: true,
    });
    this.code = init.code;
    this.type = init.type;
    this.status = init.status;
    this.httpStatus = init.httpStatus;
    this.model = init.model;
    this.requestId = init.requestId;
    this.param = init.param;
  }

  /** What JSON.stringify shows: the facts, no stack, no cause, no headers. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      type: this.type,
      status: this.status,
      httpStatus: this.httpStatus,
      model: this.model,
      requestId: this.requestId,
      param: this.param,
      message: this.message,
    };
  }
}

/** One field of a body that broke its schema. */
export interface FieldIssue {
  /** Path inside the body, e.g. ["messages", 0, "role"]. */
  path: Array<string | number>;
  /** The same path as a JSON pointer, e.g. "/messages/0/role". */
  pointer: string;
  /** Readable path, e.g. "messages[0].role"; "(body)" for the body itself. */
  field: string;
  /** The constraint it broke. */
  message: string;
}

/** The request body does not match the model's schema; nothing was sent. */
export class ValidationError extends APIFreeError {
  readonly issues: FieldIssue[];
  constructor(message: string, model: string | undefined, issues: FieldIssue[]) {
    super(message, { code: "validation_error", type: "invalid_request_error", model });
    this.issues = issues;
  }
}

/** The schema loader does not know the model id; nothing was sent. */
export class UnknownModelError extends APIFreeError {
  constructor(message: string, model: string, cause?: unknown) {
    super(message, { code: "unknown_model", type: "invalid_request_error", model, cause });
  }
}

/** The model's document does not declare the operation called (a chat-only model asked for Messages...); nothing was sent. */
export class OperationNotSupportedError extends APIFreeError {
  readonly operation: string;
  constructor(message: string, model: string, operation: string) {
    super(message, { code: "operation_not_supported", type: "invalid_request_error", model });
    this.operation = operation;
  }
}

/** An error the API reported, through an HTTP error status or an HTTP-200 envelope. */
export class APIError extends APIFreeError {}
export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
/** HTTP 429, an envelope with code 429, or `max_concurrency_exceeded`. */
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

/** No response arrived: refused, reset or closed before the first response byte. */
export class APIConnectionError extends APIFreeError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "connection_error", type: "connection_error", ...init });
  }
}

/** The `timeout` elapsed before the response (or, for a stream, its headers) arrived. */
export class APITimeoutError extends APIConnectionError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "timeout", type: "timeout", ...init });
  }
}

/** A stream sent nothing for `idleTimeout` milliseconds while the reader was waiting. */
export class StreamIdleTimeoutError extends APITimeoutError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "idle_timeout", type: "timeout", ...init });
  }
}

/** The stream did not finish within `streamTimeout` milliseconds of its headers (off by default). */
export class StreamTimeoutError extends APITimeoutError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "stream_timeout", type: "timeout", ...init });
  }
}

/** The caller aborted: the `signal` fired or `stream.abort()` was called. */
export class APIUserAbortError extends APIFreeError {
  constructor(message = "The request was aborted.", init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "aborted", type: "aborted", ...init });
  }
}

/** A stream ended (or its connection broke) before `data: [DONE]`. */
export class StreamInterruptedError extends APIFreeError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "stream_interrupted", type: "stream_error", ...init });
  }
}

/** A body or stream event that is not what the API promises (not JSON, not SSE, wrong content type). */
export class InvalidResponseError extends APIFreeError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "invalid_response", type: "invalid_response", ...init });
  }
}

/**
 * A response body over `maxResponseSize` bytes, or one stream event over
 * `maxEventSize` characters: the connection was closed at once, the rest
 * never read. Not retried.
 */
export class ResponseTooLargeError extends InvalidResponseError {
  constructor(message: string, init: Partial<APIFreeErrorInit> = {}) {
    super(message, { code: "response_too_large", ...init });
  }
}

/** validate: "strict" — a response or chunk does not match the model's schema. */
export class SchemaMismatchError extends APIFreeError {
  readonly issues: FieldIssue[];
  constructor(message: string, model: string, issues: FieldIssue[]) {
    super(message, { code: "schema_mismatch", type: "invalid_response", model });
    this.issues = issues;
  }
}
