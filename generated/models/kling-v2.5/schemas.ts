// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { CreateVideoBody as videosRequest } from "../../validators/CreateVideoBody.2fa92b245f21.js";
import {
  CreateVideoMultipartBody as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.31a04afa856b.js";
import { RemixVideoBody as videosRemix } from "../../validators/RemixVideoBody.7d5914db0f55.js";
import {
  VideoTask as videosRemixResponse,
  VideoTask as videosResponse,
  VideoTask as videosTask,
} from "../../validators/VideoTask.318321e433f8.js";

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
