"use client";

import { CalendarClock, CircleAlert, RotateCcw, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { TimelineLocation, TimelinePage } from "@/lib/timeline/timeline-types";
import { DirectionIcon } from "./direction-icon";
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
  const labels = useTranslations("labels");
  return (
    <div
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs text-stone-700"
      aria-hidden="true"
    >
      {(["inbound", "outbound"] as const).map((direction) => (
        <span key={direction} className="flex items-center gap-1.5">
          <DirectionIcon direction={direction} className="size-5 [&_svg]:size-3" />
          <span>
            <span className="font-semibold">{labels(`direction.${direction}`)}:</span>{" "}
            {labels(`directionDescription.${direction}`).toLowerCase()}
          </span>
        </span>
      ))}
    </div>
  );
}

/** The journey below the greeting card: filterable, grouped by day, scrolling on keyset cursors. */
export function CustomerTimeline({ customerId, initialPage, locations }: CustomerTimelineProps) {
  const t = useTranslations("timeline");
  const actions = useTranslations("common.actions");
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
  if (query.isPending) body = <TimelineSkeleton label={t("loading")} />;
  else if (query.isError && events.length === 0)
    body = (
      <EmptyState
        as="h3"
        icon={CircleAlert}
        title={t("errorTitle")}
        description={<span role="alert">{query.error.message}</span>}
        action={
          <Button variant="secondary" className="h-11" onClick={() => void query.refetch()}>
            <RotateCcw aria-hidden="true" />
            {actions("retry")}
          </Button>
        }
      />
    );
  else if (events.length === 0 && !query.hasNextPage)
    body = hasFilters ? (
      <EmptyState
        as="h3"
        icon={SearchX}
        title={t("noMatchTitle")}
        description={t("noMatchDescription")}
        action={
          <Button variant="secondary" className="h-11" onClick={() => setFilters({})}>
            {t("clear")}
          </Button>
        }
      />
    ) : (
      <EmptyState as="h3" icon={CalendarClock} title={t("emptyTitle")} description={t("emptyDescription")} />
    );
  else
    body = (
      <>
        <TimelineDays days={days} customerId={customerId} labelledBy={headingId} />
        <TimelineFooter query={query} sentinelRef={sentinelRef} />
      </>
    );

  return (
    <Card className="px-3 py-4 sm:px-5">
      <section aria-labelledby={headingId} className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id={headingId} className="text-lg font-semibold text-stone-900">
            {t("heading")}
          </h2>
          <Legend />
        </div>
        <TimelineFilters filters={filters} locations={locations} onChange={setFilters} />
        {body}
      </section>
    </Card>
  );
}
