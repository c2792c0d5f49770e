import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { formatIdentityValue } from "@/lib/format/identities";
import { parseInput } from "@/lib/validation/parse";
import { previewMergeSchema } from "@/lib/validation/merges";
import { assertCustomersInScope } from "@/lib/auth/customer-scope";

const FILLED_FIELDS = [
  "firstName",
  "lastName",
  "preferredName",
  "salutation",
  "birthDate",
  "street",
  "postalCode",
  "city",
] as const;

async function describeCustomer(id: string) {
  const customer = await db.customer.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      preferredName: true,
      salutation: true,
      birthDate: true,
      street: true,
      postalCode: true,
      city: true,
      firstSeenAt: true,
      lastSeenAt: true,
      identities: { select: { type: true, rawValue: true, normalizedValue: true }, orderBy: { type: "asc" } },
      _count: {
        select: {
          events: true,
          bookings: true,
          orders: true,
          serviceCases: true,
          consents: true,
          facts: true,
          locations: true,
        },
      },
    },
  });
  return {
    ...customer,
    name: [customer.firstName, customer.lastName].filter(Boolean).join(" ") || "Unnamed customer",
    identities: customer.identities.map((identity) => ({
      type: identity.type,
      value: formatIdentityValue(identity),
    })),
  };
}

export type MergeSide = Awaited<ReturnType<typeof describeCustomer>>;

/** What a merge would do, shown to the reviewer before anything changes. */
export async function previewMerge(actor: Actor, input: unknown) {
  assertCan(actor, "customers.merge");
  const { survivorId, mergedId } = parseInput(previewMergeSchema, input);
  await assertCustomersInScope(actor, [survivorId, mergedId]);
  const [survivor, merged] = await Promise.all([describeCustomer(survivorId), describeCustomer(mergedId)]);
  const filled = FILLED_FIELDS.filter((field) => survivor[field] === null && merged[field] !== null);
  return { survivor, merged, filledFromMerged: filled };
}

export type MergePreview = Awaited<ReturnType<typeof previewMerge>>;
