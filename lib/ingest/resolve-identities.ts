import type { ErrorIssue } from "@/lib/errors";
import { isStrongIdentifier, type IdentifierKind } from "@/lib/validation/normalize-identifier";
import { identityKey, type PreparedIdentifier } from "./ingest-types";
import { refIssue } from "@/lib/i18n/ref-errors";

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

const SHARED_WEB_ID: ErrorIssue = refIssue("identifiers.webId", "validation.identifiers.sharedWebId");

type Owned = { identifier: PreparedIdentifier; owner: string | undefined };

export function resolveIdentities(input: ResolutionInput): ResolutionPlan {
  const resolution = new Resolution(input);
  for (const item of input.items) resolution.place(item);
  return resolution.plan();
}

/** The state of one batch's resolution: a union-find over customers plus who owns each identifier. */
class Resolution {
  private readonly parent = new Map<string, string>();
  private readonly existing: Set<string>;
  private readonly hasStrong: Set<string>;
  private readonly owner: Map<string, string>;
  private readonly shared: Set<string>;
  private readonly extraSightings = new Map<string, number>();
  private readonly pending: { customerId: string; identifier: PreparedIdentifier }[] = [];
  private readonly result: ResolutionPlan = {
    customerOf: new Map(),
    rejected: new Map(),
    newCustomers: [],
    newIdentities: [],
    merges: [],
    suggestions: [],
    sharedWebIds: [],
  };

  constructor(private readonly input: ResolutionInput) {
    this.existing = new Set([...input.known.values()].map((identity) => identity.customerId));
    this.hasStrong = new Set(input.knownStrong);
    this.owner = new Map(
      [...input.known]
        .filter(([, identity]) => !identity.isShared)
        .map(([key, identity]) => [key, identity.customerId]),
    );
    this.shared = new Set([...input.known].filter(([, identity]) => identity.isShared).map(([key]) => key));
  }

  private find(id: string): string {
    let root = id;
    while (this.parent.get(root) !== undefined) root = this.parent.get(root)!;
    return root;
  }

  /** Merges `loser` into `survivor`; an existing customer always outlives one created in this batch. */
  private absorb(survivor: string, loser: string, kind: IdentifierKind): string {
    const [keep, drop] =
      !this.existing.has(survivor) && this.existing.has(loser) ? [loser, survivor] : [survivor, loser];
    if (this.existing.has(keep) && this.existing.has(drop))
      this.result.merges.push({ survivorId: keep, mergedId: drop, kind });
    this.parent.set(drop, keep);
    if (this.hasStrong.has(drop)) this.hasStrong.add(keep);
    return keep;
  }

  place(item: ResolutionInput["items"][number]): void {
    const identifiers = item.identifiers.filter(
      (identifier) => !this.shared.has(identityKey(identifier.kind, identifier.value)),
    );
    if (identifiers.length === 0) {
      this.result.rejected.set(item.index, [SHARED_WEB_ID]);
      return;
    }
    const owned: Owned[] = identifiers.map((identifier) => {
      const found = this.owner.get(identityKey(identifier.kind, identifier.value));
      return { identifier, owner: found === undefined ? undefined : this.find(found) };
    });
    const customer = this.attach(this.chooseCustomer(identifiers, owned), owned);
    this.result.customerOf.set(item.index, customer);
  }

  /** The customer an item belongs to: the owners of its strong identifiers merged, or else adopted or new. */
  private chooseCustomer(identifiers: PreparedIdentifier[], owned: Owned[]): string {
    const strongOwners = [
      ...new Set(owned.filter((o) => o.owner && isStrongIdentifier(o.identifier.kind)).map((o) => o.owner!)),
    ];
    if (strongOwners.length > 0) {
      // Existing customers survive over ones created earlier in this batch, then by identifier priority.
      let customer = strongOwners.find((id) => this.existing.has(id)) ?? strongOwners[0]!;
      for (const other of strongOwners) {
        if (other === customer) continue;
        const kind = owned.find((o) => o.owner === other && isStrongIdentifier(o.identifier.kind))!.identifier
          .kind;
        customer = this.absorb(customer, other, kind);
      }
      return customer;
    }
    const hasStrongIdentifier = identifiers.some((identifier) => isStrongIdentifier(identifier.kind));
    // A weak identifier adopts the event only for an anonymous customer (no strong id yet): the
    // classic sign-up after browsing. A known person's phone or device never swallows a new email.
    const adoptable = owned.find((o) => o.owner && (!hasStrongIdentifier || !this.hasStrong.has(o.owner)));
    if (adoptable?.owner) return adoptable.owner;
    const created = this.input.newId();
    this.result.newCustomers.push(created);
    return created;
  }

  /** Gives the customer its new identifiers; ties through weak ones become suggestions. */
  private attach(chosen: string, owned: Owned[]): string {
    let customer = chosen;
    for (const { identifier, owner: current } of owned) {
      const key = identityKey(identifier.kind, identifier.value);
      if (current === undefined) {
        this.owner.set(key, customer);
        this.pending.push({ customerId: customer, identifier });
        if (isStrongIdentifier(identifier.kind)) this.hasStrong.add(customer);
        continue;
      }
      const other = this.find(current);
      if (other === customer) continue;
      if (identifier.kind === "web_id" && this.hasStrong.has(customer) && !this.hasStrong.has(other)) {
        // The browser of an anonymous visitor identified itself: its history joins the known person.
        customer = this.absorb(customer, other, "web_id");
        continue;
      }
      if (identifier.kind === "web_id" && this.isNowShared(identifier.value, key)) continue;
      const [a, b] = customer < other ? [customer, other] : [other, customer];
      this.result.suggestions.push({ a, b, kind: identifier.kind, value: identifier.value });
    }
    return customer;
  }

  /** Counts one more customer on a web id; past the threshold the id is marked shared instead. */
  private isNowShared(webId: string, key: string): boolean {
    const seen = (this.input.webIdSightings.get(webId) ?? 0) + (this.extraSightings.get(webId) ?? 0) + 1;
    if (seen + 1 > SHARED_DEVICE_THRESHOLD) {
      this.shared.add(key);
      this.result.sharedWebIds.push(webId);
      return true;
    }
    this.extraSightings.set(webId, (this.extraSightings.get(webId) ?? 0) + 1);
    return false;
  }

  plan(): ResolutionPlan {
    const plan = this.result;
    const find = (id: string) => this.find(id);
    for (const [index, customer] of plan.customerOf) plan.customerOf.set(index, find(customer));
    plan.newCustomers = plan.newCustomers.filter((id) => find(id) === id);
    plan.newIdentities = this.pending.map((entry) => ({
      customerId: find(entry.customerId),
      identifier: entry.identifier,
    }));
    plan.merges = plan.merges.map((merge) => ({ ...merge, survivorId: find(merge.survivorId) }));
    plan.suggestions = dedupeSuggestions(plan.suggestions.map((s) => ({ ...s, a: find(s.a), b: find(s.b) })));
    return plan;
  }
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
