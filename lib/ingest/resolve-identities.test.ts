import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IDENTIFIER_PRIORITY, isStrongIdentifier } from "@/lib/validation/normalize-identifier";
import { identityKey, type PreparedIdentifier } from "./ingest-types";
import { resolveIdentities, type KnownIdentity } from "./resolve-identities";

const identifier = fc.record({
  kind: fc.constantFrom(...IDENTIFIER_PRIORITY),
  value: fc.constantFrom("a", "b", "c", "d"),
});
const item = fc.uniqueArray(identifier, {
  minLength: 1,
  maxLength: 4,
  selector: (i) => identityKey(i.kind, i.value),
});
const known = fc.array(fc.tuple(identifier, fc.constantFrom("c1", "c2", "c3", "c4"), fc.boolean()), {
  maxLength: 8,
});

function run(
  items: { kind: PreparedIdentifier["kind"]; value: string }[][],
  knownRows: [{ kind: PreparedIdentifier["kind"]; value: string }, string, boolean][],
) {
  const knownMap = new Map<string, KnownIdentity>();
  for (const [id, customerId, isShared] of knownRows)
    knownMap.set(identityKey(id.kind, id.value), { customerId, isShared: isShared && id.kind === "web_id" });
  const knownStrong = new Set([...knownRows].filter(([id]) => isStrongIdentifier(id.kind)).map(([, c]) => c));
  let next = 0;
  const prepared = items.map((ids, index) => ({
    index,
    identifiers: [...ids]
      .sort((x, y) => IDENTIFIER_PRIORITY.indexOf(x.kind) - IDENTIFIER_PRIORITY.indexOf(y.kind))
      .map((i) => ({ ...i, raw: i.value })),
  }));
  const plan = resolveIdentities({
    items: prepared,
    known: knownMap,
    knownStrong,
    webIdSightings: new Map(),
    newId: () => `n${next++}`,
  });
  return { plan, knownMap, prepared };
}

describe("resolveIdentities (properties)", () => {
  it("gives every item one customer (or a reason), keeps strong identifiers on one customer and never duplicates an identity", () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), known, (items, knownRows) => {
        const { plan, knownMap, prepared } = run(items, knownRows);
        for (const entry of prepared)
          expect(plan.customerOf.has(entry.index) !== plan.rejected.has(entry.index)).toBe(true);
        const merged = new Set(plan.merges.map((m) => m.mergedId));
        const finalOwner = new Map<string, string>();
        for (const [key, identity] of knownMap)
          if (!identity.isShared) finalOwner.set(key, identity.customerId);
        for (const { customerId, identifier } of plan.newIdentities) {
          const key = identityKey(identifier.kind, identifier.value);
          expect(knownMap.has(key)).toBe(false);
          expect(
            finalOwner.has(key) &&
              plan.newIdentities.filter((n) => identityKey(n.identifier.kind, n.identifier.value) === key)
                .length > 1,
          ).toBe(false);
          finalOwner.set(key, customerId);
        }
        const survivorOf = (id: string): string =>
          plan.merges.find((m) => m.mergedId === id)?.survivorId ?? id;
        for (const entry of prepared) {
          const customer = plan.customerOf.get(entry.index);
          if (!customer) continue;
          expect(merged.has(customer)).toBe(false);
          for (const id of entry.identifiers) {
            const owner = finalOwner.get(identityKey(id.kind, id.value));
            if (isStrongIdentifier(id.kind) && owner) expect(survivorOf(owner)).toBe(customer);
          }
        }
        for (const merge of plan.merges) expect(merge.survivorId).not.toBe(merge.mergedId);
      }),
      { numRuns: 3_000 },
    );
  });
});
