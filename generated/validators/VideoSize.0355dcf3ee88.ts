// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";

export const VideoSize: z.ZodType = z.literal(["1280x720", "720x1280", "1920x1080", "1080x1920"]);
