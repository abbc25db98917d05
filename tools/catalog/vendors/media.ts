import { mediaModelHeader, price, renderApiMd } from "../api-md.js";
import { assembleDocument, startBuild, type Vendor } from "../assemble.js";
import { imagesOperation } from "../schemas/images.js";
import { plainNaming } from "../schemas/naming.js";
import { videosOperation } from "../schemas/videos.js";
import type { BuiltModel, ImageModelSpec, MediaCatalogEntry, MediaVendor, VideoModelSpec } from "../spec.js";

/*
 * The media templates: a video model's document holds the three video
 * routes, an image model's only POST /v1/images/generations. Their catalog
 * entries are priced per second or per image and have no context window.
 */

const MEDIA_VENDORS: Readonly<Record<MediaVendor, Vendor>> = {
  openai: { name: "OpenAI", ownedBy: "openai" },
  google: { name: "Google", ownedBy: "google" },
  kuaishou: { name: "Kuaishou", ownedBy: "kuaishou" },
};

function entry(
  spec: VideoModelSpec | ImageModelSpec,
  pricing: MediaCatalogEntry["pricing"],
  capabilities: MediaCatalogEntry["capabilities"],
): MediaCatalogEntry {
  return {
    id: spec.id,
    object: "model",
    created: spec.created,
    owned_by: MEDIA_VENDORS[spec.vendor].ownedBy,
    name: spec.name,
    pricing,
    capabilities,
  };
}

export function buildVideo(spec: VideoModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming);
  const vendor = MEDIA_VENDORS[spec.vendor];
  const operation = videosOperation(b);
  const durations =
    spec.seconds.type === "string"
      ? `${spec.seconds.values.join(", ")} seconds (a string)`
      : `${spec.seconds.min} to ${spec.seconds.max} seconds (an integer)`;
  const header = mediaModelHeader(
    spec,
    vendor.name,
    "Asynchronous video generation.",
    [operation],
    [
      `Pricing: ${price(spec.pricing.perSecond)} per second of video.`,
      `Sizes: ${spec.sizes.join(", ")}. Durations: ${durations}.`,
      spec.inputReference
        ? "Image-guided: send `input_reference` as a multipart/form-data file."
        : "Text only: no `input_reference`.",
      "Poll the task every 5 to 15 seconds; stop at `completed` or `failed`.",
    ],
  );
  return {
    id: spec.id,
    document: assembleDocument(b, [operation]),
    apiMd: renderApiMd({ header, components: b.c.schemas, sections: operation.docs }),
    catalogEntry: entry(
      spec,
      { per_second: spec.pricing.perSecond },
      { video: true, image: false, image_input: spec.inputReference },
    ),
  };
}

export function buildImage(spec: ImageModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming);
  const vendor = MEDIA_VENDORS[spec.vendor];
  const operation = imagesOperation(b);
  const header = mediaModelHeader(
    spec,
    vendor.name,
    "Image generation.",
    [operation],
    [
      `Pricing: ${price(spec.pricing.perImage)} per image.`,
      `Sizes: ${spec.sizes.join(", ")}. Up to ${spec.maxImages} images per request.`,
    ],
  );
  return {
    id: spec.id,
    document: assembleDocument(b, [operation]),
    apiMd: renderApiMd({ header, components: b.c.schemas, sections: operation.docs }),
    catalogEntry: entry(spec, { per_image: spec.pricing.perImage }, { video: false, image: true, image_input: false }),
  };
}
