import { ANTHROPIC_MODELS } from "./models/anthropic.js";
import { GOOGLE_MODELS } from "./models/google.js";
import { IMAGE_MODELS, VIDEO_MODELS } from "./models/media.js";
import { OPENAI_MODELS } from "./models/openai.js";
import { OTHER_VENDOR_MODELS } from "./models/others.js";
import type { ModelSpec } from "./spec.js";

/*
 * The bundled APIFree catalog: one entry per model, in models/ by vendor.
 * Features, ranges and prices follow what the providers publish (rounded; a
 * few ids, such as deepseek-v4-flash, are the names APIFree's docs use).
 * `created` values are fixed so the snapshot is reproducible. To add a model,
 * add an entry to its vendor's list; a text model lists the operations it
 * serves (chat completions when it lists none).
 */

export const BUNDLED_MODELS: readonly ModelSpec[] = [
  ...OPENAI_MODELS,
  ...ANTHROPIC_MODELS,
  ...GOOGLE_MODELS,
  ...OTHER_VENDOR_MODELS,
  ...VIDEO_MODELS,
  ...IMAGE_MODELS,
];
