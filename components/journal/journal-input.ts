import { useTranslations } from "next-intl";
import type { EventType, FactKind } from "@/lib/generated/prisma/enums";
import { journalSummaries } from "@/lib/journal/journal-labels";
import type { TimelineLocation } from "@/lib/timeline/timeline-types";
import {
  JOURNAL_EVENT_TYPES,
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

/** What the form says about a field it refuses, in the staff member's language. */
export type JournalFieldMessages = {
  chooseLocation: string;
  required: string;
  tooLong: (max: number) => string;
  chooseOne: string;
  invalid: string;
};

export function useJournalFieldMessages(): JournalFieldMessages {
  const t = useTranslations("journal");
  return {
    chooseLocation: t("chooseWhere"),
    required: t("fieldErrors.required"),
    tooLong: (max) => t("fieldErrors.tooLong", { max }),
    chooseOne: t("fieldErrors.chooseOne"),
    invalid: t("fieldErrors.invalid"),
  };
}

const CHOICES = new Set(["outcome", "factKind", "channel", "locationId", "kind"]);

/** Field → message for everything the server would refuse, plus a missing choice of location. */
export function validateJournalInput(
  input: JournalEntryInput,
  locations: TimelineLocation[],
  messages: JournalFieldMessages,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = journalEntrySchema.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "kind");
      const value = (input as Record<string, unknown>)[field];
      let message = messages.invalid;
      if (CHOICES.has(field)) message = messages.chooseOne;
      else if (issue.code === "too_big") message = messages.tooLong(Number(issue.maximum));
      else if (typeof value !== "string" || value.trim() === "") message = messages.required;
      errors[field] ??= message;
    }
  if (locations.length > 1 && !input.locationId) errors.locationId ??= messages.chooseLocation;
  return errors;
}

/** The type and stored one-line summary an entry will have on the timeline, for the optimistic row. */
export function describeEntry(input: JournalEntryInput): { type: EventType; summary: string } {
  switch (input.kind) {
    case "note":
      return { type: JOURNAL_EVENT_TYPES.note, summary: journalSummaries.note(input.text) };
    case "outcome":
      return {
        type: JOURNAL_EVENT_TYPES.outcome,
        summary: journalSummaries.outcome(input.outcome, input.comment),
      };
    case "fact":
      return { type: JOURNAL_EVENT_TYPES.fact, summary: journalSummaries.fact(input.label, input.value) };
    case "marketing_opt_out":
      return { type: JOURNAL_EVENT_TYPES.marketing_opt_out, summary: journalSummaries.marketingOptOut() };
  }
}
