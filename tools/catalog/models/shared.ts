/* Reasoning flavours several model lists share. */

export const HIDDEN_REASONING_REFUSING_SAMPLING = { thinksAloud: false, refusesSampling: true } as const;
export const VISIBLE_REASONING = { thinksAloud: true, refusesSampling: false } as const;
export const VISIBLE_REASONING_REFUSING_SAMPLING = { thinksAloud: true, refusesSampling: true } as const;
