// Service desk work: questions and requests, complaints (ServiceCase rows with service_contact,
// complaint, service_reply and case_resolved events), trivial interactions and social mentions.
import type { CaseKind, CaseStatus, Channel } from "../../lib/generated/prisma/enums";
import { field } from "./copy";
import type { Journey } from "./journey";
import { DAY, HOUR, iso, MINUTE } from "./time";

export interface Place {
  id: string;
  city: string;
  type: "hotel" | "store";
}

const QUESTIONS = [
  ["question", "Parking", "Asked whether the hotel has parking for a van"],
  ["question", "Opening hours", "Asked about opening hours on public holidays"],
  ["question", "Product advice", "Asked which bulb fits the architect lamp"],
  ["request", "Invoice", "Asked for an invoice in the company's name"],
  ["request", "Booking change", "Asked to move the booking by one week"],
  ["request", "Return", "Wants to return an office chair"],
  ["question", "Accessibility", "Asked whether the rooms are step-free"],
] as const;

const COMPLAINTS = {
  hotel: [
    "Noisy room",
    "Room not clean on arrival",
    "Charged twice for the stay",
    "Long wait at check-in",
    "Air conditioning broken",
  ],
  store: [
    "Order delayed",
    "Damaged product",
    "Wrong item in the order",
    "Long wait at the pickup desk",
    "Unfriendly service",
  ],
} as const;

const CONTACT_CHANNELS: readonly (readonly [Channel, number])[] = [
  ["phone", 40],
  ["email", 30],
  ["chat", 25],
  ["social", 5],
];

/** Opens a ServiceCase with its events; `isOpen` leaves it unresolved. Returns when it was closed. */
export function addCase(
  journey: Journey,
  kind: CaseKind,
  openedAt: number,
  place: Place | null,
  isOpen: boolean,
): number | null {
  const { rng, ctx } = journey;
  let reason: string;
  let text: string;
  if (kind === "complaint") {
    reason = rng.pick(COMPLAINTS[place?.type ?? "store"]);
    text = `Complaint: ${reason.toLowerCase()}${place ? ` (${place.city})` : ""}`;
  } else {
    const question = rng.pick(QUESTIONS.filter((candidate) => candidate[0] === kind));
    reason = question[1];
    text = question[2];
  }
  const channel =
    kind === "complaint" && place && rng.chance(0.3) ? "in_person" : rng.weighted(CONTACT_CHANNELS);
  const { id, seq } = journey.nextId("case");
  const reference = journey.caseReference(seq);
  const locationId = place?.id ?? null;
  const base = { locationId, source: "service-desk", reason, payload: { caseRef: reference } };
  journey.event({
    ...base,
    type: kind === "complaint" ? "complaint" : "service_contact",
    channel,
    at: openedAt,
    summary: text,
  });
  const replyChannel = channel === "in_person" ? "email" : channel;
  const repliedAt = openedAt + rng.between(10 * MINUTE, kind === "complaint" ? 30 * HOUR : 6 * HOUR);
  const hasReply = journey.event({
    ...base,
    type: "service_reply",
    channel: replyChannel,
    at: repliedAt,
    summary: kind === "complaint" ? "Apologised and promised to look into it" : "Answered the question",
  });
  let status: CaseStatus = hasReply && !isOpen ? "pending" : "open";
  let closedAt: number | null = null;
  if (!isOpen && hasReply) {
    const resolvedAt = repliedAt + rng.between(HOUR, kind === "complaint" ? 6 * DAY : DAY);
    const resolution =
      kind === "complaint"
        ? rng.pick([
            "Refunded one night",
            "Sent a replacement",
            "Offered a voucher of €25",
            "Apologised, no further action wanted",
          ])
        : "Resolved";
    if (
      journey.event({
        ...base,
        type: "case_resolved",
        channel: replyChannel,
        at: resolvedAt,
        summary: resolution,
      })
    ) {
      status = rng.chance(0.7) ? "resolved" : "closed";
      closedAt = resolvedAt;
    }
  }
  const updated = iso(Math.min(closedAt ?? repliedAt, ctx.now));
  ctx.buffers.ServiceCase.add(
    `${id}\t${journey.customerId}\t${locationId ?? "\\N"}\t${reference}\t${kind}\t${field(reason)}\t${field(text)}\t${channel}\t${status}\t${iso(openedAt)}\t${closedAt === null ? "\\N" : iso(closedAt)}\tservice-desk\t${iso(openedAt)}\t${updated}\n`,
  );
  return closedAt;
}

const TRIVIAL = [
  ["address_change", "Changed their delivery address", ["web", "app"]],
  ["password_reset", "Reset their password", ["web", "app"]],
  ["info_question", "Asked about opening hours", ["phone", "chat"]],
  ["info_question", "Asked whether the store has parking", ["phone", "chat"]],
  ["invoice_copy", "Asked for a copy of an invoice", ["email", "web"]],
] as const;

/** An administrative contact that must never trigger a survey or an offer. */
export function addTrivial(
  journey: Journey,
  at: number,
  only?: "address_change" | "password_reset",
): boolean {
  const { rng } = journey;
  const candidates = only ? TRIVIAL.filter(([type]) => type === only) : TRIVIAL;
  const [type, summary, channels] = rng.pick(candidates);
  const channel = rng.pick(channels);
  const source =
    channel === "app"
      ? "mobile-app"
      : type === "info_question" || type === "invoice_copy"
        ? "service-desk"
        : "webshop";
  return journey.event({ type, channel, at, source, summary });
}

const MENTIONS = [
  "Posted a photo of breakfast in {city} on Instagram",
  "Tweeted that the pickup in {city} took ages",
  "Shared a review of their stay in {city} on Facebook",
  "Tagged us in a post about their new desk setup",
] as const;

export function addSocialMention(journey: Journey, at: number, place: Place): void {
  const { rng } = journey;
  const summary = rng.pick(MENTIONS).replace("{city}", place.city);
  const isPosted = journey.event({
    type: "social_mention",
    channel: "social",
    at,
    source: "social-listening",
    summary,
  });
  if (isPosted && rng.chance(0.4)) {
    journey.event({
      type: "service_reply",
      channel: "social",
      at: at + rng.between(30 * MINUTE, 8 * HOUR),
      source: "social-listening",
      summary: "Replied to their public post",
    });
  }
}
