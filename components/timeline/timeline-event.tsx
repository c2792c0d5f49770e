import { MapPin } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { TimelineEvent as TimelineEventData } from "@/lib/customers/get-customer-profile";
import { formatDateTime, formatTime } from "@/lib/format/dates";
import { channelLabels, directionDescriptions, directionLabels, eventLabel } from "@/lib/format/labels";
import { DirectionIcon } from "./direction-icon";

/** One event card. Inbound sits on the left and outbound on the right, like a conversation. */
export function TimelineEvent({ event }: { event: TimelineEventData }) {
  const isInbound = event.direction === "inbound";
  return (
    <div
      className={cn(
        "flex w-[85%] items-start gap-3 rounded-lg border bg-white px-3.5 py-2.5 shadow-xs",
        isInbound
          ? "mr-auto border-stone-200 border-l-4 border-l-inbound"
          : "ml-auto border-stone-200 border-r-4 border-r-outbound",
      )}
    >
      <DirectionIcon direction={event.direction} />
      <div className="min-w-0 flex-1 space-y-0.5">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span
            title={directionDescriptions[event.direction]}
            className={cn(
              "text-xs font-semibold tracking-wide uppercase",
              isInbound ? "text-inbound" : "text-outbound",
            )}
          >
            {directionLabels[event.direction]}
          </span>
          <span className="sr-only">({directionDescriptions[event.direction]})</span>
          <span className="font-semibold text-stone-900">{eventLabel(event.type, event.name)}</span>
        </p>
        {event.summary ? <p className="text-sm text-stone-700">{event.summary}</p> : null}
        <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-stone-500">
          <span>{channelLabels[event.channel]}</span>
          {event.locationName ? (
            <>
              <span aria-hidden="true">·</span>
              <span className="inline-flex items-center gap-1">
                <MapPin aria-hidden="true" className="size-3.5" />
                {event.locationName}
              </span>
            </>
          ) : null}
        </p>
      </div>
      <time
        dateTime={event.occurredAt.toISOString()}
        title={formatDateTime(event.occurredAt)}
        className="shrink-0 text-sm text-stone-600 tabular-nums"
      >
        {formatTime(event.occurredAt)}
      </time>
    </div>
  );
}
