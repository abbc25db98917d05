// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateImageRequestSchema as pOSTV1ImagesGenerationsRequest,
} from "../../validators/CreateImageRequest.202dc169bf08.js";
import {
  ImagesResponseSchema as pOSTV1ImagesGenerationsResponse,
} from "../../validators/ImagesResponse.2763e9f25bec.js";

export { pOSTV1ImagesGenerationsRequest, pOSTV1ImagesGenerationsResponse };

/** The validators by operation and root. */
export const operations = {
  "POST /v1/images/generations": {
    request: pOSTV1ImagesGenerationsRequest,
    response: pOSTV1ImagesGenerationsResponse,
  },
};
