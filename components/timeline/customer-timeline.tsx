"use client";

import { CalendarClock, CircleAlert, RotateCcw, SearchX } from "lucide-react";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { directionDescriptions, directionLabels } from "@/lib/format/labels";
import type { TimelineLocation, TimelinePage } from "@/lib/timeline/timeline-types";
import { DirectionIcon } from "./direction-icon";
import { timelineCopy } from "./timeline-copy";
import { TimelineFilters } from "./timeline-filters";
import { groupByDay, TimelineDays, TimelineFooter } from "./timeline-days";
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
  const sentinelRef = useInfiniteScroll({
    canLoad: query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError,
    load: () => void query.fetchNextPage(),
    pageCount: query.data?.pages.length ?? 0,
  });
  const hasFilters = Object.keys(filters).length > 0;

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
        <TimelineDays days={days} customerId={customerId} labelledBy={headingId} />
        <TimelineFooter query={query} sentinelRef={sentinelRef} />
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
