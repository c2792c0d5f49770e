import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatDecimal, formatNumber } from "@/lib/format/numbers";
import { getComplaintInsights } from "@/lib/insights/get-complaint-insights";
import type { InsightRequest } from "@/lib/insights/insight-request";
import {
  backlogTakeaway,
  complaintRateTakeaway,
  complaintsFlowTakeaway,
  resolutionTakeaway,
} from "@/lib/insights/insight-takeaways";
import type { InsightLocation } from "@/lib/insights/manager-insights-types";
import { PALETTE, PREVIOUS_COLOR, type ChartSeries } from "./chart-spec";
import { csvName, dayLabel, durationLabel, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightSection } from "./insight-section";
import { perBucket, periodBuckets, ratio } from "./series";

export async function ComplaintsSection({
  actor,
  request,
  locations,
}: {
  actor: Actor;
  request: InsightRequest;
  locations: InsightLocation[];
}) {
  const [data, t, locale] = await Promise.all([
    getComplaintInsights(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const buckets = periodBuckets(period, locale);
  const current = data.weekly.filter((row) => row.isCurrent);
  const previous = data.weekly.filter((row) => !row.isCurrent);
  const opened = perBucket(
    current,
    buckets.current,
    (row) => row.bucket,
    (row) => row.opened,
  );
  const closed = perBucket(
    current,
    buckets.current,
    (row) => row.bucket,
    (row) => row.closed,
  );
  const previousOpened = perBucket(
    previous,
    buckets.previous,
    (row) => row.bucket,
    (row) => row.opened,
  );
  const previousClosed = perBucket(
    previous,
    buckets.previous,
    (row) => row.bucket,
    (row) => row.closed,
  );
  const flowSeries: ChartSeries[] = [
    { key: "opened", label: t("charts.complaintsWeekly.opened"), color: PALETTE[5], values: opened },
    { key: "closed", label: t("charts.complaintsWeekly.closed"), color: PALETTE[0], values: closed },
  ];
  if (request.compare)
    flowSeries.push({
      key: "previousOpened",
      label: `${t("charts.complaintsWeekly.opened")} (${t("panel.previousPeriod").toLowerCase()})`,
      color: PREVIOUS_COLOR,
      values: previousOpened,
      isPrevious: true,
    });
  const flowTable = {
    columns: [
      { label: t("charts.channelsTrend.bucket") },
      { label: t("charts.complaintsWeekly.opened"), isNumeric: true },
      { label: t("charts.complaintsWeekly.closed"), isNumeric: true },
      ...(request.compare
        ? [
            {
              label: `${t("charts.complaintsWeekly.opened")} (${t("panel.previousPeriod").toLowerCase()})`,
              isNumeric: true,
            },
            {
              label: `${t("charts.complaintsWeekly.closed")} (${t("panel.previousPeriod").toLowerCase()})`,
              isNumeric: true,
            },
          ]
        : []),
    ],
    rows:
      data.totals.opened.current + data.totals.closed.current === 0
        ? []
        : buckets.current.map((bucket, index) => {
            const raw = [
              opened[index]!,
              closed[index]!,
              ...(request.compare ? [previousOpened[index] ?? 0, previousClosed[index] ?? 0] : []),
            ];
            return {
              cells: [buckets.labels[index]!, ...raw.map((n) => formatNumber(n, locale))],
              csv: [bucket, ...raw],
            };
          }),
  };

  const ageLabel = (age: string) => t(`charts.backlog.ages.${age}`);
  const backlogOpen = data.backlog.reduce((sum, row) => sum + row.current + row.previous, 0);
  const backlogSeries: ChartSeries[] = [
    {
      key: "current",
      label: t("charts.backlog.atEnd", { day: dayLabel(period.to, locale) }),
      color: PALETTE[5],
      values: data.backlog.map((row) => row.current),
    },
  ];
  if (request.compare)
    backlogSeries.push({
      key: "previous",
      label: t("charts.backlog.atEnd", { day: dayLabel(period.previousTo, locale) }),
      color: PREVIOUS_COLOR,
      values: data.backlog.map((row) => row.previous),
      isPrevious: true,
    });
  const backlogTable = {
    columns: [
      { label: t("charts.backlog.age") },
      { label: t("charts.backlog.atEnd", { day: dayLabel(period.to, locale) }), isNumeric: true },
      { label: t("charts.backlog.atEnd", { day: dayLabel(period.previousTo, locale) }), isNumeric: true },
    ],
    rows:
      backlogOpen === 0
        ? []
        : data.backlog.map((row) => ({
            cells: [ageLabel(row.age), formatNumber(row.current, locale), formatNumber(row.previous, locale)],
            csv: [row.age, row.current, row.previous],
          })),
  };

  const { all, byReason } = data.resolution;
  const reasons = byReason.slice(0, 8);
  const resolutionSeries: ChartSeries[] = [
    {
      key: "median",
      label: t("charts.resolution.medianDays"),
      color: PALETTE[0],
      values: reasons.map((row) => hoursToDays(row.medianHours)),
    },
    {
      key: "p90",
      label: t("charts.resolution.p90Days"),
      color: PALETTE[1],
      values: reasons.map((row) => hoursToDays(row.p90Hours)),
    },
  ];
  const resolutionTable = {
    columns: [
      { label: t("charts.resolution.reason") },
      { label: t("charts.resolution.cases"), isNumeric: true },
      { label: t("charts.resolution.median"), isNumeric: true },
      { label: t("charts.resolution.p90"), isNumeric: true },
    ],
    rows:
      all.cases === 0
        ? []
        : [{ ...all, key: t("charts.resolution.all") }, ...byReason].map((row) => ({
            cells: [
              row.key,
              formatNumber(row.cases, locale),
              durationLabel(row.medianHours, t, locale),
              durationLabel(row.p90Hours, t, locale),
            ],
            csv: [row.key, row.cases, row.medianHours, row.p90Hours],
          })),
  };

  const nameOf = (id: string) => locations.find((location) => location.id === id)?.name ?? id;
  const perLocation = [...data.perLocation]
    .filter((row) => row.visits + row.previousVisits + row.complaints + row.previousComplaints > 0)
    .sort((a, b) => nameOf(a.locationId).localeCompare(nameOf(b.locationId)));
  const rate = (complaints: number, visits: number) => {
    const value = ratio(complaints, visits);
    return value === null ? null : value * 100;
  };
  const rateSeries: ChartSeries[] = [
    {
      key: "rate",
      label: t("panel.thisPeriod"),
      color: PALETTE[5],
      values: perLocation.map((row) => rate(row.complaints, row.visits)),
    },
  ];
  if (request.compare)
    rateSeries.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      values: perLocation.map((row) => rate(row.previousComplaints, row.previousVisits)),
      isPrevious: true,
    });
  const rateText = (value: number | null) => (value === null ? "–" : formatDecimal(value, locale));
  const rateTable = {
    columns: [
      { label: t("charts.rebookingLocations.location") },
      { label: t("charts.complaintRate.complaints"), isNumeric: true },
      { label: t("charts.complaintRate.visits"), isNumeric: true },
      { label: t("charts.complaintRate.rate"), isNumeric: true },
      {
        label: `${t("charts.complaintRate.rate")} (${t("panel.previousPeriod").toLowerCase()})`,
        isNumeric: true,
      },
    ],
    rows: perLocation.map((row) => ({
      cells: [
        nameOf(row.locationId),
        formatNumber(row.complaints, locale),
        formatNumber(row.visits, locale),
        rateText(rate(row.complaints, row.visits)),
        rateText(rate(row.previousComplaints, row.previousVisits)),
      ],
      csv: [
        nameOf(row.locationId),
        row.complaints,
        row.visits,
        rate(row.complaints, row.visits),
        rate(row.previousComplaints, row.previousVisits),
      ],
    })),
  };

  return (
    <InsightSection
      id="complaints"
      title={t("sections.complaints.title")}
      description={t("sections.complaints.description")}
    >
      <InsightPanel
        id="complaints-flow"
        title={t("charts.complaintsWeekly.title")}
        takeaway={takeawayText(complaintsFlowTakeaway(data), t, locale)}
        chart={{
          type: "bar",
          categories: buckets.labels,
          series: flowSeries,
          format: "number",
          valueLabel: t("charts.complaintRate.complaints"),
        }}
        table={flowTable}
        csvName={csvName("complaints-opened-closed", period)}
      />
      <InsightPanel
        id="complaints-backlog"
        title={t("charts.backlog.title")}
        takeaway={takeawayText(backlogTakeaway(data), t, locale)}
        chart={{
          type: "bar",
          categories: data.backlog.map((row) => ageLabel(row.age)),
          series: backlogSeries,
          format: "number",
          valueLabel: t("charts.complaintRate.complaints"),
        }}
        table={backlogTable}
        csvName={csvName("complaints-backlog", period)}
      />
      <InsightPanel
        id="complaints-resolution"
        title={t("charts.resolution.title")}
        takeaway={takeawayText(resolutionTakeaway(data), t, locale)}
        chart={{
          type: "horizontalBar",
          categories: reasons.map((row) => row.key),
          series: resolutionSeries,
          format: "decimal",
          valueLabel: t("charts.resolution.medianDays"),
        }}
        table={resolutionTable}
        csvName={csvName("complaints-resolution", period)}
      />
      <InsightPanel
        id="complaints-rate"
        title={t("charts.complaintRate.title")}
        takeaway={takeawayText(complaintRateTakeaway(data), t, locale)}
        chart={{
          type: "horizontalBar",
          categories: perLocation.map((row) => nameOf(row.locationId)),
          series: rateSeries,
          format: "decimal",
          valueLabel: t("charts.complaintRate.rate"),
        }}
        table={rateTable}
        csvName={csvName("complaints-per-100", period)}
      />
    </InsightSection>
  );
}

/** The resolution chart counts in days (hours read badly past two days); the table says it exactly. */
function hoursToDays(hours: number | null): number | null {
  return hours === null ? null : Math.round((hours / 24) * 10) / 10;
}
