// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateVideoBodySchema as videosRequest,
} from "../../validators/CreateVideoBody.9ae9a7ce0b14.js";
import {
  CreateVideoMultipartBodySchema as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.bea2fc9b5ce4.js";
import {
  RemixVideoBodySchema as videosRemix,
} from "../../validators/RemixVideoBody.150b1851536f.js";
import {
  VideoTaskSchema as videosRemixResponse,
  VideoTaskSchema as videosResponse,
  VideoTaskSchema as videosTask,
} from "../../validators/VideoTask.8bbd01e2f6da.js";

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
