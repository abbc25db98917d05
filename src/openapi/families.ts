import { STANDARD_CHUNK_SCHEMA } from "./standard-chunk.js";

/*
 * The operation families APIFree serves, as data: adding a protocol is one
 * row here (plus its runtime resource), not a new lookup. A family is present
 * in a document when its first route is; each route says which schemas
 * ("roots") it contributes and whether the family needs them.
 */

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

export const HTTP_METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

/** Where in an operation a root schema is read from. */
export type RootSource = "json-request" | "multipart-request" | "json-response" | "event-stream";

interface RootSpec {
  /** Name of the root within its operation: `request`, `response`, `event`, `remix`... */
  name: string;
  source: RootSource;
  /** A present family without this root is a broken document. */
  required: boolean;
}

interface RouteSpec {
  method: HttpMethod;
  /** The path as documents spell it; `{name}` marks a path parameter. */
  path: string;
  roots: readonly RootSpec[];
}

/**
 * How a family's stream looks on the wire (design.md, "The whole platform"):
 *  - `data-done`: unnamed `data:` events, then `data: [DONE]` (chat);
 *  - `named`: `event: NAME` with a JSON `data` whose `type` is NAME (Messages, Responses);
 *  - `data`: unnamed `data:` events, no sentinel (Gemini);
 *  - `none`: no stream (videos).
 */
type StreamWire = "data-done" | "named" | "data" | "none";

export interface FamilySpec {
  key: string;
  /** The first route decides presence. */
  routes: readonly RouteSpec[];
  stream: StreamWire;
  /**
   * The event schema of a document that declares no `text/event-stream`
   * schema for the family (chat: the standard chunk), placed at
   * `standardEventPointer` in the document.
   */
  standardEvent?: { schema: unknown; pointer: string };
  /** Whether an SSE envelope (`{data: Event}`) around the event schema is unwrapped. */
  eventEnvelopes: boolean;
  /** Roots of which at least one must be present (videos: a JSON or a multipart create body). */
  someRequired?: readonly string[];
}

const REQUEST: RootSpec = { name: "request", source: "json-request", required: true };
const RESPONSE: RootSpec = { name: "response", source: "json-response", required: true };
const EVENT: RootSpec = { name: "event", source: "event-stream", required: false };

/** Pointer at which the standard chunk schema is placed when a document has none. */
export const STANDARD_CHUNK_POINTER = "/x-apifree-standard-chunk";

export const FAMILIES: readonly FamilySpec[] = [
  {
    key: "chat.completions",
    routes: [{ method: "post", path: "/v1/chat/completions", roots: [REQUEST, RESPONSE, EVENT] }],
    stream: "data-done",
    standardEvent: { schema: STANDARD_CHUNK_SCHEMA, pointer: STANDARD_CHUNK_POINTER },
    eventEnvelopes: true,
  },
  {
    key: "messages",
    routes: [{ method: "post", path: "/v1/messages", roots: [REQUEST, RESPONSE, EVENT] }],
    stream: "named",
    eventEnvelopes: false,
  },
  {
    key: "responses",
    routes: [{ method: "post", path: "/v1/responses", roots: [REQUEST, RESPONSE, EVENT] }],
    stream: "named",
    eventEnvelopes: false,
  },
  {
    key: "gemini",
    routes: [{ method: "post", path: "/google/gemini", roots: [REQUEST, RESPONSE, EVENT] }],
    stream: "data",
    eventEnvelopes: true,
  },
  {
    key: "videos",
    routes: [
      {
        method: "post",
        path: "/v1/videos",
        roots: [
          { name: "request", source: "json-request", required: false },
          { name: "multipart", source: "multipart-request", required: false },
          RESPONSE,
        ],
      },
      {
        method: "get",
        path: "/v1/videos/{task_id}",
        roots: [{ name: "task", source: "json-response", required: false }],
      },
      {
        method: "post",
        path: "/v1/videos/{video_id}/remix",
        roots: [
          { name: "remix", source: "json-request", required: false },
          { name: "remixResponse", source: "json-response", required: false },
        ],
      },
    ],
    stream: "none",
    eventEnvelopes: false,
    someRequired: ["request", "multipart"],
  },
];

/** The family with this key, if it is one of the table's. */
export function familyOf(key: string): FamilySpec | undefined {
  return FAMILIES.find((family) => family.key === key);
}
