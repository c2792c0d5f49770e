import "server-only";
import { db } from "@/lib/db/client";
import { PRIVACY_EXPORT_FORMAT, type PrivacyExport } from "@/lib/validation/privacy";
import { notFound } from "@/lib/i18n/ref-errors";

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const NOTE_TYPES = new Set(["staff_note", "staff_outcome", "fact_learned"]);

/**
 * Everything Gastvrij holds about one customer, in the documented export format. Callers check
 * permission and scope first; this only reads. An erased customer has nothing left to export.
 */
export async function buildCustomerExport(customerId: string, now = new Date()): Promise<PrivacyExport> {
  const customer = await db.customer.findFirst({ where: { id: customerId, erasedAt: null } });
  if (!customer) throw notFound("errors.notFound.customer");
  const where = { customerId };
  const [identities, events, bookings, orders, cases, consents, facts, contacts, merges, audit] =
    await Promise.all([
      db.identity.findMany({ where, orderBy: { createdAt: "asc" } }),
      db.journeyEvent.findMany({
        where,
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        include: { location: { select: { name: true } } },
      }),
      db.booking.findMany({
        where,
        orderBy: { arrivalDate: "asc" },
        include: { location: { select: { name: true } } },
      }),
      db.order.findMany({ where, orderBy: { placedAt: "asc" }, include: { lines: true } }),
      db.serviceCase.findMany({ where, orderBy: { openedAt: "asc" } }),
      db.consent.findMany({ where, orderBy: { occurredAt: "asc" } }),
      db.customerFact.findMany({ where, orderBy: { recordedAt: "asc" } }),
      db.outboundContact.findMany({ where, orderBy: { occurredAt: "asc" } }),
      db.mergeRecord.findMany({
        where: { OR: [{ survivorId: customerId }, { mergedId: customerId }] },
        orderBy: { createdAt: "asc" },
      }),
      db.auditEntry.findMany({
        where: { customerId, action: { in: ["customer.view", "customer.viewEvent", "customer.export"] } },
        orderBy: { occurredAt: "asc" },
        include: { actor: { select: { name: true, role: true } } },
      }),
    ]);
  return {
    format: PRIVACY_EXPORT_FORMAT,
    version: 1,
    generatedAt: iso(now),
    controller: "Gastvrij",
    customer: {
      id: customer.id,
      firstName: customer.firstName,
      lastName: customer.lastName,
      preferredName: customer.preferredName,
      salutation: customer.salutation,
      language: customer.language,
      birthDate: customer.birthDate ? dayOf(customer.birthDate) : null,
      street: customer.street,
      postalCode: customer.postalCode,
      city: customer.city,
      country: customer.country,
      timeZone: customer.timeZone,
      firstTouchChannel: customer.firstTouchChannel,
      firstTouchSource: customer.firstTouchSource,
      firstSeenAt: iso(customer.firstSeenAt),
      lastSeenAt: isoOrNull(customer.lastSeenAt),
    },
    identities: identities.map((i) => ({
      type: i.type,
      value: i.rawValue,
      source: i.source,
      recordedAt: iso(i.createdAt),
    })),
    events: events.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      channel: e.channel,
      direction: e.direction,
      occurredAt: iso(e.occurredAt),
      location: e.location?.name ?? null,
      source: e.source,
      sourceEventId: e.sourceEventId,
      summary: e.summary,
      reason: e.reason,
      campaign: { source: e.utmSource, medium: e.utmMedium, campaign: e.utmCampaign },
      payload: e.payload ?? null,
    })),
    bookings: bookings.map((b) => ({
      reference: b.reference,
      location: b.location.name,
      arrivalDate: dayOf(b.arrivalDate),
      departureDate: dayOf(b.departureDate),
      channel: b.channel,
      roomType: b.roomType,
      roomNumber: b.roomNumber,
      guests: b.guests,
      status: b.status,
    })),
    orders: orders.map((o) => ({
      orderNumber: o.orderNumber,
      channel: o.channel,
      fulfilment: o.fulfilment,
      status: o.status,
      placedAt: iso(o.placedAt),
      totalAmount: o.totalAmount.toFixed(2),
      currency: o.currency,
      lines: o.lines.map((l) => ({
        sku: l.sku,
        productName: l.productName,
        category: l.category,
        quantity: l.quantity,
        unitPrice: l.unitPrice.toFixed(2),
      })),
    })),
    serviceCases: cases.map((c) => ({
      reference: c.reference,
      kind: c.kind,
      reason: c.reason,
      summary: c.summary,
      status: c.status,
      openedAt: iso(c.openedAt),
      closedAt: isoOrNull(c.closedAt),
    })),
    consents: consents.map((c) => ({
      purpose: c.purpose,
      channel: c.channel,
      status: c.status,
      source: c.source,
      occurredAt: iso(c.occurredAt),
    })),
    facts: facts.map((f) => ({
      kind: f.kind,
      label: f.label,
      value: f.value,
      source: f.source,
      recordedAt: iso(f.recordedAt),
    })),
    notes: events
      .filter((e) => NOTE_TYPES.has(e.type) && e.createdById !== null)
      .map((e) => ({ occurredAt: iso(e.occurredAt), type: e.type, text: e.summary })),
    outboundContacts: contacts.map((c) => ({
      eventId: c.eventId,
      purpose: c.purpose,
      channel: c.channel,
      occurredAt: iso(c.occurredAt),
      withinPolicy: c.withinPolicy,
      violatedRules: c.violatedRules,
      policyVersion: c.policyVersion,
    })),
    merges: merges.map((m) => ({
      mergedAt: iso(m.createdAt),
      reason: m.reason,
      role: m.survivorId === customerId ? ("survivor" as const) : ("merged" as const),
      undoneAt: isoOrNull(m.undoneAt),
    })),
    recipients: audit.map((a) => ({
      occurredAt: iso(a.occurredAt),
      action: a.action,
      staffName: a.actor?.name ?? null,
      staffRole: a.actor?.role ?? null,
      via: a.actor ? "staff" : a.actorEmail,
    })),
  };
}
