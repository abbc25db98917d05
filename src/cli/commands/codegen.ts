import type { Command } from "../context.js";

export const codegenCommand: Command = async (_argv, context) => {
  context.stderr.write("apifree-codegen codegen: not implemented yet\n");
  return 2;
};
