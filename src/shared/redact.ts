/*
 * The API key must never reach an error, a stack, inspect() output, JSON or a
 * log line. Servers echo what they were sent ("invalid key sk-...", a request
 * id built from the Authorization header, a URL with the key in its query),
 * sometimes encoded, so every error leaving the runtime or sync is scrubbed
 * here: each string it holds, in every field, down its cause chain.
 */

const REDACTED = "[redacted]";

/** A secret shorter than this is no secret worth scrubbing ordinary words for. */
const MIN_SECRET = 4;
/** Encoded forms shorter than this could match unrelated text. */
const MIN_ENCODED = 8;

/**
 * The part of base64(text) that does not depend on what follows `text`: the
 * first 4 characters for each whole 3 bytes. It matches the key encoded alone
 * and as the start of a longer encoded value (a header, a token).
 */
function stableBase64(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return bytes.subarray(0, bytes.length - (bytes.length % 3)).toString("base64");
}

/**
 * Every text that reveals `secret`: itself, URL-encoded, and base64 (standard
 * and URL-safe) of the key and of `Bearer <key>`. Longest first, so a longer
 * form is replaced before a shorter one inside it.
 */
export function secretForms(secret: string | undefined): string[] {
  if (secret === undefined || secret.length < MIN_SECRET) return [];
  const forms = new Set([secret, encodeURIComponent(secret)]);
  for (const text of [secret, `Bearer ${secret}`]) {
    const standard = stableBase64(text);
    if (standard.length < MIN_ENCODED) continue;
    forms.add(standard);
    forms.add(standard.replaceAll("+", "-").replaceAll("/", "_"));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** `text` with every form replaced. */
export function redactText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** Nested objects (issues, problems, details) are scrubbed this deep. */
const MAX_DEPTH = 6;

function scrubValue(value: unknown, forms: readonly string[], seen: Set<object>, depth: number): unknown {
  if (typeof value === "string") return redactText(value, forms);
  if (typeof value !== "object" || value === null || seen.has(value) || depth > MAX_DEPTH) return value;
  seen.add(value);
  // Own properties, enumerable or not: `message`, `stack`, `name` and `cause`
  // are non-enumerable on errors, and inspect({ showHidden }) shows them.
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor) continue;
    // Newer V8 versions make an error's `stack` an own accessor; other getters are not run.
    const accessor = !("value" in descriptor);
    if (accessor && !(key === "stack" && descriptor.get && descriptor.set)) continue;
    const before: unknown = accessor ? (value as { stack?: unknown }).stack : descriptor.value;
    const after = scrubValue(before, forms, seen, depth + 1);
    if (after === before) continue;
    if (accessor || descriptor.writable) (value as Record<PropertyKey, unknown>)[key] = after;
    else if (descriptor.configurable) Object.defineProperty(value, key, { ...descriptor, value: after });
  }
  return value;
}

/**
 * Scrubs an error in place, with every string it holds (message, stack, code,
 * type, requestId, any other own field, nested issues) and its cause chain
 * (AggregateError's `errors` too). Returns the same value.
 */
export function scrubError<E>(error: E, forms: readonly string[]): E {
  if (forms.length === 0) return error;
  return scrubValue(error, forms, new Set(), 0) as E;
}
