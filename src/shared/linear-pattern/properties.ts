import { RE2JS } from "re2js";

/*
 * Unicode property escapes as RE2 spells them. ECMA-262 accepts every alias
 * of a General_Category value (`\p{L}`, `\p{Letter}`, `\p{gc=Letter}`) and of
 * a script (`\p{sc=Greek}`, `\p{Script=Grek}`); RE2 knows short category
 * names and long script names only. Aliases from Unicode's
 * PropertyValueAliases.txt.
 */

const GENERAL_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  C: ["Other"],
  Cc: ["Control", "cntrl"],
  Cf: ["Format"],
  Cn: ["Unassigned"],
  Co: ["Private_Use"],
  Cs: ["Surrogate"],
  L: ["Letter"],
  LC: ["Cased_Letter"],
  Ll: ["Lowercase_Letter"],
  Lm: ["Modifier_Letter"],
  Lo: ["Other_Letter"],
  Lt: ["Titlecase_Letter"],
  Lu: ["Uppercase_Letter"],
  M: ["Mark", "Combining_Mark"],
  Mc: ["Spacing_Mark"],
  Me: ["Enclosing_Mark"],
  Mn: ["Nonspacing_Mark"],
  N: ["Number"],
  Nd: ["Decimal_Number", "digit"],
  Nl: ["Letter_Number"],
  No: ["Other_Number"],
  P: ["Punctuation", "punct"],
  Pc: ["Connector_Punctuation"],
  Pd: ["Dash_Punctuation"],
  Pe: ["Close_Punctuation"],
  Pf: ["Final_Punctuation"],
  Pi: ["Initial_Punctuation"],
  Po: ["Other_Punctuation"],
  Ps: ["Open_Punctuation"],
  S: ["Symbol"],
  Sc: ["Currency_Symbol"],
  Sk: ["Modifier_Symbol"],
  Sm: ["Math_Symbol"],
  So: ["Other_Symbol"],
  Z: ["Separator"],
  Zl: ["Line_Separator"],
  Zp: ["Paragraph_Separator"],
  Zs: ["Space_Separator"],
};

const SHORT_CATEGORY = new Map<string, string>();
for (const [short, aliases] of Object.entries(GENERAL_CATEGORIES)) {
  SHORT_CATEGORY.set(short, short);
  for (const alias of aliases) SHORT_CATEGORY.set(alias, short);
}

const knownToRe2 = new Map<string, boolean>();

/** Whether RE2 has `\p{name}`: its scripts go by their long names (`Greek`, `Han`), not by four-letter codes. */
function re2Knows(name: string): boolean {
  let known = knownToRe2.get(name);
  if (known === undefined) {
    try {
      RE2JS.compile(`\\p{${name}}`);
      known = true;
    } catch {
      known = false;
    }
    knownToRe2.set(name, known);
  }
  return known;
}

/**
 * The name RE2 gives the property `key`=`value` (as regexpp reads an ECMA
 * escape: `\p{L}` is General_Category=L, `\p{ASCII}` is ASCII=null), or
 * undefined when RE2 has none. Binary properties other than `Any` and
 * Script_Extensions have no RE2 spelling.
 */
export function propertyInRe2(key: string, value: string | null): string | undefined {
  if (value === null) return key === "Any" ? "Any" : undefined;
  if (key === "General_Category" || key === "gc") return SHORT_CATEGORY.get(value);
  if ((key === "Script" || key === "sc") && !SHORT_CATEGORY.has(value) && re2Knows(value)) return value;
  return undefined;
}
