import { createHash } from "node:crypto";
import { canonicalJson } from "../../shared/canonical-json.js";

/*
 * Replies are a pure function of the request: every "random" choice is read
 * from a hash of the body. `stream` and `stream_options` are left out so a
 * streamed request and its non-stream twin say the same thing.
 */

export interface Seed {
  /** 32 bytes to pick words from. */
  bytes: Uint8Array;
  /** Hex of the whole hash, for ids. */
  hex: string;
}

function hash(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

export function requestSeed(body: Record<string, unknown>): Seed {
  const { stream: _stream, stream_options: _options, ...rest } = body;
  let text: string;
  try {
    text = canonicalJson(rest);
  } catch {
    text = JSON.stringify(rest) ?? "";
  }
  const digest = hash(text);
  return { bytes: digest, hex: digest.toString("hex") };
}

/** A sub-seed for one purpose (`choice:1`, `call:0`...), so choices differ from each other. */
export function deriveSeed(seed: Seed, label: string): Seed {
  const digest = hash(`${seed.hex}:${label}`);
  return { bytes: digest, hex: digest.toString("hex") };
}
