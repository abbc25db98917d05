import { createOracle, describeError, type OracleResult } from "../../src/oracle/index.js";
import type { Oracle } from "../../src/oracle/oracle.js";
import { appendPointer, getAtPointer, localRefPointer, pointer } from "../../src/shared/json-pointer.js";

/*
 * Test-side reading of a document's operations, by the conventions the
 * catalog follows (design.md, "The whole platform"): for an endpoint, the
 * pointers of its JSON and multipart request schemas, of its 200 JSON and
 * `text/event-stream` schemas, and its parameters; validators from the Ajv
 * oracle. Independent of src/openapi on purpose: the pipeline's own locator
 * is what these documents exercise.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Follow `$ref`s from `ptr` to where the object really is. */
function deref(doc: unknown, ptr: string): string {
  let here = ptr;
  for (let hops = 0; hops < 10; hops += 1) {
    const node = getAtPointer(doc, here);
    if (!isRecord(node) || typeof node.$ref !== "string") return here;
    const target = localRefPointer(node.$ref);
    if (target === undefined) throw new Error(`external $ref at ${here}`);
    here = target;
  }
  throw new Error(`$ref chain too long at ${ptr}`);
}

function mediaSchema(doc: unknown, container: string, mediaType: string): string | undefined {
  const at = deref(doc, container);
  const content = getAtPointer(doc, appendPointer(at, "content"));
  if (!isRecord(content) || !isRecord(content[mediaType])) return undefined;
  return appendPointer(at, "content", mediaType, "schema");
}

export interface EndpointSchemas {
  /** "POST /v1/messages". */
  endpoint: string;
  request?: string;
  multipart?: string;
  response?: string;
  events?: string;
  /** The operation's parameters, `$ref`s resolved. */
  parameters: Array<Record<string, unknown>>;
}

/** Every method under every path of the document, as "METHOD /path", sorted. */
export function endpointsOf(doc: unknown): string[] {
  const paths = getAtPointer(doc, "/paths");
  if (!isRecord(paths)) return [];
  return Object.entries(paths)
    .flatMap(([path, item]) =>
      isRecord(item) ? Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`) : [],
    )
    .sort();
}

export function endpointSchemas(doc: unknown, endpoint: string): EndpointSchemas {
  const [method, path] = endpoint.split(" ") as [string, string];
  const operation = pointer("paths", path, method.toLowerCase());
  if (!isRecord(getAtPointer(doc, operation))) throw new Error(`no ${endpoint}`);
  const body = appendPointer(operation, "requestBody");
  const hasBody = getAtPointer(doc, body) !== undefined;
  const success = appendPointer(operation, "responses", "200");
  const raw = getAtPointer(doc, appendPointer(operation, "parameters"));
  const parameters = (Array.isArray(raw) ? raw : []).map((_, index) => {
    const resolved = getAtPointer(doc, deref(doc, appendPointer(operation, "parameters", index)));
    if (!isRecord(resolved)) throw new Error(`parameter ${index} of ${endpoint} does not resolve`);
    return resolved;
  });
  const found = {
    request: hasBody ? mediaSchema(doc, body, "application/json") : undefined,
    multipart: hasBody ? mediaSchema(doc, body, "multipart/form-data") : undefined,
    response: mediaSchema(doc, success, "application/json"),
    events: mediaSchema(doc, success, "text/event-stream"),
  };
  const schemas = Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
  return { endpoint, parameters, ...schemas };
}

type Check = (value: unknown) => OracleResult;

export interface EndpointChecks {
  request: Check;
  multipart: Check;
  response: Check;
  events: Check;
}

function missing(what: string, endpoint: string): Check {
  return () => {
    throw new Error(`${endpoint} declares no ${what} schema`);
  };
}

const oracles = new WeakMap<object, Oracle>();

/** One oracle per document, so each schema is compiled once however many tests use it. */
export function oracleOf(doc: unknown): Oracle {
  if (!isRecord(doc)) throw new Error("a document is an object");
  let oracle = oracles.get(doc);
  if (oracle === undefined) {
    oracle = createOracle(doc);
    oracles.set(doc, oracle);
  }
  return oracle;
}

/** Oracle validators for one endpoint's schemas; asking for a schema it lacks throws. */
export function endpointChecks(doc: unknown, endpoint: string): EndpointChecks {
  const oracle = oracleOf(doc);
  const schemas = endpointSchemas(doc, endpoint);
  const check = (what: "request" | "multipart" | "response" | "events"): Check => {
    const at = schemas[what];
    return at === undefined ? missing(what, endpoint) : oracle.validator(at);
  };
  return {
    request: check("request"),
    multipart: check("multipart"),
    response: check("response"),
    events: check("events"),
  };
}

/** The oracle's errors as one readable line, for assertion messages. */
export function why(result: OracleResult): string {
  return result.errors.map(describeError).join("; ").slice(0, 1500);
}
