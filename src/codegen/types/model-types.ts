import ts from "typescript";
import { POOL_DIR } from "../layout.js";
import { pooledFileStem } from "../pool/file-stem.js";
import { type HashInput, merkleHashes } from "../pool/merkle.js";
import { GENERATED_BANNER as BANNER } from "../render/index-module.js";
import { stringLiteral } from "../render/literals.js";
import { type ModelRoot, rootKey } from "../roots.js";
import { pooledIdentifier } from "./pooled-names.js";
import { prepareTypeDocument } from "./prepare-document.js";
import { openapiTypescriptNodes } from "./run-openapi-typescript.js";
import { importTypeNode, replaceSchemaRefs, schemaRefs } from "./schema-refs.js";

/*
 * The types of one model, split for cheap type-checking:
 *   types/<Name>.<hash>.d.ts   one component schema each, shared by every
 *                              model whose component graph below it is equal
 *   models/<stem>/types.d.ts   Operations (every root of every operation)
 *                              and, for chat, Request, Response, Chunk:
 *                              aliases into the pool
 *   models/<stem>/openapi.d.ts openapi-typescript's whole output for the
 *                              document (paths, operations, other operations'
 *                              types), its component schemas aliased to the pool
 * A consumer's tsc parses the pool's unique types once instead of every
 * model's full copy of the shared message, tool and usage types.
 */

// The chat aliases of the first versions of the generated tree.
const CHAT_ALIASES: Record<string, string> = { request: "Request", response: "Response", event: "Chunk" };

export interface ModelTypes {
  /** Pool file stem -> content, for every pooled type this model uses. */
  pool: Map<string, string>;
  /** Content of models/<stem>/types.d.ts. */
  types: string;
  /** Content of models/<stem>/openapi.d.ts. */
  openapi: string;
  /**
   * The pooled type of each root (by rootKey) as import-type text relative
   * to the generated root: ModelMap points there directly, which spares a
   * consumer's tsc a thousand one-line files.
   */
  roots: Map<string, string>;
}

const HELPERS: Record<string, string> = {
  WithRequired: "type WithRequired<T, K extends keyof T> = T & { [P in K]-?: T[P] };\n",
};

const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const printContext = ts.createSourceFile("print.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);

function print(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, printContext);
}

function printComments(node: ts.Node): string {
  return (ts.getSyntheticLeadingComments(node) ?? []).map((comment) => comment.text).join("\n");
}

function propertyName(member: ts.TypeElement): string | undefined {
  const name = member.name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

interface Component {
  name: string;
  member: ts.PropertySignature;
  type: ts.TypeNode;
  hash: HashInput;
}

function schemasMember(nodes: readonly ts.Node[]): ts.PropertySignature | undefined {
  const components = nodes.find(
    (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const schemas = components?.members.find((member) => propertyName(member) === "schemas");
  return schemas !== undefined &&
    ts.isPropertySignature(schemas) &&
    schemas.type !== undefined &&
    ts.isTypeLiteralNode(schemas.type)
    ? schemas
    : undefined;
}

function helpersUsed(type: ts.Node): string[] {
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text in HELPERS)
      used.add(node.typeName.text);
    ts.forEachChild(node, visit);
  };
  visit(type);
  return [...used].sort();
}

export async function emitModelTypes(document: unknown, modelRoots: readonly ModelRoot[]): Promise<ModelTypes> {
  const prepared = prepareTypeDocument(document, modelRoots);
  const nodes = openapiTypescriptNodes(prepared.document);
  const schemas = schemasMember(nodes);
  const components = new Map<string, Component>();
  if (schemas !== undefined) {
    for (const member of (schemas.type as ts.TypeLiteralNode).members) {
      const name = propertyName(member);
      if (name === undefined || !ts.isPropertySignature(member) || member.type === undefined) continue;
      components.set(name, {
        name,
        member,
        type: member.type,
        hash: { text: `${printComments(member)}\n${print(member.type)}`, refs: schemaRefs(member.type) },
      });
    }
  }
  const hashes = merkleHashes(new Map([...components].map(([name, component]) => [name, component.hash])));
  const stemOf = (name: string): string => pooledFileStem(name, hashes.get(name)!);
  const refTo = (from: string) => (name: string) => importTypeNode(`${from}${stemOf(name)}.js`, pooledIdentifier(name));

  const pool = new Map<string, string>();
  for (const component of components.values()) {
    const type = replaceSchemaRefs(component.type, refTo("./"));
    const alias = ts.factory.createTypeAliasDeclaration(
      [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
      pooledIdentifier(component.name),
      undefined,
      type,
    );
    ts.setSyntheticLeadingComments(alias, ts.getSyntheticLeadingComments(component.member));
    const helpers = helpersUsed(type)
      .map((helper) => HELPERS[helper])
      .join("");
    pool.set(stemOf(component.name), `${BANNER}${helpers}${print(alias)}\n`);
  }

  const toPool = refTo(`../../${POOL_DIR}/`);
  const fromRoot = refTo(`./${POOL_DIR}/`);
  const componentOf = (root: ModelRoot): string => prepared.rootComponents.get(rootKey(root))!;
  const roots = new Map(modelRoots.map((root) => [rootKey(root), print(fromRoot(componentOf(root)))]));
  const chatRoots = modelRoots.filter((root) => root.operation === "chat.completions" && root.root in CHAT_ALIASES);
  const aliases = chatRoots.map((root) => CHAT_ALIASES[root.root]!);
  const byOperation = new Map<string, ModelRoot[]>();
  for (const root of modelRoots) byOperation.set(root.operation, [...(byOperation.get(root.operation) ?? []), root]);
  const operations = [...byOperation].map(
    ([operation, members]) =>
      `  ${stringLiteral(operation)}: {\n${members.map((root) => `    ${root.root}: ${print(toPool(componentOf(root)))};\n`).join("")}  };\n`,
  );
  const types =
    BANNER +
    chatRoots
      .map((root) => `export type ${CHAT_ALIASES[root.root]} = ${print(toPool(componentOf(root)))};\n`)
      .join("") +
    `/** Every operation of the model's document: its request, response, stream event and other schemas. */\nexport interface Operations {\n${operations.join("")}}\n`;

  const hoisted = new Set(prepared.hoisted);
  const openapiNodes = nodes.map((node) => {
    if (!(ts.isInterfaceDeclaration(node) && node.name.text === "components") || schemas === undefined) return node;
    const members = (schemas.type as ts.TypeLiteralNode).members
      .filter((member) => !hoisted.has(propertyName(member) ?? ""))
      .map((member) => {
        const name = propertyName(member);
        if (name === undefined || !ts.isPropertySignature(member) || !components.has(name)) return member;
        const replaced = ts.factory.updatePropertySignature(
          member,
          member.modifiers,
          member.name,
          member.questionToken,
          toPool(name),
        );
        return ts.setSyntheticLeadingComments(replaced, ts.getSyntheticLeadingComments(member));
      });
    const newSchemas = ts.factory.updatePropertySignature(
      schemas,
      schemas.modifiers,
      schemas.name,
      schemas.questionToken,
      ts.factory.createTypeLiteralNode(members),
    );
    return ts.factory.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      node.members.map((member) => (member === schemas ? newSchemas : member)),
    );
  });
  const file = ts.factory.updateSourceFile(printContext, openapiNodes as ts.Statement[]);
  const openapi = `${BANNER}${printer.printFile(file)}export type { ${["Operations", ...aliases].join(", ")} } from "./types.js";\n`;
  return { pool, types, openapi, roots };
}
