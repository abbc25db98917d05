import type { Command } from "../context.js";

export const mockCommand: Command = async (_argv, context) => {
  context.stderr.write("apifree-codegen mock: not implemented yet\n");
  return 2;
};
