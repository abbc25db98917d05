import type { IncomingMessage } from "node:http";
import { isRecord } from "../../shared/is-record.js";
import { invalidRequest, sendEnvelope, sendHttpError } from "../api-errors.js";
import { type Exchange, readBodyOrRefuse } from "../handler-context.js";
import { type FormEntries, MalformedMultipart, readMultipart, UploadTooLarge } from "./multipart.js";

/*
 * Reading the body of a video request: JSON (create and remix), or
 * multipart/form-data (create). Failures are answered here: HTTP 413 past a
 * size limit, like every route's, and APIFree's HTTP-200 envelope for a body
 * that does not parse.
 */

export const MULTIPART = "multipart/form-data";

/** A JSON object body, or undefined after answering (413 too large, envelope 400 not JSON or not an object). */
export async function jsonBody(exchange: Exchange): Promise<Record<string, unknown> | undefined> {
  const { response, log } = exchange;
  const bytes = await readBodyOrRefuse(exchange);
  if (bytes === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    sendEnvelope(response, log, 400, invalidRequest(`request body is not valid JSON: ${(error as Error).message}`));
    return undefined;
  }
  log.body = value;
  if (!isRecord(value)) {
    sendEnvelope(response, log, 400, invalidRequest("request body must be a JSON object"));
    return undefined;
  }
  return value;
}

/** How long the rest of a refused upload is read (and dropped) before the connection is closed. */
const REFUSED_UPLOAD_DRAIN_MS = 10_000;

/**
 * The refusal is sent at once and the rest of the upload read and dropped,
 * so a client that writes its whole body before reading (most do) gets the
 * 413 and keeps its connection; one still sending after the grace period is
 * disconnected rather than held.
 */
function closeIfStillSending(request: IncomingMessage): void {
  if (request.complete) return;
  const timer = setTimeout(() => request.socket.destroy(), REFUSED_UPLOAD_DRAIN_MS);
  timer.unref();
  request.once("end", () => clearTimeout(timer));
  request.once("close", () => clearTimeout(timer));
}

function isMultipart(request: IncomingMessage): boolean {
  return (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() === MULTIPART;
}

/** A create body: the JSON object, or the form's fields (files by name, type and size) and its entries. */
interface CreateBody {
  multipart: boolean;
  /** What the request log shows, and where `model` is read. */
  fields: Record<string, unknown>;
  entries?: FormEntries;
}

/** The create body, or undefined after answering. */
export async function readCreateBody(exchange: Exchange, maxUploadBytes: number): Promise<CreateBody | undefined> {
  const { request, response, log } = exchange;
  if (!isMultipart(request)) {
    const fields = await jsonBody(exchange);
    return fields === undefined ? undefined : { multipart: false, fields };
  }
  let entries: FormEntries;
  try {
    entries = await readMultipart(request, request.headers["content-type"]!, maxUploadBytes);
  } catch (error) {
    if (error instanceof UploadTooLarge) {
      sendHttpError(response, log, 413, invalidRequest(error.message));
      closeIfStillSending(request);
      return undefined;
    }
    if (error instanceof MalformedMultipart) {
      sendEnvelope(response, log, 400, invalidRequest(`request body is not valid ${MULTIPART}: ${error.message}`));
      return undefined;
    }
    if (response.destroyed || request.destroyed) return undefined; // the client went away mid-upload
    throw error;
  }
  const fields = Object.fromEntries(entries);
  log.body = fields;
  return { multipart: true, fields, entries };
}
