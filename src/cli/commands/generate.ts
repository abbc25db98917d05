import type { Command } from "../context.js";

export const generateCommand: Command = async (_argv, context) => {
  context.stderr.write("apifree-codegen generate: not implemented yet\n");
  return 2;
};
