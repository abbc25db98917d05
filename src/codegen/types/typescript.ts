import { createRequire } from "node:module";
import type TypeScript from "typescript";

/*
 * TypeScript loaded by require(), not by import: an ES import of a CommonJS
 * package makes Node scan its whole source for export names, and
 * TypeScript's is 9 MB. That scan took as long as loading TypeScript itself,
 * half a second of every generate with a model to emit. Files use
 * `import type ts from "typescript"` for types and this value for code.
 */
const require = createRequire(import.meta.url);
export const typescript: typeof TypeScript = require("typescript");
