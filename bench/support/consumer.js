// A consumer's project around a generated tree, and what `tsc` costs it:
// shared by the benchmarks that compare trees (codegen.js, filter.js).
import { execFile } from "node:child_process";
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

/** A project with `tree` as its generated/ folder, resolving apifree-typed to this repository. */
export async function userProject(dir, tree) {
  await mkdir(path.join(dir, "node_modules"), { recursive: true });
  await symlink(ROOT, path.join(dir, "node_modules", "apifree-typed"), "dir");
  await symlink(path.join(ROOT, "node_modules", "@types"), path.join(dir, "node_modules", "@types"), "dir");
  await cp(tree, path.join(dir, "generated"), { recursive: true });
  await writeFile(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "bench-consumer", private: true, type: "module" }),
  );
}

/** A consumer calling each of `models` (ids) once, and streaming from the first. */
export function consumerSource(models) {
  return `import { createClient } from "./generated/index.js";
const client = createClient();
${models.map((id, i) => `export const r${i} = await client.chat.completions.create({ model: ${JSON.stringify(id)}, messages: [{ role: "user", content: "hi" }] });`).join("\n")}
export const s = await client.chat.completions.create({ model: ${JSON.stringify(models[0])}, messages: [{ role: "user", content: "hi" }], stream: true });
`;
}

/**
 * The same calls through each model's own module (generated/models/<stem>/index.ts)
 * and the runtime's createClient: the route for a few models of a large catalog.
 * `models`: { id, stem, identifier }.
 */
export function modulesConsumerSource(models) {
  return `import { createClient } from "apifree-typed";
${models.map((m) => `import { ${m.identifier} } from "./generated/models/${m.stem}/index.js";`).join("\n")}
const client = createClient();
${models.map((m, i) => `export const r${i} = await ${m.identifier}.create(client, { messages: [{ role: "user", content: "hi" }] });`).join("\n")}
export const s = await ${models[0].identifier}.create(client, { messages: [{ role: "user", content: "hi" }], stream: true });
`;
}

/** The consumer's tsconfig: nodenext, strict, only consumer.ts as a root (tsc follows its imports). */
export const CONSUMER_TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
  },
  files: ["consumer.ts"],
});

/** `tsc -p dir --extendedDiagnostics`, `rounds` times: the run with the median total time. */
export async function tscFigures(dir, rounds) {
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const { stdout } = await run(process.execPath, [tsc, "-p", dir, "--extendedDiagnostics"], { maxBuffer: 1 << 22 });
    const figure = (name) => Number((stdout.match(new RegExp(`^${name}:\\s+([\\d.]+)`, "m")) ?? [])[1]);
    runs.push({
      total: figure("Total time"),
      check: figure("Check time"),
      parse: figure("Parse time"),
      instantiations: figure("Instantiations"),
      files: figure("Files"),
      memoryMB: figure("Memory used") / 1024,
    });
  }
  return runs.sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)];
}
