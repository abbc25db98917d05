// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { CreateVideoBody as videosRequest } from "../../validators/CreateVideoBody.b601338861f2.js";
import {
  CreateVideoMultipartBody as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.c2c1f4696567.js";
import { RemixVideoBody as videosRemix } from "../../validators/RemixVideoBody.755a03d55ebf.js";
import {
  VideoTask as videosRemixResponse,
  VideoTask as videosResponse,
  VideoTask as videosTask,
} from "../../validators/VideoTask.429949345b71.js";

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
