// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateVideoBodySchema as videosRequest,
} from "../../validators/CreateVideoBody.74e90dcba0ef.js";
import {
  CreateVideoMultipartBodySchema as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.c047f9c19955.js";
import {
  RemixVideoBodySchema as videosRemix,
} from "../../validators/RemixVideoBody.1525b60d9892.js";
import {
  VideoTaskSchema as videosRemixResponse,
  VideoTaskSchema as videosResponse,
  VideoTaskSchema as videosTask,
} from "../../validators/VideoTask.3da07b4af548.js";

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
