import { describe, expect, it } from "vitest";
import { documentOf, imageSpecOf, modelsServing, videoSpecOf } from "./bundled-models.js";
import {
  acceptedVideoBodies,
  createVideo,
  multipartBodies,
  refusedVideoBodies,
  refusedVideoTasks,
  remixBodies,
  type VideoFacts,
  videoTasks,
} from "./fixtures/videos.js";
import { endpointChecks, why } from "./operation-schemas.js";

/* The video task routes and the image-only model. */

const CREATE = "POST /v1/videos";
const RETRIEVE = "GET /v1/videos/{task_id}";
const REMIX = "POST /v1/videos/{video_id}/remix";

const videos = modelsServing("videos").map((model) => {
  const spec = videoSpecOf(model.id);
  const facts: VideoFacts = {
    id: spec.id,
    sizes: spec.sizes,
    seconds: spec.seconds,
    inputReference: spec.inputReference,
    resultMetadata: spec.resultMetadata,
    remixSeconds: spec.remixSeconds === true,
  };
  const checks = {
    create: endpointChecks(model.document, CREATE),
    retrieve: endpointChecks(model.document, RETRIEVE),
    remix: endpointChecks(model.document, REMIX),
  };
  return { id: model.id, facts, checks };
});
const cases = videos.map((model) => [model.id, model] as const);

function createAccepts(id: string, extra: Record<string, unknown>): boolean {
  return endpointChecks(documentOf(id), CREATE).request(createVideo({ id }, extra)).valid;
}

describe("video create, remix and task", () => {
  it.each(cases)("%s accepts its sizes and lengths as JSON and refuses the rest", (_id, { facts, checks }) => {
    for (const { name, body } of acceptedVideoBodies(facts)) {
      const result = checks.create.request(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
    for (const { name, body } of refusedVideoBodies(facts)) expect(checks.create.request(body).valid, name).toBe(false);
  });

  it.each(cases)(
    "%s validates multipart fields, input_reference only where it takes an image",
    (_id, { facts, checks }) => {
      const { accepted, refused } = multipartBodies(facts);
      for (const { name, body } of accepted) {
        const result = checks.create.multipart(body);
        expect(result.valid, `${name}: ${why(result)}`).toBe(true);
      }
      for (const { name, body } of refused) expect(checks.create.multipart(body).valid, name).toBe(false);
    },
  );

  it.each(cases)("%s takes its remix body", (_id, { facts, checks }) => {
    const { accepted, refused } = remixBodies(facts);
    for (const { name, body } of accepted) {
      const result = checks.remix.request(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
    for (const { name, body } of refused) expect(checks.remix.request(body).valid, name).toBe(false);
  });

  it.each(cases)("%s: every route returns the task, from queued to completed or failed", (_id, { facts, checks }) => {
    for (const check of [checks.create.response, checks.retrieve.response, checks.remix.response]) {
      for (const { name, body } of videoTasks(facts)) {
        const result = check(body);
        expect(result.valid, `${name}: ${why(result)}`).toBe(true);
      }
      for (const { name, body } of refusedVideoTasks(facts)) expect(check(body).valid, name).toBe(false);
    }
  });

  it("documents differ the way vendors do", () => {
    expect(createAccepts("sora-2-pro", { size: "1792x1024" })).toBe(true);
    expect(createAccepts("sora-2", { size: "1792x1024" })).toBe(false);
    expect(createAccepts("veo-3.1", { size: "1920x1080" })).toBe(true);
    expect(createAccepts("sora-2", { size: "1920x1080" })).toBe(false);
    expect(createAccepts("sora-2", { seconds: "12" })).toBe(true);
    expect(createAccepts("kling-v2.5", { seconds: "12" })).toBe(false);
    expect(createAccepts("veo-3.1", { seconds: 6 })).toBe(true);
    expect(createAccepts("veo-3.1", { seconds: "6" })).toBe(false);
    expect(createAccepts("veo-3.1", { negative_prompt: "text overlays" })).toBe(true);
    expect(createAccepts("sora-2", { negative_prompt: "text overlays" })).toBe(false);
    const kinds = new Set(videos.map(({ facts }) => facts.seconds.type));
    expect([...kinds].sort()).toEqual(["integer", "string"]);
    const withResult = videos.filter(({ facts }) => facts.resultMetadata).map(({ id }) => id);
    expect(withResult.length).toBeGreaterThan(0);
    expect(withResult.length).toBeLessThan(videos.length);
  });

  it("a task's extra result metadata is declared only where the vendor sends it", () => {
    for (const { id, facts, checks } of videos) {
      const completed = videoTasks({ ...facts, resultMetadata: true }).find((task) => task.name === "completed")!;
      const withBadResult = { ...completed.body, result: { video_url: 42 } };
      // A model without `result` leaves the member undeclared (open object): only a declared one is checked.
      expect(checks.retrieve.response(withBadResult).valid, id).toBe(!facts.resultMetadata);
    }
  });
});

describe("image generation (an operation outside the known families)", () => {
  const spec = imageSpecOf("gpt-image-1");
  const checks = endpointChecks(documentOf(spec.id), "POST /v1/images/generations");

  it("takes its sizes, qualities and counts and refuses others", () => {
    const body = (extra: Record<string, unknown>) => ({ model: spec.id, prompt: "A lighthouse.", ...extra });
    for (const extra of [{}, { size: "1536x1024", quality: "high", n: spec.maxImages, background: "transparent" }]) {
      const result = checks.request(body(extra));
      expect(result.valid, why(result)).toBe(true);
    }
    for (const extra of [{ size: "512x512" }, { quality: "ultra" }, { n: spec.maxImages + 1 }, { n: 0 }])
      expect(checks.request(body(extra)).valid, JSON.stringify(extra)).toBe(false);
    expect(checks.request({ model: spec.id }).valid).toBe(false);
  });

  it("accepts the images reply", () => {
    const reply = {
      created: 1767225600,
      data: [{ b64_json: "iVBORw0KGgo=", revised_prompt: null }],
      background: "opaque",
      output_format: "png",
      quality: "high",
      size: "1024x1024",
      usage: {
        input_tokens: 50,
        input_tokens_details: { text_tokens: 50, image_tokens: 0 },
        output_tokens: 4160,
        total_tokens: 4210,
      },
    };
    expect(checks.response(reply).valid, why(checks.response(reply))).toBe(true);
    expect(checks.response({ data: [] }).valid).toBe(false);
  });
});
