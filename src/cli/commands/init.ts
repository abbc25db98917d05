import type { Command } from "../context.js";

export const initCommand: Command = async () => 0;
