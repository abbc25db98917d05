import {
  type OpenAPI3,
  type OpenAPITSOptions,
  resolveRef,
  scanDiscriminators,
  transformSchema,
} from "openapi-typescript";
import type ts from "typescript";

/*
 * openapi-typescript's transform, given the context its Node API builds.
 * The Node API first lints and bundles every document with Redocly: 40% of
 * a cold generate, for nothing, since our documents are self-contained and
 * have already passed checkDocument. `transformSchema`, `scanDiscriminators`
 * and `resolveRef` are its public exports; a test checks that this gives the
 * very same output as `openapiTS()` on the bundled catalog and the corpus.
 */

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
