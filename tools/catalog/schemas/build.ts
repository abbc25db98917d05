import type { TextModelSpec } from "../spec.js";
import type { Dialect } from "./dialect.js";
import type { Schema } from "./json.js";
import type { Naming, SchemaKey } from "./naming.js";

/**
 * The reusable schemas of one document, under `components.schemas`. Chat
 * schemas are registered by key through the vendor's naming; the other
 * protocols' schemas by literal name (`named`). The two must never pick the
 * same name, since the first definition would silently win: that throws.
 */
export class Components {
  readonly schemas: Record<string, Schema> = {};
  private readonly literal = new Set<string>();

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
    if (this.literal.has(name)) throw new Error(`component ${name} is defined by a protocol and by chat`);
    if (!(name in this.schemas)) this.schemas[name] = make();
    return this.ref(key);
  }

  /** Register a schema under a literal name (first definition wins) and return a reference to it. */
  named(name: string, make: () => Schema): Schema {
    if (name in this.schemas && !this.literal.has(name))
      throw new Error(`component ${name} is defined by a protocol and by chat`);
    this.literal.add(name);
    if (!(name in this.schemas)) this.schemas[name] = make();
    return { $ref: `#/components/schemas/${name}` };
  }
}

/** Everything a building block needs: the model, the OpenAPI line, the document's components. */
export interface Build<S = TextModelSpec> {
  spec: S;
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

/** A `oneOf` over named components, with a discriminator in the given style. */
export function unionOf(
  style: DiscriminatorStyle,
  propertyName: string,
  members: ReadonlyArray<[string, string]>,
): Schema {
  const oneOf = members.map(([, name]) => ({ $ref: `#/components/schemas/${name}` }));
  if (style === "none") return { oneOf };
  if (style === "plain") return { oneOf, discriminator: { propertyName } };
  const mapping: Schema = {};
  for (const [value, name] of members) mapping[value] = `#/components/schemas/${name}`;
  return { oneOf, discriminator: { propertyName, mapping } };
}
