import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatDecimal, formatNumber, formatPercent } from "@/lib/format/numbers";
import { getDeskContext } from "@/lib/insights/get-desk-context";
import type { InsightRequest } from "@/lib/insights/insight-request";
import {
  deskLocationsTakeaway,
  deskStaffTakeaway,
  deskTrendTakeaway,
} from "@/lib/insights/insight-takeaways";
import type { DeskFigures, InsightLocation } from "@/lib/insights/manager-insights-types";
import { PALETTE, PREVIOUS_COLOR, type ChartSeries } from "./chart-spec";
import { csvName, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightFigures, InsightSection } from "./insight-section";
import { periodBuckets, ratio } from "./series";

export async function DeskSection({
  actor,
  request,
  locations,
}: {
  actor: Actor;
  request: InsightRequest;
  locations: InsightLocation[];
}) {
  const [data, t, locale] = await Promise.all([
    getDeskContext(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const opened = (figures: DeskFigures) => ratio(figures.cardOpened, figures.actions);
  const perHundred = (figures: DeskFigures) =>
    figures.actions > 0 ? ((figures.notes + figures.facts) / figures.actions) * 100 : null;
  const percent = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const decimal = (value: number | null) => (value === null ? "–" : formatDecimal(value, locale));

  const buckets = periodBuckets(period, locale);
  const at = (bucket: string, isCurrent: boolean) =>
    data.trend.find((row) => row.bucket === bucket && row.isCurrent === isCurrent);
  const trendSeries: ChartSeries[] = [
    {
      key: "share",
      label: t("charts.deskTrend.share"),
      color: PALETTE[0],
      values: buckets.current.map((bucket) => {
        const row = at(bucket, true);
        return row ? opened(row) : null;
      }),
    },
  ];
  if (request.compare)
    trendSeries.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      isPrevious: true,
      values: buckets.previous.map((bucket) => {
        const row = at(bucket, false);
        return row ? opened(row) : null;
      }),
    });
  const trendTable = {
    columns: [
      { label: t("charts.channelsTrend.bucket") },
      { label: t("charts.deskTrend.actions"), isNumeric: true },
      { label: t("charts.deskTrend.opened"), isNumeric: true },
      { label: t("charts.deskTrend.share"), isNumeric: true },
    ],
    rows: buckets.current
      .map((bucket, index) => ({ bucket, index, row: at(bucket, true) }))
      .filter(({ row }) => row && row.actions > 0)
      .map(({ bucket, index, row }) => ({
        cells: [
          buckets.labels[index]!,
          formatNumber(row!.actions, locale),
          formatNumber(row!.cardOpened, locale),
          percent(opened(row!)),
        ],
        csv: [bucket, row!.actions, row!.cardOpened, opened(row!)],
      })),
  };

  const nameOf = (id: string) => locations.find((location) => location.id === id)?.name ?? id;
  const byLocation = data.byLocation
    .filter((row) => row.actions > 0)
    .sort((a, b) => nameOf(a.locationId).localeCompare(nameOf(b.locationId)) || a.kind.localeCompare(b.kind));
  const kindLabel = (kind: string) => t(`charts.deskLocations.kinds.${kind}`);
  const locationLabel = (row: { locationId: string; kind: string }) =>
    `${nameOf(row.locationId)} · ${kindLabel(row.kind)}`;
  const locationSeries: ChartSeries[] = [
    { key: "share", label: t("panel.thisPeriod"), color: PALETTE[0], values: byLocation.map(opened) },
  ];
  if (request.compare)
    locationSeries.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      isPrevious: true,
      values: byLocation.map((row) => row.previousShare),
    });
  const locationTable = {
    columns: [
      { label: t("charts.deskLocations.location") },
      { label: t("charts.deskTrend.actions"), isNumeric: true },
      { label: t("charts.deskTrend.share"), isNumeric: true },
      { label: t("charts.deskLocations.notes"), isNumeric: true },
      { label: t("charts.deskLocations.facts"), isNumeric: true },
      { label: t("charts.deskLocations.perHundred"), isNumeric: true },
      { label: t("charts.deskLocations.reused"), isNumeric: true },
      {
        label: `${t("charts.deskTrend.share")} (${t("panel.previousPeriod").toLowerCase()})`,
        isNumeric: true,
      },
    ],
    rows: byLocation.map((row) => ({
      cells: [
        locationLabel(row),
        formatNumber(row.actions, locale),
        percent(opened(row)),
        formatNumber(row.notes, locale),
        formatNumber(row.facts, locale),
        decimal(perHundred(row)),
        formatNumber(row.factsReused, locale),
        percent(row.previousShare),
      ],
      csv: [
        nameOf(row.locationId),
        row.kind,
        row.actions,
        opened(row),
        row.notes,
        row.facts,
        perHundred(row),
        row.factsReused,
        row.previousShare,
      ],
    })),
  };
  // The CSV names the kind in a column of its own.
  locationTable.columns.splice(1, 0, { label: t("charts.deskLocations.kind") });
  locationTable.rows = locationTable.rows.map((row, index) => ({
    cells: [row.cells[0]!, kindLabel(byLocation[index]!.kind), ...row.cells.slice(1)],
    csv: row.csv,
  }));

  const staff = data.byStaff.filter((row) => row.actions > 0);
  const staffRows = [
    ...staff,
    ...(data.bySourceSystems.actions > 0
      ? [{ staffUserId: "", name: t("charts.deskStaff.sourceSystems"), ...data.bySourceSystems }]
      : []),
  ];
  const staffTable = {
    columns: [
      { label: t("charts.deskStaff.name") },
      { label: t("charts.deskTrend.actions"), isNumeric: true },
      { label: t("charts.deskTrend.share"), isNumeric: true },
      { label: t("charts.deskLocations.notes"), isNumeric: true },
      { label: t("charts.deskLocations.facts"), isNumeric: true },
      { label: t("charts.deskLocations.reused"), isNumeric: true },
    ],
    rows: staffRows.map((row) => ({
      cells: [
        row.name,
        formatNumber(row.actions, locale),
        percent(opened(row)),
        formatNumber(row.notes, locale),
        formatNumber(row.facts, locale),
        formatNumber(row.factsReused, locale),
      ],
      csv: [row.name, row.actions, opened(row), row.notes, row.facts, row.factsReused],
    })),
  };

  const { current, previous } = data;
  const compared = (text: string) => (request.compare ? `${t("panel.previousPeriod")}: ${text}` : undefined);
  return (
    <InsightSection
      id="desk"
      title={t("sections.desk.title")}
      description={t("sections.desk.description")}
      figures={
        <InsightFigures
          items={[
            {
              label: t("charts.deskTrend.share"),
              value: percent(opened(current)),
              detail: compared(percent(opened(previous))),
            },
            {
              label: t("charts.deskLocations.perHundred"),
              value: decimal(perHundred(current)),
              detail: compared(decimal(perHundred(previous))),
            },
            {
              label: t("charts.deskLocations.reused"),
              value: formatNumber(current.factsReused, locale),
              detail: compared(formatNumber(previous.factsReused, locale)),
            },
            {
              label: t("charts.deskTrend.actions"),
              value: formatNumber(current.actions, locale),
              detail: compared(formatNumber(previous.actions, locale)),
            },
          ]}
        />
      }
    >
      <InsightPanel
        id="desk-trend"
        title={t("charts.deskTrend.title")}
        takeaway={takeawayText(deskTrendTakeaway(data), t, locale)}
        chart={{
          type: "line",
          categories: buckets.labels,
          series: trendSeries,
          format: "percent",
          valueLabel: t("charts.deskTrend.share"),
        }}
        table={trendTable}
        csvName={csvName("desk-card-opened", period)}
      />
      <InsightPanel
        id="desk-locations"
        title={t("charts.deskLocations.title")}
        takeaway={takeawayText(deskLocationsTakeaway(data), t, locale)}
        chart={{
          type: "horizontalBar",
          categories: byLocation.map(locationLabel),
          series: locationSeries,
          format: "percent",
          valueLabel: t("charts.deskTrend.share"),
        }}
        table={locationTable}
        csvName={csvName("desk-by-location", period)}
      />
      <InsightPanel
        id="desk-staff"
        title={t("charts.deskStaff.title")}
        takeaway={takeawayText(deskStaffTakeaway(data), t, locale)}
        chart={{
          type: "horizontalBar",
          categories: staffRows.map((row) => row.name),
          series: [
            {
              key: "share",
              label: t("charts.deskTrend.share"),
              color: PALETTE[0],
              values: staffRows.map(opened),
            },
          ],
          format: "percent",
          valueLabel: t("charts.deskTrend.share"),
        }}
        table={staffTable}
        csvName={csvName("desk-by-staff", period)}
      />
    </InsightSection>
  );
}
