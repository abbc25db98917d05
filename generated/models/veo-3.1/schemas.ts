// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { CreateVideoBody as videosRequest } from "../../validators/CreateVideoBody.d9548d79c664.js";
import {
  CreateVideoMultipartBody as videosMultipart,
} from "../../validators/CreateVideoMultipartBody.9315c195151f.js";
import { RemixVideoBody as videosRemix } from "../../validators/RemixVideoBody.ac6287224147.js";
import {
  VideoTask as videosRemixResponse,
  VideoTask as videosResponse,
  VideoTask as videosTask,
} from "../../validators/VideoTask.cd852d7ac205.js";

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
