import type { Command } from "../context.js";

export const syncCommand: Command = async (_argv, context) => {
  context.stderr.write("apifree-codegen sync: not implemented yet\n");
  return 2;
};
