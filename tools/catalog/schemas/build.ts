import type { ModelSpec } from "../spec.js";
import type { Dialect } from "./dialect.js";
import type { Schema } from "./json.js";
import type { Naming, SchemaKey } from "./naming.js";

/** The reusable schemas of one document, under `components.schemas`. */
export class Components {
  readonly schemas: Record<string, Schema> = {};

  constructor(readonly naming: Naming) {}

  name(key: SchemaKey): string {
    return this.naming(key);
  }

  pointer(key: SchemaKey): string {
    return `#/components/schemas/${this.naming(key)}`;
  }

  ref(key: SchemaKey): Schema {
    return { $ref: this.pointer(key) };
  }

  has(key: SchemaKey): boolean {
    return this.naming(key) in this.schemas;
  }

  /** Register `key` (the first definition wins, so shared parts are built once) and return a reference to it. */
  once(key: SchemaKey, make: () => Schema): Schema {
    const name = this.naming(key);
    if (!(name in this.schemas)) this.schemas[name] = make();
    return this.ref(key);
  }
}

/** Everything a building block needs: the model, the OpenAPI line, the document's components. */
export interface Build {
  spec: ModelSpec;
  d: Dialect;
  c: Components;
}

/** Discriminator styles seen in the wild: none, propertyName only, propertyName with an explicit mapping. */
export type DiscriminatorStyle = "none" | "plain" | "mapping";

export function discriminator(
  c: Components,
  style: DiscriminatorStyle,
  propertyName: string,
  members: Array<[string, SchemaKey]>,
): Schema {
  if (style === "none") return {};
  if (style === "plain") return { discriminator: { propertyName } };
  const mapping: Schema = {};
  for (const [value, key] of members) mapping[value] = c.pointer(key);
  return { discriminator: { propertyName, mapping } };
}
