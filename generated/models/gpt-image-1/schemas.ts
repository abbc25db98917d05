// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateImageRequest as pOSTV1ImagesGenerationsRequest,
} from "../../validators/CreateImageRequest.c8e31e2f5b0a.js";
import {
  ImagesResponse as pOSTV1ImagesGenerationsResponse,
} from "../../validators/ImagesResponse.4148cecff35b.js";

export { pOSTV1ImagesGenerationsRequest, pOSTV1ImagesGenerationsResponse };

/** The validators by operation and root. */
export const operations = {
  "POST /v1/images/generations": {
    request: pOSTV1ImagesGenerationsRequest,
    response: pOSTV1ImagesGenerationsResponse,
  },
};
