import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { customerName } from "@/lib/format/names";
import { eraseCustomerInputSchema } from "@/lib/validation/privacy";
import { parseInput } from "@/lib/validation/parse";
import { UUID_PATTERN } from "@/lib/db/uuid";
import { eraseCustomer, type ErasureResult } from "./erase-customer";
import { dueDateFor } from "./request-deadline";
import { notFound } from "@/lib/i18n/ref-errors";

/**
 * What the confirmation page shows before an admin erases: who, and how much goes; or, once erased
 * (the page renders again after the action), only the pseudonym.
 */
export async function previewErasure(actor: Actor, customerId: string) {
  assertCan(actor, "customer.erase");
  if (!UUID_PATTERN.test(customerId)) throw notFound("errors.notFound.customer");
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      pseudonym: true,
      erasedAt: true,
      _count: {
        select: { events: true, identities: true, bookings: true, orders: true, serviceCases: true },
      },
    },
  });
  if (!customer) throw notFound("errors.notFound.customer");
  if (customer.erasedAt)
    return { status: "erased" as const, id: customer.id, pseudonym: customer.pseudonym ?? "" };
  return {
    status: "present" as const,
    id: customer.id,
    name: customerName(customer),
    counts: customer._count,
  };
}

/**
 * An admin's erasure after confirming: recorded as a completed erasure request (closing any open one
 * for the customer), then carried out with the identifiers suppressed.
 */
export async function eraseByStaff(actor: Actor, input: unknown): Promise<ErasureResult> {
  assertCan(actor, "customer.erase");
  const { customerId, reason } = parseInput(eraseCustomerInputSchema, input);
  const result = await eraseCustomer(customerId, { reason, origin: "admin", actor });
  const now = new Date();
  const closed = await db.privacyRequest.updateMany({
    where: { customerId, type: "erasure", status: "open" },
    data: { status: "completed", completedAt: now, erasureId: result.erasureId },
  });
  if (closed.count === 0) {
    await db.privacyRequest.create({
      data: {
        type: "erasure",
        status: "completed",
        customerId,
        requestedVia: "staff",
        requestedById: actor.id,
        dueAt: dueDateFor(now),
        completedAt: now,
        erasureId: result.erasureId,
      },
    });
  }
  return result;
}
