"use client";

import { ChevronDown, LoaderCircle, MapPin, UserRound } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { readJournalSummary } from "@/lib/journal/journal-labels";
import type { TimelineEntry as Entry } from "@/lib/timeline/timeline-types";
import { DirectionIcon } from "./direction-icon";
import { TimelineEventDetails } from "./timeline-event-details";

/** Ids of entries shown before the server confirmed them (optimistic updates). */
export const OPTIMISTIC_PREFIX = "optimistic:";

/** The event's name: a generic event carries the source's own ("Wishlist shared"), which says more. */
export function useEventLabel(): (entry: Pick<Entry, "type" | "name">) => string {
  const labels = useTranslations("labels.eventType");
  return (entry) => (entry.type === "generic" && entry.name ? entry.name : labels(entry.type));
}

/** What erasure leaves as an event's summary: its type in words ("Campaign Click"), lib/privacy/scrub-rows.ts. */
const erasedSummary = (type: string) =>
  type
    .split("_")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");

/**
 * The one-line summary. What a source sent, and notes and facts staff typed, show as written; an
 * outcome or opt-out logged in Gastvrij is said in the reader's language (its stored words are data),
 * and an erased customer's placeholder, which only repeats the event's name, is left out.
 */
function useSummary(entry: Entry): string {
  const t = useTranslations("journal");
  if (entry.summary === erasedSummary(entry.type)) return "";
  const read = readJournalSummary(entry.type, entry.source, entry.summary);
  if (!read) return entry.summary;
  if (read.kind === "marketing_opt_out") return t("summaries.marketingOptOut");
  const outcome = t(`outcomes.${read.outcome}`);
  return read.comment
    ? t("summaries.outcomeWithComment", { outcome, comment: read.comment })
    : t("summaries.outcome", { outcome });
}

/**
 * One event. Inbound sits on the left and outbound on the right, like a conversation; an arrow
 * icon and the words "Van de klant"/"Naar de klant" say the same without colour.
 */
export function TimelineEntry({ customerId, entry }: { customerId: string; entry: Entry }) {
  const t = useTranslations("timeline");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const eventLabel = useEventLabel();
  const summary = useSummary(entry);
  const [isExpanded, setIsExpanded] = useState(false);
  const detailsId = useId();
  const isInbound = entry.direction === "inbound";
  const isSaving = entry.id.startsWith(OPTIMISTIC_PREFIX);
  const occurredAt = new Date(entry.occurredAt);
  const name = eventLabel(entry);

  return (
    <article
      aria-busy={isSaving || undefined}
      className={cn(
        "w-[94%] rounded-lg border border-stone-200 bg-white px-3 py-2.5 shadow-xs sm:w-[85%] sm:px-3.5",
        isInbound ? "mr-auto border-l-4 border-l-inbound" : "ml-auto border-r-4 border-r-outbound",
        isSaving && "border-dashed opacity-80",
      )}
    >
      <div className="flex items-start gap-2 sm:gap-3">
        <DirectionIcon direction={entry.direction} className="hidden sm:flex" />
        <div className="min-w-0 flex-1 space-y-0.5">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span
              title={labels(`directionDescription.${entry.direction}`)}
              className={cn(
                "text-xs font-semibold tracking-wide uppercase",
                isInbound ? "text-inbound" : "text-outbound",
              )}
            >
              {labels(`direction.${entry.direction}`)}
            </span>
            <span className="sr-only">({labels(`directionDescription.${entry.direction}`)})</span>
            <span className="font-semibold break-words text-stone-900">{name}</span>
            {isSaving ? (
              <span className="inline-flex items-center gap-1 text-xs font-medium text-stone-600">
                <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
                {t("saving")}
              </span>
            ) : null}
          </p>
          {summary ? <p className="text-sm break-words text-stone-700">{summary}</p> : null}
          <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-stone-600">
            <span>{labels(`channel.${entry.channel}`)}</span>
            {entry.locationName ? (
              <>
                <span aria-hidden="true">·</span>
                <span className="inline-flex items-center gap-1">
                  <MapPin aria-hidden="true" className="size-3.5" />
                  {entry.locationName}
                </span>
              </>
            ) : null}
            {entry.authorName ? (
              <>
                <span aria-hidden="true">·</span>
                <span className="inline-flex items-center gap-1">
                  <UserRound aria-hidden="true" className="size-3.5" />
                  {entry.authorName}
                </span>
              </>
            ) : null}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1">
          <time
            dateTime={entry.occurredAt}
            title={formatDateTime(occurredAt, locale)}
            className="text-sm text-stone-700 tabular-nums"
          >
            {formatTime(occurredAt, locale)}
          </time>
          {isSaving ? null : (
            <button
              type="button"
              aria-expanded={isExpanded}
              aria-controls={detailsId}
              onClick={() => setIsExpanded((value) => !value)}
              className="-mr-1.5 inline-flex min-h-11 items-center gap-1 rounded-md px-1.5 text-xs font-medium text-brand-700 hover:bg-brand-50"
            >
              {isExpanded ? t("hideDetails") : t("details")}
              <span className="sr-only">: {name}</span>
              <ChevronDown
                aria-hidden="true"
                className={cn("size-3.5 transition-transform", isExpanded && "rotate-180")}
              />
            </button>
          )}
        </div>
      </div>
      <div id={detailsId} hidden={!isExpanded}>
        {isExpanded ? <TimelineEventDetails customerId={customerId} entry={entry} /> : null}
      </div>
    </article>
  );
}
