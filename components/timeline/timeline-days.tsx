"use client";

import { RotateCcw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { RefCallback } from "react";
import { Button } from "@/components/ui/button";
import { dayKey, formatDate, formatDayHeading } from "@/lib/format/dates";
import type { TimelineEntry as Entry } from "@/lib/timeline/timeline-types";
import { TimelineEntry } from "./timeline-entry";
import type { useTimelineQuery } from "./use-timeline-query";

type Day = { key: string; date: Date; events: Entry[] };

export function groupByDay(events: Entry[]): { key: string; date: Date; events: Entry[] }[] {
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

/** The journey's events under a sticky heading per day. */
export function TimelineDays({
  days,
  customerId,
  labelledBy,
}: {
  days: Day[];
  customerId: string;
  labelledBy: string;
}) {
  const locale = useLocale();
  const now = new Date();
  return (
    <ol aria-labelledby={labelledBy} className="space-y-4">
      {days.map((day) => (
        <li key={day.key}>
          <h3 className="sticky top-[57px] z-10 -mx-1 mb-2 flex items-center gap-3 bg-white/95 px-1 py-1.5 text-sm font-semibold text-stone-700 backdrop-blur">
            <span className="shrink-0">{formatDayHeading(day.date, now, locale)}</span>
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
  );
}

/** Below the last event: loading more, how far back it searched, the end, or a retry. */
export function TimelineFooter({
  query,
  sentinelRef,
}: {
  query: ReturnType<typeof useTimelineQuery>;
  sentinelRef: RefCallback<HTMLDivElement>;
}) {
  const t = useTranslations("timeline");
  const actions = useTranslations("common.actions");
  const locale = useLocale();
  const lastPage = query.data?.pages.at(-1);
  return (
    <div className="space-y-2 border-t border-stone-100 pt-3 text-center text-sm text-stone-600">
      <p role="status" aria-live="polite">
        {query.isFetchingNextPage
          ? t("loadingMore")
          : lastPage?.searchedBackTo && query.hasNextPage
            ? t("searchingBack", { date: formatDate(new Date(lastPage.searchedBackTo), locale) })
            : !query.hasNextPage
              ? t("end")
              : ""}
      </p>
      {query.isFetchNextPageError ? (
        <p role="alert" className="text-red-700">
          {t("errorTitle")}: {query.error?.message}
        </p>
      ) : null}
      {query.hasNextPage ? (
        <>
          <div ref={sentinelRef} aria-hidden="true" className="h-px" />
          <Button
            variant="secondary"
            className="h-11"
            disabled={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            {query.isFetchNextPageError ? <RotateCcw aria-hidden="true" /> : null}
            {query.isFetchNextPageError ? actions("retry") : t("loadMore")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
