import { CalendarClock } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TimelineEvent as TimelineEventData } from "@/lib/customers/get-customer-profile";
import { dayKey, formatDayHeading } from "@/lib/format/dates";
import { directionDescriptions, directionLabels } from "@/lib/format/labels";
import { DirectionIcon } from "./direction-icon";
import { TimelineEvent } from "./timeline-event";

type JourneyTimelineProps = { events: TimelineEventData[]; hasMore: boolean; now: Date };

function Legend() {
  return (
    <div className="flex items-center justify-between gap-4 text-xs text-stone-600" aria-hidden="true">
      {(["inbound", "outbound"] as const).map((direction) => (
        <span key={direction} className="flex items-center gap-1.5">
          <DirectionIcon direction={direction} className="size-5 [&_svg]:size-3" />
          <span>
            <span className="font-semibold">{directionLabels[direction]}:</span>{" "}
            {directionDescriptions[direction].toLowerCase()}
          </span>
        </span>
      ))}
    </div>
  );
}

export function JourneyTimeline({ events, hasMore, now }: JourneyTimelineProps) {
  const headingId = "journey-heading";
  return (
    <Card className="px-5 py-4">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold text-stone-900">
            Journey
          </h2>
          {events.length > 0 ? (
            <p className="text-sm text-stone-500">
              {hasMore
                ? `Latest ${events.length} events`
                : `${events.length} ${events.length === 1 ? "event" : "events"}`}
              , newest first
            </p>
          ) : null}
        </div>
        {events.length === 0 ? (
          <EmptyState
            as="h3"
            icon={CalendarClock}
            title="No journey events yet"
            description="Bookings, orders, emails, visits and notes appear here as soon as they come in."
          />
        ) : (
          <>
            <Legend />
            <ol aria-labelledby={headingId} className="space-y-2.5">
              {events.map((event, index) => {
                const previous = events[index - 1];
                const startsDay = !previous || dayKey(previous.occurredAt) !== dayKey(event.occurredAt);
                return (
                  <li key={event.id} className={startsDay && index > 0 ? "pt-3" : undefined}>
                    {startsDay ? (
                      <h3 className="mb-2.5 flex items-center gap-3 text-sm font-semibold text-stone-700">
                        <span className="shrink-0">{formatDayHeading(event.occurredAt, now)}</span>
                        <span aria-hidden="true" className="h-px flex-1 bg-stone-200" />
                      </h3>
                    ) : null}
                    <TimelineEvent event={event} />
                  </li>
                );
              })}
            </ol>
            {hasMore ? (
              <p className="border-t border-stone-100 pt-3 text-center text-sm text-stone-500">
                Showing the latest {events.length} events.
              </p>
            ) : null}
          </>
        )}
      </section>
    </Card>
  );
}
