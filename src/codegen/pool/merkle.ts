import { sha256 } from "../../shared/hash.js";

/*
 * Content hashes of component schemas that include, recursively, the hashes
 * of the components they refer to: two models share a pooled type or a pooled
 * validator module only when the whole graph below it is the same. Mutually
 * recursive components (strongly connected) are hashed as a group.
 */

export interface HashInput {
  /** Printed code (a type, a validator), with references still written by name. */
  text: string;
  /** Names it refers to, in order of first appearance. */
  refs: readonly string[];
}

/** Strongly connected components, each listed after every component it refers to (Tarjan). */
function stronglyConnected(names: readonly string[], refsOf: (name: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const known = new Set(names);

  // Iterative to survive deep reference chains.
  for (const start of names) {
    if (index.has(start)) continue;
    const work: Array<{ name: string; next: number }> = [{ name: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter);
    counter += 1;
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const refs = refsOf(frame.name).filter((ref) => known.has(ref));
      if (frame.next < refs.length) {
        const ref = refs[frame.next]!;
        frame.next += 1;
        if (!index.has(ref)) {
          index.set(ref, counter);
          low.set(ref, counter);
          counter += 1;
          stack.push(ref);
          onStack.add(ref);
          work.push({ name: ref, next: 0 });
        } else if (onStack.has(ref)) {
          low.set(frame.name, Math.min(low.get(frame.name)!, index.get(ref)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.name, Math.min(low.get(parent.name)!, low.get(frame.name)!));
      if (low.get(frame.name) === index.get(frame.name)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.name);
        groups.push(group.sort());
      }
    }
  }
  return groups;
}

/** A strongly connected group of names and the hash of the whole graph below it. */
export interface MerkleGroup {
  /** Sorted; a single name unless the names refer to each other in a cycle. */
  members: string[];
  hash: string;
}

/** The groups, each listed after every group it refers to. */
export function merkleGroups(inputs: ReadonlyMap<string, HashInput>): MerkleGroup[] {
  const names = [...inputs.keys()].sort();
  const hashes = new Map<string, string>();
  const groups: MerkleGroup[] = [];
  for (const members of stronglyConnected(names, (name) => inputs.get(name)?.refs ?? [])) {
    const inGroup = new Set(members);
    const parts = members.map((name) => {
      const input = inputs.get(name)!;
      const refs = input.refs.map((ref) => (inGroup.has(ref) ? `@${ref}` : (hashes.get(ref) ?? `?${ref}`)));
      return JSON.stringify([name, input.text, refs]);
    });
    const hash = sha256(parts.join("\n"));
    for (const name of members) hashes.set(name, memberHash(hash, name));
    groups.push({ members, hash });
  }
  return groups;
}

/** A member's own hash: its group's, told apart by its name. */
function memberHash(groupHash: string, name: string): string {
  return sha256(`${groupHash}\n${name}`);
}

export function merkleHashes(inputs: ReadonlyMap<string, HashInput>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const group of merkleGroups(inputs))
    for (const name of group.members) hashes.set(name, memberHash(group.hash, name));
  return hashes;
}
