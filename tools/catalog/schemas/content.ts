import { hasExtra } from "../spec.js";
import { type Build, type DiscriminatorStyle, discriminator } from "./build.js";
import type { Schema } from "./json.js";
import type { SchemaKey } from "./naming.js";

/* Content parts of a message: text everywhere, images on vision models, audio where the vendor takes it. */

export interface ContentOptions {
  discriminator: DiscriminatorStyle;
  closed: boolean;
}

function closedness(closed: boolean): Schema {
  return closed ? { additionalProperties: false } : {};
}

export function textPart(b: Build, o: ContentOptions): Schema {
  return b.c.once("TextPart", () => ({
    type: "object",
    description: "A text segment of a message.",
    required: ["type", "text"],
    properties: {
      type: b.d.constant("string", "text"),
      text: { type: "string", description: "The text." },
    },
    ...closedness(o.closed),
  }));
}

function imagePart(b: Build, o: ContentOptions): Schema {
  return b.c.once("ImagePart", () => ({
    type: "object",
    description: "An image, by URL or as a base64 `data:` URL.",
    required: ["type", "image_url"],
    properties: {
      type: b.d.constant("string", "image_url"),
      image_url: {
        type: "object",
        required: ["url"],
        properties: {
          url: { type: "string", format: "uri", description: "An https URL or a `data:image/...;base64,` URL." },
          detail: {
            type: "string",
            enum: ["auto", "low", "high"],
            default: "auto",
            description: "How closely the model looks at the image.",
          },
        },
        ...closedness(o.closed),
      },
    },
    ...closedness(o.closed),
  }));
}

function audioPart(b: Build, o: ContentOptions): Schema {
  return b.c.once("AudioPart", () => ({
    type: "object",
    description: "A short audio clip, base64 encoded.",
    required: ["type", "input_audio"],
    properties: {
      type: b.d.constant("string", "input_audio"),
      input_audio: {
        type: "object",
        required: ["data", "format"],
        properties: {
          data: { type: "string", format: "byte", description: "Base64-encoded audio bytes." },
          format: { type: "string", enum: ["wav", "mp3"], description: "Encoding of `data`." },
        },
        ...closedness(o.closed),
      },
    },
    ...closedness(o.closed),
  }));
}

/** `string | TextPart[]`: what system, developer and tool messages take. */
export function textContent(b: Build, o: ContentOptions, description = "The message text, or text parts."): Schema {
  return {
    description,
    oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: textPart(b, o) }],
  };
}

/** `string | ContentPart[]`: what user messages take; parts other than text only when the model has them. */
export function userContent(b: Build, o: ContentOptions): Schema {
  const members: Array<[string, SchemaKey]> = [["text", "TextPart"]];
  textPart(b, o);
  if (b.spec.vision) {
    imagePart(b, o);
    members.push(["image_url", "ImagePart"]);
    if (hasExtra(b.spec, "audio-input")) {
      audioPart(b, o);
      members.push(["input_audio", "AudioPart"]);
    }
  }
  const item =
    members.length === 1
      ? b.c.ref("TextPart")
      : b.c.once("ContentPart", () => ({
          oneOf: members.map(([, key]) => b.c.ref(key)),
          ...discriminator(b.c, o.discriminator, "type", members),
        }));
  return {
    description: b.spec.vision
      ? "The message text, or an array of text and image parts."
      : "The message text, or text parts.",
    oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: item }],
  };
}
