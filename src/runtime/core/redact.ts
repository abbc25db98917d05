/*
 * The API key must never reach an error message, a stack, inspect() output or
 * JSON. Messages are built from server text and low-level errors, which could
 * echo it back ("invalid key sk-..."), so every error leaving the client goes
 * through scrub() first.
 */

const REDACTED = "[redacted]";

/** Replace each secret (at least 4 characters long) in `text`. */
function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4 && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Scrub an error and its cause chain in place; returns the same error. */
export function scrub<E>(error: E, secrets: readonly string[]): E {
  if (secrets.length === 0) return error;
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    if (current.message) current.message = redact(current.message, secrets);
    if (current.stack) current.stack = redact(current.stack, secrets);
    current = (current as { cause?: unknown }).cause;
  }
  return error;
}
