"use client";

import { ChevronDown, LoaderCircle, MapPin, UserRound } from "lucide-react";
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { channelLabels, directionDescriptions, directionLabels, eventLabel } from "@/lib/format/labels";
import type { TimelineEntry as Entry } from "@/lib/timeline/timeline-types";
import { DirectionIcon } from "./direction-icon";
import { timelineCopy } from "./timeline-copy";
import { TimelineEventDetails } from "./timeline-event-details";

/** Ids of entries shown before the server confirmed them (optimistic updates). */
export const OPTIMISTIC_PREFIX = "optimistic:";

/**
 * One event. Inbound sits on the left and outbound on the right, like a conversation; an arrow
 * icon and the word "Inbound"/"Outbound" say the same without colour.
 */
export function TimelineEntry({ customerId, entry }: { customerId: string; entry: Entry }) {
  const [isExpanded, setIsExpanded] = useState(false);
  const detailsId = useId();
  const isInbound = entry.direction === "inbound";
  const isSaving = entry.id.startsWith(OPTIMISTIC_PREFIX);
  const occurredAt = new Date(entry.occurredAt);

  return (
    <article
      aria-busy={isSaving || undefined}
      className={cn(
        "w-[85%] rounded-lg border border-stone-200 bg-white px-3.5 py-2.5 shadow-xs",
        isInbound ? "mr-auto border-l-4 border-l-inbound" : "ml-auto border-r-4 border-r-outbound",
        isSaving && "border-dashed opacity-80",
      )}
    >
      <div className="flex items-start gap-3">
        <DirectionIcon direction={entry.direction} />
        <div className="min-w-0 flex-1 space-y-0.5">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span
              title={directionDescriptions[entry.direction]}
              className={cn(
                "text-xs font-semibold tracking-wide uppercase",
                isInbound ? "text-inbound" : "text-outbound",
              )}
            >
              {directionLabels[entry.direction]}
            </span>
            <span className="sr-only">({directionDescriptions[entry.direction]})</span>
            <span className="font-semibold text-stone-900">{eventLabel(entry.type, entry.name)}</span>
            {isSaving ? (
              <span className="inline-flex items-center gap-1 text-xs font-medium text-stone-600">
                <LoaderCircle aria-hidden="true" className="size-3.5 animate-spin" />
                {timelineCopy.saving}
              </span>
            ) : null}
          </p>
          {entry.summary ? <p className="text-sm break-words text-stone-700">{entry.summary}</p> : null}
          <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-stone-500">
            <span>{channelLabels[entry.channel]}</span>
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
            title={formatDateTime(occurredAt)}
            className="text-sm text-stone-600 tabular-nums"
          >
            {formatTime(occurredAt)}
          </time>
          {isSaving ? null : (
            <button
              type="button"
              aria-expanded={isExpanded}
              aria-controls={detailsId}
              onClick={() => setIsExpanded((value) => !value)}
              className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50"
            >
              {isExpanded ? timelineCopy.hideDetails : timelineCopy.details}
              <span className="sr-only">: {eventLabel(entry.type, entry.name)}</span>
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
