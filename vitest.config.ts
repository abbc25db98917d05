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
    // A hang detector, not a speed goal (those live in the bench): the tsc and
    // Ajv tests take seconds on an idle 2-core machine and several times that
    // on a shared one.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker per core minus one: a single worker on
    // the 2-core CI machine. Much of this suite waits on child processes
    // (tsc, npm, the CLI) and loopback servers, so two files at a time keep
    // both cores busy.
    maxWorkers: 2,
  },
});
