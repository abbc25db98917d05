// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateVideoBodySchema as videosRequest,
} from "../../validators/CreateVideoBody.b43c7e24a043.js";
import {
  CreateVideoMultipartBodySchema as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.0976b9194869.js";
import {
  RemixVideoBodySchema as videosRemix,
} from "../../validators/RemixVideoBody.14caf0282808.js";
import {
  VideoTaskSchema as videosRemixResponse,
  VideoTaskSchema as videosResponse,
  VideoTaskSchema as videosTask,
} from "../../validators/VideoTask.36844a505559.js";

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
