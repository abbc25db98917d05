import type { Command } from "../context.js";

export const driftCommand: Command = async (_argv, context) => {
  context.stderr.write("apifree-codegen drift: not implemented yet\n");
  return 2;
};
