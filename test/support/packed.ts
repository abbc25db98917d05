import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import lockfile from "proper-lockfile";
import { ROOT } from "./built-dist.js";

/*
 * Both packages packed with `npm pack` (tarballs, never a link to this
 * repository) and installed into a user's project, for the tests that run the
 * CLI as a user has it. Packing the codegen package copies the root build into
 * packages/codegen and removes it afterwards (its prepack/postpack), so two
 * test files packing at once would pull the copy from under each other: packs
 * take a lock on that folder.
 */

const exec = promisify(execFile);

/** What npm prints when it cannot reach a registry (or its cache lacks a package). */
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|ENOTCACHED|network|offline/i;

/** An npm failure that means "no registry here": tests skip on it and say so. */
export function isOffline(error: unknown): boolean {
  return (error as { offline?: boolean }).offline === true;
}

export async function npm(args: string[], cwd: string): Promise<string> {
  try {
    const env = {
      ...process.env,
      npm_config_fund: "false",
      npm_config_audit: "false",
      npm_config_update_notifier: "false",
    };
    return (await exec("npm", args, { cwd, maxBuffer: 64 * 1024 * 1024, env })).stdout;
  } catch (error) {
    const { stderr = "", stdout = "" } = error as { stderr?: string; stdout?: string };
    const failure = new Error(`npm ${args.join(" ")} failed in ${cwd}:\n${stdout}\n${stderr}`);
    if (args[0] === "install" && OFFLINE.test(stderr)) Object.assign(failure, { offline: true });
    throw failure;
  }
}

export interface Tarball {
  file: string;
  /** The paths inside the tarball, sorted. */
  files: string[];
}

async function pack(dir: string, into: string): Promise<Tarball> {
  const [packed] = JSON.parse(await npm(["pack", "--json", "--pack-destination", into], dir)) as {
    filename: string;
    files: { path: string }[];
  }[];
  return { file: path.join(into, packed!.filename), files: packed!.files.map((entry) => entry.path).sort() };
}

/** `apifree-typed` (the root) and `apifree-codegen` packed into `into`. */
export async function packBoth(into: string): Promise<{ runtime: Tarball; codegen: Tarball }> {
  const codegenDir = path.join(ROOT, "packages", "codegen");
  const release = await lockfile.lock(codegenDir, {
    lockfilePath: path.join(codegenDir, ".pack.lock"),
    retries: { retries: 600, minTimeout: 500, maxTimeout: 1000 },
    stale: 120_000,
  });
  try {
    return { runtime: await pack(ROOT, into), codegen: await pack(codegenDir, into) };
  } finally {
    await release();
  }
}

/** The version of a tool this repository is tested with: from the npm cache when it has it. */
export function devVersion(name: string): string {
  const manifest = path.join(ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}
