"use client";

import { CalendarClock, CircleAlert, RotateCcw, SearchX } from "lucide-react";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { dayKey, formatDate, formatDayHeading } from "@/lib/format/dates";
import { directionDescriptions, directionLabels } from "@/lib/format/labels";
import type { TimelineEntry as Entry, TimelineLocation, TimelinePage } from "@/lib/timeline/timeline-types";
import { DirectionIcon } from "./direction-icon";
import { timelineCopy } from "./timeline-copy";
import { TimelineEntry } from "./timeline-entry";
import { TimelineFilters } from "./timeline-filters";
import { TimelineSkeleton } from "./timeline-skeleton";
import { useInfiniteScroll } from "./use-infinite-scroll";
import { useTimelineFilters } from "./use-timeline-filters";
import { useTimelineQuery } from "./use-timeline-query";

type CustomerTimelineProps = {
  customerId: string;
  /** The first page, rendered on the server with the URL's filters. */
  initialPage: TimelinePage;
  /** Locations to filter by: where this customer has had activity. */
  locations: TimelineLocation[];
};

function groupByDay(events: Entry[]): { key: string; date: Date; events: Entry[] }[] {
  const days: { key: string; date: Date; events: Entry[] }[] = [];
  for (const event of events) {
    const date = new Date(event.occurredAt);
    const key = dayKey(date);
    const last = days.at(-1);
    if (last?.key === key) last.events.push(event);
    else days.push({ key, date, events: [event] });
  }
  return days;
}

function Legend() {
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-600"
      aria-hidden="true"
    >
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

/** The journey below the greeting card: filterable, grouped by day, scrolling on keyset cursors. */
export function CustomerTimeline({ customerId, initialPage, locations }: CustomerTimelineProps) {
  const headingId = useId();
  const { filters, setFilters } = useTimelineFilters();
  const query = useTimelineQuery(customerId, filters, initialPage);
  const events = useMemo(() => query.data?.pages.flatMap((page) => page.events) ?? [], [query.data]);
  const days = useMemo(() => groupByDay(events), [events]);
  const lastPage = query.data?.pages.at(-1);
  const sentinelRef = useInfiniteScroll({
    canLoad: query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError,
    load: () => void query.fetchNextPage(),
    pageCount: query.data?.pages.length ?? 0,
  });
  const hasFilters = Object.keys(filters).length > 0;
  const now = new Date();

  let body;
  if (query.isPending) body = <TimelineSkeleton label={timelineCopy.loading} />;
  else if (query.isError && events.length === 0)
    body = (
      <EmptyState
        as="h3"
        icon={CircleAlert}
        title={timelineCopy.errorTitle}
        description={<span role="alert">{query.error.message}</span>}
        action={
          <Button variant="secondary" onClick={() => void query.refetch()}>
            <RotateCcw aria-hidden="true" />
            {timelineCopy.retry}
          </Button>
        }
      />
    );
  else if (events.length === 0 && !query.hasNextPage)
    body = hasFilters ? (
      <EmptyState
        as="h3"
        icon={SearchX}
        title={timelineCopy.noMatchTitle}
        description={timelineCopy.noMatchDescription}
        action={
          <Button variant="secondary" onClick={() => setFilters({})}>
            {timelineCopy.clear}
          </Button>
        }
      />
    ) : (
      <EmptyState
        as="h3"
        icon={CalendarClock}
        title={timelineCopy.emptyTitle}
        description={timelineCopy.emptyDescription}
      />
    );
  else
    body = (
      <>
        <ol aria-labelledby={headingId} className="space-y-4">
          {days.map((day) => (
            <li key={day.key}>
              <h3 className="sticky top-[57px] z-10 -mx-1 mb-2 flex items-center gap-3 bg-white/95 px-1 py-1.5 text-sm font-semibold text-stone-700 backdrop-blur">
                <span className="shrink-0">{formatDayHeading(day.date, now)}</span>
                <span aria-hidden="true" className="h-px flex-1 bg-stone-200" />
              </h3>
              <ol className="space-y-2.5">
                {day.events.map((event) => (
                  <li key={event.id}>
                    <TimelineEntry customerId={customerId} entry={event} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
        <div className="space-y-2 border-t border-stone-100 pt-3 text-center text-sm text-stone-600">
          <p role="status" aria-live="polite">
            {query.isFetchingNextPage
              ? timelineCopy.loadingMore
              : lastPage?.searchedBackTo && query.hasNextPage
                ? timelineCopy.searchingBack(formatDate(new Date(lastPage.searchedBackTo)))
                : !query.hasNextPage
                  ? timelineCopy.end
                  : ""}
          </p>
          {query.isFetchNextPageError ? (
            <p role="alert" className="text-red-700">
              {timelineCopy.errorTitle}: {query.error?.message}
            </p>
          ) : null}
          {query.hasNextPage ? (
            <>
              <div ref={sentinelRef} aria-hidden="true" className="h-px" />
              <Button
                variant="secondary"
                size="sm"
                disabled={query.isFetchingNextPage}
                onClick={() => void query.fetchNextPage()}
              >
                {query.isFetchNextPageError ? <RotateCcw aria-hidden="true" /> : null}
                {query.isFetchNextPageError ? timelineCopy.retry : timelineCopy.loadMore}
              </Button>
            </>
          ) : null}
        </div>
      </>
    );

  return (
    <Card className="px-5 py-4">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold text-stone-900">
            {timelineCopy.heading}
          </h2>
          <Legend />
        </div>
        <TimelineFilters filters={filters} locations={locations} onChange={setFilters} />
        {body}
      </section>
    </Card>
  );
}
