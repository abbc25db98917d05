import type { LocatedOperation } from "../../openapi/operations.js";
import { describeError, primaryError } from "../../oracle/index.js";
import { isRecord } from "../../shared/is-record.js";
import {
  type ApiErrorBody,
  concurrencyExceeded,
  invalidRequest,
  modelNotFound,
  sendEnvelope,
  sendHttpError,
  unusableSchema,
} from "../api-errors.js";
import { applyImmediateFault } from "../fault-injection.js";
import { authorize, type Exchange, type HandlerContext, readBodyOrRefuse, selectFault } from "../handler-context.js";
import { sendJson } from "../http-io.js";
import type { ModelContract } from "../model-contract.js";
import { type PlanRequest, planReply, pricingOf, type ReplyPlan } from "../reply/plan.js";
import { type StreamFraming, writeEventStream } from "../sse-writer.js";

/*
 * One completion operation (chat, Messages, Responses, Gemini), served in
 * APIFree's order: key, concurrency slot, (injected fault), then the body:
 * JSON, `model`, a known model, a model whose document declares the
 * operation, the model's request schema for it. Body failures are HTTP 200
 * envelopes, as APIFree sends them. What differs between protocols (how a
 * request reads, how a reply and a stream look) is the Protocol's.
 */

/** Benchmark header: the reply carries exactly this many answer pieces (content events when streamed). */
export const CHUNKS_HEADER = "x-apifree-mock-chunks";
const MAX_FORCED_CHUNKS = 10_000_000;

/** What one protocol contributes; `F` is what it reads of a model's schemas, once per model. */
export interface Protocol<F> {
  /** The family key of src/openapi/families.ts the operation belongs to. */
  operation: string;
  /** A header its own clients send the key in, accepted when there is no Authorization header. */
  keyHeader?: string;
  features(contract: ModelContract, operation: LocatedOperation, entry: Record<string, unknown> | undefined): F;
  /** The validated body as the planner reads it. */
  read(body: Record<string, unknown>, features: F): PlanRequest;
  /** The non-stream reply. */
  reply(plan: ReplyPlan, body: Record<string, unknown>, features: F): unknown;
  /** The stream's events, framed (`data: ...` or `event: NAME` + `data: ...`), produced lazily. */
  events(plan: ReplyPlan, body: Record<string, unknown>, features: F): Iterable<string>;
  framing: StreamFraming;
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

function parseJson(bytes: Buffer): Parsed {
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8")) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

function notServed(model: string, operation: string, contract: ModelContract): ApiErrorBody {
  const declared = [...contract.operations.keys()].sort().join(", ") || "none";
  return invalidRequest(
    `model '${model}' does not serve the ${operation} operation; its document declares: ${declared}`,
  );
}

export function serveOperation<F>(
  protocol: Protocol<F>,
): (context: HandlerContext, exchange: Exchange) => Promise<void> {
  const featuresOf = new WeakMap<ModelContract, F>();
  return async (context, exchange) => {
    const { request, response, log } = exchange;
    const bytes = await readBodyOrRefuse(exchange);
    if (bytes === undefined) return;
    if (!authorize(context, exchange, protocol.keyHeader)) return;

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
    let validate: ReturnType<ModelContract["validator"]> | undefined;
    let features: F;
    try {
      contract = model.contract();
      const operation = contract.operations.get(protocol.operation);
      if (operation === undefined) {
        sendEnvelope(response, log, 400, notServed(model.id, protocol.operation, contract));
        return;
      }
      const requestRoot = operation.roots.request;
      validate = requestRoot === undefined ? undefined : contract.validator(requestRoot.pointer);
      let known = featuresOf.get(contract);
      if (known === undefined) {
        known = protocol.features(contract, operation, model.entry);
        featuresOf.set(contract, known);
      }
      features = known;
    } catch (error) {
      sendHttpError(response, log, 500, unusableSchema(model.id, error));
      return;
    }
    const verdict = validate?.(body);
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
      request: protocol.read(body, features),
      model: model.id,
      pricing: pricingOf(model.entry),
      ...(answerPieces === undefined ? {} : { answerPieces }),
    });
    if (body.stream === true) {
      await writeEventStream(response, log, protocol.events(plan, body, features), fault?.stream, protocol.framing);
    } else {
      sendJson(response, log, 200, protocol.reply(plan, body, features));
    }
  };
}
