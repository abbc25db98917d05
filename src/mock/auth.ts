/*
 * Bearer-key check (and, where a protocol's own clients send it, a key in
 * a header of its own, such as Anthropic's `x-api-key`). The key itself
 * never appears in a reply: a client's log of the reply must not leak it.
 */

export type AuthResult = { ok: true } | { ok: false; message: string };

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

export function checkAuthorization(header: string | undefined, allowed: ReadonlySet<string> | undefined): AuthResult {
  if (header === undefined || header.trim() === "") {
    return { ok: false, message: "missing API key: send the header `Authorization: Bearer <key>`" };
  }
  const match = BEARER.exec(header);
  if (match === null) return { ok: false, message: "malformed Authorization header: expected `Bearer <key>`" };
  if (allowed !== undefined && !allowed.has(match[1]!)) return { ok: false, message: "invalid API key" };
  return { ok: true };
}

/** A bare key in a header of its own (`x-api-key: <key>`); the message names both ways of sending one. */
export function checkKeyHeader(
  name: string,
  value: string | undefined,
  allowed: ReadonlySet<string> | undefined,
): AuthResult {
  const key = value?.trim() ?? "";
  if (key === "" || /\s/.test(key)) {
    return {
      ok: false,
      message: `missing API key: send the header \`Authorization: Bearer <key>\` or \`${name}: <key>\``,
    };
  }
  if (allowed !== undefined && !allowed.has(key)) return { ok: false, message: "invalid API key" };
  return { ok: true };
}
