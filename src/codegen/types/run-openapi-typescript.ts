import { createRequire } from "node:module";
import type * as OpenapiTypescript from "openapi-typescript";
import type { OpenAPI3, OpenAPITSOptions } from "openapi-typescript";
import type ts from "typescript";

/*
 * openapi-typescript's transform, given the context its Node API builds.
 * The Node API first lints and bundles every document with Redocly: 40% of
 * a cold generate, for nothing, since our documents are self-contained and
 * have already passed checkDocument. `transformSchema`, `scanDiscriminators`
 * and `resolveRef` are its public exports; a test checks that this gives the
 * very same output as `openapiTS()` on the bundled catalog and the corpus.
 *
 * They are required from the modules of its CommonJS build that define them
 * (its exports map opens every path), for what loads with them: its entry
 * point pulls in all of Redocly, and an ES import of TypeScript scans
 * TypeScript's 9 MB for export names (see ./typescript.ts). Together they
 * cost 0.85 s of every generate with a model to emit, more than loading
 * the code we use takes (0.55 s).
 */
const require = createRequire(import.meta.url);
const transformSchema: typeof OpenapiTypescript.transformSchema = require("openapi-typescript/dist/transform/index.cjs");
const { resolveRef, scanDiscriminators }: Pick<typeof OpenapiTypescript, "resolveRef" | "scanDiscriminators"> =
  require("openapi-typescript/dist/lib/utils.cjs");

const OPTIONS: OpenAPITSOptions = {
  // A property with a `default` stays optional: requests must not be forced
  // to spell out every defaulted parameter.
  defaultNonNullable: false,
  silent: true,
};

export function openapiTypescriptNodes(document: Record<string, unknown>): ts.Node[] {
  const schema = document as unknown as OpenAPI3;
  return transformSchema(schema, {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: false,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read by no transform; the Node API passes its Redocly config here.
    redoc: undefined as never,
    silent: true,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: <T>($ref: string) => resolveRef<T>(schema, $ref, { silent: true }),
  });
}
