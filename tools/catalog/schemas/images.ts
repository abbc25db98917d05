import type { OperationPart } from "../assemble.js";
import type { ImageModelSpec } from "../spec.js";
import type { Build } from "./build.js";
import { errorResponses } from "./errors.js";
import type { Schema } from "./json.js";

/*
 * OpenAI-style image generation (POST /v1/images/generations): an operation
 * outside the families the pipeline knows, which must still be typed and
 * callable. OpenAI's style: an open request body, sizes and qualities as
 * enums, base64 images in `data`, token usage.
 */

const IMAGES_PATH = "/v1/images/generations";

/** POST /v1/images/generations for the model of `b`. */
export function imagesOperation(b: Build<ImageModelSpec>): OperationPart {
  const { c, d, spec } = b;
  const members: Schema = {
    model: d.constant("string", spec.id, { description: "Model identifier; this document describes only this model." }),
    prompt: { type: "string", minLength: 1, maxLength: 32000, description: "What the image shows." },
    n: { ...d.nullable({ type: "integer", minimum: 1, maximum: spec.maxImages }), default: 1 },
    size: { ...d.nullable({ type: "string", enum: [...spec.sizes] }), default: spec.sizes[0] ?? "auto" },
    quality: { ...d.nullable({ type: "string", enum: [...spec.qualities] }), default: spec.qualities[0] ?? "auto" },
    background: {
      ...d.nullable({
        type: "string",
        enum: spec.transparentBackground ? ["transparent", "opaque", "auto"] : ["opaque", "auto"],
      }),
      default: "auto",
    },
    output_format: { ...d.nullable({ type: "string", enum: ["png", "jpeg", "webp"] }), default: "png" },
    output_compression: { ...d.nullable({ type: "integer", minimum: 0, maximum: 100 }), default: 100 },
    moderation: { ...d.nullable({ type: "string", enum: ["low", "auto"] }), default: "auto" },
    user: { type: "string", description: "A stable identifier of your end user." },
  };
  const required = ["model", "prompt"];
  const request = c.named("CreateImageRequest", () => ({
    type: "object",
    description: `Body of POST /v1/images/generations for ${spec.name}.`,
    required,
    properties: members,
  }));
  const count = { type: "integer", minimum: 0 };
  const image = c.named("Image", () => ({
    type: "object",
    properties: {
      b64_json: { type: "string", format: "byte", description: "The image, base64 encoded." },
      url: { type: "string", format: "uri" },
      revised_prompt: d.nullable({ type: "string" }),
    },
  }));
  const response = c.named("ImagesResponse", () => ({
    type: "object",
    required: ["created", "data"],
    properties: {
      created: { type: "integer", description: "Unix time in seconds." },
      data: { type: "array", items: image },
      background: { type: "string", enum: ["transparent", "opaque"] },
      output_format: { type: "string", enum: ["png", "jpeg", "webp"] },
      quality: { type: "string" },
      size: { type: "string" },
      usage: {
        type: "object",
        required: ["input_tokens", "output_tokens", "total_tokens"],
        properties: {
          input_tokens: count,
          input_tokens_details: { type: "object", properties: { text_tokens: count, image_tokens: count } },
          output_tokens: count,
          total_tokens: count,
          cost: { type: "number", minimum: 0, description: "Price of the request in US dollars, added by APIFree." },
        },
      },
    },
  }));
  return {
    key: "images.generations",
    label: "image generation",
    tag: "Images",
    paths: {
      [IMAGES_PATH]: {
        post: {
          operationId: "createImage",
          summary: `Generate images with ${spec.name}`,
          tags: ["Images"],
          requestBody: { required: true, content: { "application/json": { schema: request } } },
          responses: {
            "200": { description: "The images.", content: { "application/json": { schema: response } } },
            ...errorResponses(b),
          },
        },
      },
    },
    docs: [
      {
        endpoint: `POST ${IMAGES_PATH}`,
        properties: members,
        required,
        example: {
          model: spec.id,
          prompt: "A watercolour lighthouse on a cliff at sunrise.",
          size: spec.sizes.find((size) => size !== "auto") ?? "auto",
        },
      },
    ],
  };
}
