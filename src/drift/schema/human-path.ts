import { parsePointer } from "../../shared/json-pointer.js";

const BRANCHES = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);

/**
 * A normalised schema pointer as a reader would name the field:
 * `/properties/messages/items/oneOf/2/properties/content` -> `messages[].oneOf[2].content`.
 */
export function humanPath(pointer: string): string {
  const segments = parsePointer(pointer);
  let text = "";
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index]!;
    if (segment === "properties" && index + 1 < segments.length) {
      index += 1;
      const name = segments[index]!;
      const plain = /^[A-Za-z_$][\w$-]*$/.test(name);
      text += plain ? (text === "" ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    } else if (segment === "items") text += "[]";
    else if (segment === "additionalProperties") text += "{*}";
    else if (BRANCHES.has(segment) && index + 1 < segments.length) {
      index += 1;
      text += `${text === "" ? "" : "."}${segment}[${segments[index]}]`;
    } else text += text === "" ? segment : `.${segment}`;
  }
  return text === "" ? "(root)" : text;
}
