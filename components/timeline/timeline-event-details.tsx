"use client";

import { CircleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/lib/format/dates";
import type { TimelineEntry } from "@/lib/timeline/timeline-types";
import { useTimelineEventDetail } from "./use-timeline-query";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-x-3 sm:grid-cols-[9rem_1fr]">
      <dt className="text-stone-600">{label}</dt>
      <dd className="min-w-0 break-words text-stone-800">{children}</dd>
    </div>
  );
}

/** What an expanded event shows: where it came from, who logged it, and everything the source sent. */
export function TimelineEventDetails({ customerId, entry }: { customerId: string; entry: TimelineEntry }) {
  const t = useTranslations("timeline");
  const locale = useLocale();
  const detail = useTimelineEventDetail(customerId, entry.id, true);
  const data = detail.data;
  const campaign = data ? [data.utmSource, data.utmMedium, data.utmCampaign].filter(Boolean).join(" / ") : "";

  return (
    <div className="space-y-3 border-t border-stone-100 pt-3 text-sm">
      <dl className="space-y-1.5">
        <Row label={t("occurredAt")}>{formatDateTime(new Date(entry.occurredAt), locale)}</Row>
        <Row label={t("source")}>{entry.source === "gastvrij" ? t("gastvrijSource") : entry.source}</Row>
        <Row label={t("sourceEventId")}>
          <code className="text-xs break-all">{entry.sourceEventId}</code>
        </Row>
        {entry.authorName ? <Row label={t("loggedBy")}>{entry.authorName}</Row> : null}
        {entry.reason ? <Row label={t("reason")}>{entry.reason}</Row> : null}
        {entry.withinPolicy !== null ? (
          <Row label={t("contactPolicy")}>{entry.withinPolicy ? t("withinPolicy") : t("overPolicy")}</Row>
        ) : null}
        {data ? (
          <>
            {campaign ? <Row label={t("campaign")}>{campaign}</Row> : null}
            <Row label={t("receivedAt")}>{formatDateTime(new Date(data.receivedAt), locale)}</Row>
          </>
        ) : null}
      </dl>
      <div>
        <p className="mb-1 font-medium text-stone-700">{t("payload")}</p>
        {detail.isPending ? (
          <div role="status">
            <span className="sr-only">{t("detailsLoading")}</span>
            <Skeleton className="h-16 w-full" />
          </div>
        ) : detail.isError ? (
          <p role="alert" className="flex items-center gap-1.5 text-red-700">
            <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
            {t("detailsError")} {detail.error.message}
          </p>
        ) : data?.payload && Object.keys(data.payload).length > 0 ? (
          <pre
            tabIndex={0}
            className="max-h-64 overflow-auto rounded-md bg-stone-50 p-3 text-xs whitespace-pre-wrap break-all text-stone-800"
          >
            {JSON.stringify(data.payload, null, 2)}
          </pre>
        ) : (
          <p className="text-stone-600">{t("noPayload")}</p>
        )}
      </div>
    </div>
  );
}
