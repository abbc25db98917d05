import type { ImageModelSpec, VideoModelSpec } from "../spec.js";

/*
 * Video and image models. The video documents differ the way vendors do:
 * OpenAI's Sora takes `seconds` as a string enum and an `input_reference`
 * upload; Google's Veo an integer range, no reference image, and its task
 * carries the provider's result metadata; Kling other sizes and knobs.
 */

export const VIDEO_MODELS: readonly VideoModelSpec[] = [
  {
    kind: "video",
    id: "sora-2",
    vendor: "openai",
    name: "Sora 2",
    summary: "OpenAI's fast video model with synchronised audio, for exploring ideas quickly.",
    created: 1759708800,
    openapi: "3.1",
    pricing: { perSecond: 0.1 },
    sizes: ["720x1280", "1280x720"],
    seconds: { type: "string", values: ["4", "8", "12"] },
    inputReference: true,
    resultMetadata: false,
    maxPromptLength: 4000,
  },
  {
    kind: "video",
    id: "sora-2-pro",
    vendor: "openai",
    name: "Sora 2 Pro",
    summary: "OpenAI's higher-fidelity Sora, slower and dearer, with larger sizes.",
    created: 1759708800,
    openapi: "3.0",
    pricing: { perSecond: 0.3 },
    sizes: ["720x1280", "1280x720", "1024x1792", "1792x1024"],
    seconds: { type: "string", values: ["4", "8", "12"] },
    inputReference: true,
    resultMetadata: false,
    maxPromptLength: 4000,
  },
  {
    kind: "video",
    id: "veo-3.1",
    vendor: "google",
    name: "Veo 3.1",
    summary: "Google's video model with native audio, from text prompts only here.",
    created: 1760486400,
    openapi: "3.1",
    pricing: { perSecond: 0.4 },
    sizes: ["1280x720", "720x1280", "1920x1080", "1080x1920"],
    seconds: { type: "integer", min: 4, max: 8, default: 8 },
    inputReference: false,
    resultMetadata: true,
    maxPromptLength: 2000,
    extras: ["negative-prompt", "audio", "seed"],
  },
  {
    kind: "video",
    id: "kling-v2.5",
    vendor: "kuaishou",
    name: "Kling 2.5 Turbo",
    summary: "Kuaishou's Kling video model, text or image to video, in standard and pro modes.",
    created: 1758844800,
    openapi: "3.0",
    pricing: { perSecond: 0.07 },
    sizes: ["1920x1080", "1080x1920", "1080x1080"],
    seconds: { type: "string", values: ["5", "10"] },
    inputReference: true,
    resultMetadata: false,
    remixSeconds: true,
    maxPromptLength: 2500,
    extras: ["negative-prompt", "cfg-scale", "mode"],
  },
];

export const IMAGE_MODELS: readonly ImageModelSpec[] = [
  {
    kind: "image",
    id: "gpt-image-1",
    vendor: "openai",
    name: "GPT Image 1",
    summary: "OpenAI's natively multimodal image generation model.",
    created: 1745366400,
    openapi: "3.1",
    pricing: { perImage: 0.042 },
    sizes: ["auto", "1024x1024", "1536x1024", "1024x1536"],
    qualities: ["auto", "low", "medium", "high"],
    maxImages: 10,
    transparentBackground: true,
  },
];
