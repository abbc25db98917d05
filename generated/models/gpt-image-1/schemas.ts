// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateImageRequestSchema as pOSTV1ImagesGenerationsRequest,
} from "../../validators/CreateImageRequest.c87722fe3d5f.js";
import {
  ImagesResponseSchema as pOSTV1ImagesGenerationsResponse,
} from "../../validators/ImagesResponse.12b43f2ef1fe.js";

export { pOSTV1ImagesGenerationsRequest, pOSTV1ImagesGenerationsResponse };

/** The validators by operation and root. */
export const operations = {
  "POST /v1/images/generations": {
    request: pOSTV1ImagesGenerationsRequest,
    response: pOSTV1ImagesGenerationsResponse,
  },
};
