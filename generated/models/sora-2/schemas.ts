// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateVideoBodySchema as videosRequest,
} from "../../validators/CreateVideoBody.51b1f2026650.js";
import {
  CreateVideoMultipartBodySchema as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.5a1e642206d1.js";
import {
  RemixVideoBodySchema as videosRemix,
} from "../../validators/RemixVideoBody.150b1851536f.js";
import {
  VideoTaskSchema as videosRemixResponse,
  VideoTaskSchema as videosResponse,
  VideoTaskSchema as videosTask,
} from "../../validators/VideoTask.220f3e783ee5.js";

export {
  videosMultipart,
  videosRemix,
  videosRemixResponse,
  videosRequest,
  videosResponse,
  videosTask,
};

/** The validators by operation and root. */
export const operations = {
  "videos": {
    multipart: videosMultipart,
    remix: videosRemix,
    remixResponse: videosRemixResponse,
    request: videosRequest,
    response: videosResponse,
    task: videosTask,
  },
};
