import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Tests import the runtime by its package name, exactly as generated code does;
// the alias points that name at the TypeScript source so one copy of the
// runtime (and one APIFreeError class) is loaded.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^apifree-typed$/, replacement: fileURLToPath(new URL("./src/runtime/index.ts", import.meta.url)) },
      {
        find: /^apifree-typed\/validators$/,
        replacement: fileURLToPath(new URL("./src/runtime/validators/index.ts", import.meta.url)),
      },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
