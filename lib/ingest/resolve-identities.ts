import type { ErrorIssue } from "@/lib/errors";
import { isStrongIdentifier, type IdentifierKind } from "@/lib/validation/normalize-identifier";
import { identityKey, type PreparedIdentifier } from "./ingest-types";

// Decides, without touching the database, which customer each item belongs to: who is new, which
// existing customers merge (tied by a strong identifier), and which pairs only become a suggestion
// (tied by a weak one). Pure, so property tests can drive it directly.

export const SHARED_DEVICE_THRESHOLD = 5;

export interface KnownIdentity {
  customerId: string;
  isShared: boolean;
}

export interface ResolutionInput {
  items: { index: number; identifiers: PreparedIdentifier[] }[];
  /** By identityKey(kind, value). */
  known: Map<string, KnownIdentity>;
  /** Existing customers that hold at least one strong identifier. */
  knownStrong: Set<string>;
  /** Web id → how many other customers it was already suggested with. */
  webIdSightings: Map<string, number>;
  newId: () => string;
}

export interface ResolutionPlan {
  customerOf: Map<number, string>;
  rejected: Map<number, ErrorIssue[]>;
  newCustomers: string[];
  newIdentities: { customerId: string; identifier: PreparedIdentifier }[];
  merges: { survivorId: string; mergedId: string; kind: IdentifierKind }[];
  suggestions: { a: string; b: string; kind: IdentifierKind; value: string }[];
  sharedWebIds: string[];
}

export function resolveIdentities(input: ResolutionInput): ResolutionPlan {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== undefined) root = parent.get(root)!;
    return root;
  };
  const existing = new Set([...input.known.values()].map((identity) => identity.customerId));
  const hasStrong = new Set(input.knownStrong);
  const owner = new Map<string, string>(
    [...input.known]
      .filter(([, identity]) => !identity.isShared)
      .map(([key, identity]) => [key, identity.customerId]),
  );
  const shared = new Set([...input.known].filter(([, identity]) => identity.isShared).map(([key]) => key));
  const extraSightings = new Map<string, number>();
  const plan: ResolutionPlan = {
    customerOf: new Map(),
    rejected: new Map(),
    newCustomers: [],
    newIdentities: [],
    merges: [],
    suggestions: [],
    sharedWebIds: [],
  };
  const pending: { customerId: string; identifier: PreparedIdentifier }[] = [];

  /** Merges `loser` into `survivor`; an existing customer always outlives one created in this batch. */
  const absorb = (survivor: string, loser: string, kind: IdentifierKind): string => {
    const [keep, drop] =
      !existing.has(survivor) && existing.has(loser) ? [loser, survivor] : [survivor, loser];
    if (existing.has(keep) && existing.has(drop))
      plan.merges.push({ survivorId: keep, mergedId: drop, kind });
    parent.set(drop, keep);
    if (hasStrong.has(drop)) hasStrong.add(keep);
    return keep;
  };

  for (const item of input.items) {
    const identifiers = item.identifiers.filter(
      (identifier) => !shared.has(identityKey(identifier.kind, identifier.value)),
    );
    if (identifiers.length === 0) {
      plan.rejected.set(item.index, [
        {
          path: "identifiers.webId",
          message:
            "this web id is a shared device (seen on more than 5 customers); send a stronger identifier",
        },
      ]);
      continue;
    }
    const owned = identifiers.map((identifier) => {
      const found = owner.get(identityKey(identifier.kind, identifier.value));
      return { identifier, owner: found === undefined ? undefined : find(found) };
    });
    const strongOwners = [
      ...new Set(owned.filter((o) => o.owner && isStrongIdentifier(o.identifier.kind)).map((o) => o.owner!)),
    ];
    let customer: string;
    if (strongOwners.length > 0) {
      // Existing customers survive over ones created earlier in this batch, then by identifier priority.
      customer = strongOwners.find((id) => existing.has(id)) ?? strongOwners[0]!;
      for (const other of strongOwners) {
        if (other === customer) continue;
        const kind = owned.find((o) => o.owner === other && isStrongIdentifier(o.identifier.kind))!.identifier
          .kind;
        customer = absorb(customer, other, kind);
      }
    } else {
      const hasStrongIdentifier = identifiers.some((identifier) => isStrongIdentifier(identifier.kind));
      // A weak identifier adopts the event only for an anonymous customer (no strong id yet): the
      // classic sign-up after browsing. A known person's phone or device never swallows a new email.
      const adoptable = owned.find((o) => o.owner && (!hasStrongIdentifier || !hasStrong.has(o.owner)));
      customer = adoptable?.owner ?? input.newId();
      if (!adoptable) plan.newCustomers.push(customer);
    }
    for (const { identifier, owner: current } of owned) {
      const key = identityKey(identifier.kind, identifier.value);
      if (current === undefined) {
        owner.set(key, customer);
        pending.push({ customerId: customer, identifier });
        if (isStrongIdentifier(identifier.kind)) hasStrong.add(customer);
        continue;
      }
      const other = find(current);
      if (other === customer) continue;
      if (identifier.kind === "web_id" && hasStrong.has(customer) && !hasStrong.has(other)) {
        // The browser of an anonymous visitor identified itself: its history joins the known person.
        customer = absorb(customer, other, "web_id");
        continue;
      }
      if (identifier.kind === "web_id") {
        const seen =
          (input.webIdSightings.get(identifier.value) ?? 0) + (extraSightings.get(identifier.value) ?? 0) + 1;
        if (seen + 1 > SHARED_DEVICE_THRESHOLD) {
          shared.add(key);
          plan.sharedWebIds.push(identifier.value);
          continue;
        }
        extraSightings.set(identifier.value, (extraSightings.get(identifier.value) ?? 0) + 1);
      }
      const [a, b] = customer < other ? [customer, other] : [other, customer];
      plan.suggestions.push({ a, b, kind: identifier.kind, value: identifier.value });
    }
    plan.customerOf.set(item.index, customer);
  }

  for (const [index, customer] of plan.customerOf) plan.customerOf.set(index, find(customer));
  plan.newCustomers = plan.newCustomers.filter((id) => find(id) === id);
  plan.newIdentities = pending.map((entry) => ({
    customerId: find(entry.customerId),
    identifier: entry.identifier,
  }));
  plan.merges = plan.merges.map((merge) => ({ ...merge, survivorId: find(merge.survivorId) }));
  plan.suggestions = dedupeSuggestions(plan.suggestions.map((s) => ({ ...s, a: find(s.a), b: find(s.b) })));
  return plan;
}

function dedupeSuggestions(suggestions: ResolutionPlan["suggestions"]): ResolutionPlan["suggestions"] {
  const byPair = new Map<string, ResolutionPlan["suggestions"][number]>();
  for (const suggestion of suggestions) {
    if (suggestion.a === suggestion.b) continue;
    const [a, b] = suggestion.a < suggestion.b ? [suggestion.a, suggestion.b] : [suggestion.b, suggestion.a];
    if (!byPair.has(`${a}|${b}`)) byPair.set(`${a}|${b}`, { ...suggestion, a, b });
  }
  return [...byPair.values()];
}
