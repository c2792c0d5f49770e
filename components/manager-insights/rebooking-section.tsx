import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { formatCurrency, formatDecimal, formatNumber, formatPercent } from "@/lib/format/numbers";
import { getDirectRebooking } from "@/lib/insights/get-direct-rebooking";
import type { InsightRequest } from "@/lib/insights/insight-request";
import { rebookingLocationsTakeaway, rebookingTakeaway } from "@/lib/insights/insight-takeaways";
import type { InsightLocation } from "@/lib/insights/manager-insights-types";
import { PALETTE, PREVIOUS_COLOR, type ChartSeries } from "./chart-spec";
import { csvName, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightFigures, InsightSection } from "./insight-section";
import { periodBuckets, ratio } from "./series";

export async function RebookingSection({
  actor,
  request,
  locations,
}: {
  actor: Actor;
  request: InsightRequest;
  locations: InsightLocation[];
}) {
  const [data, t, locale] = await Promise.all([
    getDirectRebooking(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const buckets = periodBuckets(period, locale);
  const at = (bucket: string, isCurrent: boolean) =>
    data.series.find((row) => row.bucket === bucket && row.isCurrent === isCurrent);
  const shares = buckets.current.map((bucket) => {
    const row = at(bucket, true);
    return row ? ratio(row.direct, row.returns) : null;
  });
  const series: ChartSeries[] = [
    { key: "share", label: t("charts.rebookingTrend.share"), color: PALETTE[2], values: shares },
  ];
  if (request.compare)
    series.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      isPrevious: true,
      values: buckets.previous.map((bucket) => {
        const row = at(bucket, false);
        return row ? ratio(row.direct, row.returns) : null;
      }),
    });
  const percent = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const trendTable = {
    columns: [
      { label: t("charts.channelsTrend.bucket") },
      { label: t("charts.rebookingTrend.returns"), isNumeric: true },
      { label: t("charts.rebookingTrend.direct"), isNumeric: true },
      { label: t("charts.rebookingTrend.share"), isNumeric: true },
      { label: t("charts.rebookingTrend.saved"), isNumeric: true },
      { label: t("charts.rebookingTrend.withoutValue"), isNumeric: true },
    ],
    rows: buckets.current
      .map((bucket, index) => ({ bucket, index, row: at(bucket, true) }))
      .filter(({ row }) => row && row.returns > 0)
      .map(({ bucket, index, row }) => ({
        cells: [
          buckets.labels[index]!,
          formatNumber(row!.returns, locale),
          formatNumber(row!.direct, locale),
          percent(ratio(row!.direct, row!.returns)),
          formatCurrency(row!.commissionSaved, locale),
          formatNumber(row!.directWithoutValue, locale),
        ],
        csv: [
          bucket,
          row!.returns,
          row!.direct,
          ratio(row!.direct, row!.returns),
          row!.commissionSaved,
          row!.directWithoutValue,
        ],
      })),
  };
  const nameOf = (id: string) => locations.find((location) => location.id === id)?.name ?? id;
  const byLocation = [...data.byLocation].sort((a, b) =>
    nameOf(a.locationId).localeCompare(nameOf(b.locationId)),
  );
  const locationTable = {
    columns: [
      { label: t("charts.rebookingLocations.location") },
      { label: t("charts.rebookingTrend.returns"), isNumeric: true },
      { label: t("charts.rebookingTrend.direct"), isNumeric: true },
      { label: t("charts.rebookingTrend.share"), isNumeric: true },
      { label: t("charts.rebookingTrend.saved"), isNumeric: true },
    ],
    rows: byLocation.map((row) => ({
      cells: [
        nameOf(row.locationId),
        formatNumber(row.returns, locale),
        formatNumber(row.direct, locale),
        percent(ratio(row.direct, row.returns)),
        formatCurrency(row.commissionSaved, locale),
      ],
      csv: [
        nameOf(row.locationId),
        row.returns,
        row.direct,
        ratio(row.direct, row.returns),
        row.commissionSaved,
      ],
    })),
  };
  const { current, previous, rates } = data;
  const ratesLine =
    rates.version === 0
      ? t("commission.defaults", {
          booking_com: formatDecimal(rates.booking_com, locale),
          expedia: formatDecimal(rates.expedia, locale),
        })
      : t("commission.inForce", {
          booking_com: formatDecimal(rates.booking_com, locale),
          expedia: formatDecimal(rates.expedia, locale),
        });
  return (
    <InsightSection
      id="rebooking"
      title={t("sections.rebooking.title")}
      description={t("sections.rebooking.description")}
      figures={
        <div className="space-y-2">
          <InsightFigures
            items={[
              {
                label: t("charts.rebookingTrend.returns"),
                value: formatNumber(current.returns, locale),
                detail: request.compare
                  ? `${t("panel.previousPeriod")}: ${formatNumber(previous.returns, locale)}`
                  : undefined,
              },
              {
                label: t("charts.rebookingTrend.share"),
                value: percent(ratio(current.direct, current.returns)),
                detail: request.compare
                  ? `${t("panel.previousPeriod")}: ${percent(ratio(previous.direct, previous.returns))}`
                  : undefined,
              },
              {
                label: t("charts.rebookingTrend.saved"),
                value: formatCurrency(current.commissionSaved, locale),
                detail: request.compare
                  ? `${t("panel.previousPeriod")}: ${formatCurrency(previous.commissionSaved, locale)}`
                  : undefined,
              },
            ]}
          />
          <p className="text-sm text-stone-600">
            {ratesLine}
            {can(actor.role, "policy.manage") ? (
              <>
                {" "}
                <Link
                  href="/insights/commission"
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4"
                >
                  {t("commission.manage")}
                </Link>
              </>
            ) : null}
          </p>
        </div>
      }
    >
      <InsightPanel
        id="rebooking-trend"
        title={t("charts.rebookingTrend.title")}
        takeaway={takeawayText(rebookingTakeaway(data), t, locale)}
        chart={{
          type: "line",
          categories: buckets.labels,
          series,
          format: "percent",
          valueLabel: t("charts.rebookingTrend.share"),
        }}
        table={trendTable}
        csvName={csvName("direct-rebooking", period)}
      />
      <InsightPanel
        id="rebooking-locations"
        title={t("charts.rebookingLocations.title")}
        takeaway={takeawayText(rebookingLocationsTakeaway(data, locations), t, locale)}
        chart={{
          type: "horizontalBar",
          categories: byLocation.map((row) => nameOf(row.locationId)),
          series: [
            {
              key: "share",
              label: t("charts.rebookingTrend.share"),
              color: PALETTE[2],
              values: byLocation.map((row) => ratio(row.direct, row.returns)),
            },
          ],
          format: "percent",
          valueLabel: t("charts.rebookingTrend.share"),
        }}
        table={locationTable}
        csvName={csvName("direct-rebooking-by-location", period)}
      />
    </InsightSection>
  );
}
