// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";

export const VideoSize: z.ZodType = z.literal(["720x1280", "1280x720", "1024x1792", "1792x1024"]);
