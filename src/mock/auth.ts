/*
 * Bearer-key check. The key itself never appears in a reply: a client's log
 * of the reply must not leak it.
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
