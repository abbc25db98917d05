// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { CreateVideoBody as videosRequest } from "../../validators/CreateVideoBody.d43033f08458.js";
import {
  CreateVideoMultipartBody as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.392da78cfda5.js";
import { RemixVideoBody as videosRemix } from "../../validators/RemixVideoBody.755a03d55ebf.js";
import {
  VideoTask as videosRemixResponse,
  VideoTask as videosResponse,
  VideoTask as videosTask,
} from "../../validators/VideoTask.9018b02db48e.js";

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
