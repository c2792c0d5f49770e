import type { z } from "zod";
import type { FactKind } from "@/lib/generated/prisma/enums";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import {
  journalEntrySchema,
  type JournalEntryInput,
  type JournalKind,
  type Outcome,
} from "@/lib/validation/journal";
import type { JournalDraft } from "./journal-form";

// Casts below only name the intended type of a form string; the schema checks the value.
// From what is typed in the form to what the route accepts, checked with the route's own schema so
// the form names the same fields the server would.

const LAST_LOCATION_KEY = "gastvrij.journal.locationId";

/** A UUID for the entry; crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A fresh draft: a new clientId, and the location used last time when it is still offered. */
export function newDraft(locations: TimelineLocation[]): JournalDraft {
  let locationId = locations.length === 1 ? locations[0]!.id : "";
  try {
    const last = window.localStorage.getItem(LAST_LOCATION_KEY);
    if (!locationId && last && locations.some((location) => location.id === last)) locationId = last;
  } catch {
    // Storage can be unavailable (private mode); choosing again is fine.
  }
  return { clientId: newClientId(), channel: "in_person", locationId };
}

export function rememberLocation(locationId: string | undefined): void {
  try {
    if (locationId) window.localStorage.setItem(LAST_LOCATION_KEY, locationId);
  } catch {
    // See newDraft.
  }
}

const optional = (value: string | undefined) => (value?.trim() ? value : undefined);

export function toJournalInput(kind: JournalKind, draft: JournalDraft): JournalEntryInput {
  const common = {
    clientId: draft.clientId ?? "",
    locationId: optional(draft.locationId),
    channel: (draft.channel ?? "in_person") as "in_person" | "phone",
  };
  switch (kind) {
    case "note":
      return { kind, ...common, text: draft.text ?? "" };
    case "outcome":
      return { kind, ...common, outcome: draft.outcome as Outcome, comment: optional(draft.comment) };
    case "fact":
      return {
        kind,
        ...common,
        factKind: draft.factKind as FactKind,
        label: draft.label ?? "",
        value: draft.value ?? "",
      };
    case "marketing_opt_out":
      return { kind, ...common, comment: optional(draft.comment) };
  }
}

/**
 * Field → message for everything the server would refuse, plus a missing choice of location. The
 * schema's issues are message keys; `messages.issue` says them (useIssueMessage()).
 */
export function validateJournalInput(
  input: JournalEntryInput,
  locations: TimelineLocation[],
  messages: { chooseLocation: string; issue: (issue: z.core.$ZodIssue) => string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = journalEntrySchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? "kind")] ??= messages.issue(issue);
  if (locations.length > 1 && !input.locationId) errors.locationId ??= messages.chooseLocation;
  return errors;
}
