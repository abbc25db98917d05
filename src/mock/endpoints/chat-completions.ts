import { describeError, primaryError } from "../../oracle/index.js";
import { isRecord } from "../../shared/is-record.js";
import { concurrencyExceeded, invalidRequest, modelNotFound, sendEnvelope, sendHttpError } from "../api-errors.js";
import { applyImmediateFault } from "../fault-injection.js";
import { authorize, type Exchange, type HandlerContext, selectFault } from "../handler-context.js";
import { BodyTooLarge, readBody, sendJson } from "../http-io.js";
import type { ModelContract } from "../model-contract.js";
import { renderChunks } from "../reply/chunks.js";
import { renderCompletion } from "../reply/completion.js";
import { planReply, pricingOf } from "../reply/plan.js";
import { writeEventStream } from "../sse-writer.js";

/*
 * POST /v1/chat/completions, in APIFree's order: key, concurrency slot,
 * (injected fault), then the body: JSON, `model`, a known model, the model's
 * request schema. Body failures are HTTP 200 envelopes, as APIFree sends them.
 */

/** Benchmark header: the stream carries exactly this many answer pieces (content chunks). */
export const CHUNKS_HEADER = "x-apifree-mock-chunks";
const MAX_FORCED_CHUNKS = 10_000_000;

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

function parseJson(bytes: Buffer): Parsed {
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8")) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export async function handleChatCompletions(context: HandlerContext, exchange: Exchange): Promise<void> {
  const { request, response, log } = exchange;
  let bytes: Buffer;
  try {
    bytes = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendHttpError(response, log, 413, invalidRequest(error.message));
    return;
  }
  if (!authorize(context, exchange)) return;

  const parsed = parseJson(bytes);
  if (parsed.ok) {
    log.body = parsed.value;
    if (isRecord(parsed.value)) {
      if (typeof parsed.value.model === "string") log.model = parsed.value.model;
      log.stream = parsed.value.stream === true;
    }
  }

  const release = context.gate.tryAcquire();
  if (release === undefined) {
    sendEnvelope(response, log, 429, concurrencyExceeded(), context.concurrencyStatus);
    return;
  }
  response.once("close", release);

  const fault = selectFault(context, exchange);
  if (fault === null || (await applyImmediateFault(fault, response, log))) return;

  if (!parsed.ok) {
    sendEnvelope(response, log, 400, invalidRequest(`request body is not valid JSON: ${parsed.reason}`));
    return;
  }
  const body = parsed.value;
  if (!isRecord(body)) {
    sendEnvelope(response, log, 400, invalidRequest("request body must be a JSON object"));
    return;
  }
  if (body.model === undefined) {
    sendEnvelope(response, log, 400, invalidRequest("missing required field 'model'"));
    return;
  }
  if (typeof body.model !== "string") {
    sendEnvelope(response, log, 400, invalidRequest("field 'model' must be a string"));
    return;
  }
  const model = context.snapshot.model(body.model);
  if (model === undefined) {
    sendEnvelope(response, log, 404, modelNotFound(body.model));
    return;
  }
  let contract: ModelContract;
  try {
    contract = model.contract();
  } catch (error) {
    sendHttpError(response, log, 500, {
      code: "server_error",
      message: `the emulator cannot use the schema of model '${model.id}': ${(error as Error).message}`,
      type: "server_error",
    });
    return;
  }
  const verdict = contract.validateRequest?.(body);
  if (verdict !== undefined && !verdict.valid) {
    const shown = primaryError(verdict.errors);
    const detail = shown === undefined ? "it does not match the schema" : describeError(shown);
    sendEnvelope(response, log, 400, invalidRequest(`invalid request for model '${model.id}': ${detail}`));
    return;
  }

  const forced = request.headers[CHUNKS_HEADER];
  let answerPieces: number | undefined;
  if (typeof forced === "string") {
    if (!/^\d{1,8}$/.test(forced) || Number(forced) < 1 || Number(forced) > MAX_FORCED_CHUNKS) {
      sendHttpError(
        response,
        log,
        400,
        invalidRequest(`${CHUNKS_HEADER} must be an integer from 1 to ${MAX_FORCED_CHUNKS}`),
      );
      return;
    }
    answerPieces = Number(forced);
  }

  const plan = planReply({
    body,
    model: model.id,
    features: contract.features,
    pricing: pricingOf(model.entry),
    ...(answerPieces === undefined ? {} : { answerPieces }),
  });
  if (body.stream === true) {
    const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;
    await writeEventStream(response, log, renderChunks(plan, contract.features, includeUsage), fault?.stream);
  } else {
    sendJson(response, log, 200, renderCompletion(plan, contract.features));
  }
}
