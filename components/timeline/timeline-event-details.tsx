"use client";

import { CircleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format/dates";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { timelineCopy } from "./timeline-copy";
import { useTimelineEventDetail } from "./use-timeline-query";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3">
      <dt className="text-stone-500">{label}</dt>
      <dd className="min-w-0 break-words text-stone-800">{children}</dd>
    </div>
  );
}

/** What an expanded event shows: where it came from, who logged it, and everything the source sent. */
export function TimelineEventDetails({ customerId, entry }: { customerId: string; entry: TimelineEntry }) {
  const detail = useTimelineEventDetail(customerId, entry.id, true);
  const data = detail.data;
  const campaign = data ? [data.utmSource, data.utmMedium, data.utmCampaign].filter(Boolean).join(" / ") : "";

  return (
    <div className="space-y-3 border-t border-stone-100 pt-3 text-sm">
      <dl className="space-y-1.5">
        <Row label={timelineCopy.occurredAt}>{formatDateTime(new Date(entry.occurredAt))}</Row>
        <Row label={timelineCopy.source}>
          {entry.source === "gastvrij" ? timelineCopy.gastvrijSource : entry.source}
        </Row>
        <Row label={timelineCopy.sourceEventId}>
          <code className="text-xs">{entry.sourceEventId}</code>
        </Row>
        {entry.authorName ? <Row label={timelineCopy.loggedBy}>{entry.authorName}</Row> : null}
        {entry.reason ? <Row label={timelineCopy.reason}>{entry.reason}</Row> : null}
        {entry.withinPolicy !== null ? (
          <Row label={timelineCopy.contactPolicy}>
            {timelineCopy.withinPolicy[entry.withinPolicy ? "true" : "false"]}
          </Row>
        ) : null}
        {data ? (
          <>
            {campaign ? <Row label={timelineCopy.campaign}>{campaign}</Row> : null}
            <Row label={timelineCopy.receivedAt}>{formatDateTime(new Date(data.receivedAt))}</Row>
          </>
        ) : null}
      </dl>
      <div>
        <p className="mb-1 font-medium text-stone-700">{timelineCopy.payload}</p>
        {detail.isPending ? (
          <div role="status">
            <span className="sr-only">{timelineCopy.detailsLoading}</span>
            <Skeleton className="h-16 w-full" />
          </div>
        ) : detail.isError ? (
          <p role="alert" className="flex items-center gap-1.5 text-red-700">
            <CircleAlert aria-hidden="true" className="size-4" />
            {timelineCopy.detailsError} {detail.error.message}
          </p>
        ) : data?.payload && Object.keys(data.payload).length > 0 ? (
          <pre className="max-h-64 overflow-auto rounded-md bg-stone-50 p-3 text-xs text-stone-800">
            {JSON.stringify(data.payload, null, 2)}
          </pre>
        ) : (
          <p className="text-stone-500">{timelineCopy.noPayload}</p>
        )}
      </div>
    </div>
  );
}
