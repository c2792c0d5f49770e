import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatNumber, formatPercent } from "@/lib/format/numbers";
import { getArrivalChannels } from "@/lib/insights/get-arrival-channels";
import type { InsightRequest } from "@/lib/insights/insight-request";
import { channelsTakeaway, firstTouchTakeaway } from "@/lib/insights/insight-takeaways";
import { ARRIVAL_CHANNELS, type ArrivalChannel } from "@/lib/insights/manager-insights-types";
import { OTHER_COLOR, PALETTE, PREVIOUS_COLOR, type ChartSeries } from "./chart-spec";
import { channelLabel, csvName, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightSection } from "./insight-section";
import { perBucket, periodBuckets, topKeys } from "./series";

/** Each channel keeps its colour in every chart; "other" is grey. */
export const CHANNEL_COLORS: Record<ArrivalChannel, string> = {
  booking_com: PALETTE[0],
  expedia: PALETTE[1],
  direct_web: PALETTE[2],
  app: PALETTE[3],
  phone: PALETTE[4],
  walk_in: PALETTE[5],
  campaign: PALETTE[6],
  referral: PALETTE[7],
  travel_agent: "#882255",
  other: OTHER_COLOR,
  unknown: OTHER_COLOR,
};
const SHOWN = 6;

export async function ChannelsSection({ actor, request }: { actor: Actor; request: InsightRequest }) {
  const [data, t, locale] = await Promise.all([
    getArrivalChannels(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const buckets = periodBuckets(period, locale);
  const totals = new Map(data.totals.map((row) => [row.channel as string, row.current]));
  const { shown, hasOther } = topKeys(totals, SHOWN);
  const groupOf = (channel: string) => (shown.includes(channel) ? channel : "other");
  const groups = [...shown, ...(hasOther ? ["other"] : [])];
  const current = data.series.filter((row) => row.isCurrent);
  const previous = data.series.filter((row) => !row.isCurrent);
  const valuesOf = (group: string) =>
    perBucket(
      current.filter((row) => groupOf(row.channel) === group),
      buckets.current,
      (row) => row.bucket,
      (row) => row.visits,
    );
  const totalPerBucket = perBucket(
    current,
    buckets.current,
    (row) => row.bucket,
    (row) => row.visits,
  );
  const previousPerBucket = perBucket(
    previous,
    buckets.previous,
    (row) => row.bucket,
    (row) => row.visits,
  );
  const series: ChartSeries[] = groups.map((group) => ({
    key: group,
    label: group === "other" ? t("panel.other") : channelLabel(group, t),
    color: group === "other" ? OTHER_COLOR : CHANNEL_COLORS[group as ArrivalChannel],
    values: valuesOf(group),
  }));
  if (request.compare)
    series.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      values: previousPerBucket,
      isPrevious: true,
    });
  const channelColumns = ARRIVAL_CHANNELS.filter((channel) => totals.has(channel));
  const trendTable = {
    columns: [
      { label: t("charts.channelsTrend.bucket") },
      ...channelColumns.map((channel) => ({ label: channelLabel(channel, t), isNumeric: true })),
      { label: t("charts.channelsTrend.total"), isNumeric: true },
      ...(request.compare ? [{ label: t("panel.previousPeriod"), isNumeric: true }] : []),
    ],
    rows: buckets.current.map((bucket, index) => {
      const counts = channelColumns.map(
        (channel) => current.find((row) => row.bucket === bucket && row.channel === channel)?.visits ?? 0,
      );
      const raw = [
        ...counts,
        totalPerBucket[index]!,
        ...(request.compare ? [previousPerBucket[index] ?? 0] : []),
      ];
      return {
        cells: [buckets.labels[index]!, ...raw.map((n) => formatNumber(n, locale))],
        csv: [bucket, ...raw],
      };
    }),
  };
  if (totalPerBucket.every((n) => n === 0)) trendTable.rows = [];

  // First touch against this visit: per first-touch channel, how this visit came in (shares).
  const touches = new Map<string, number>();
  for (const row of data.firstTouch)
    touches.set(row.firstTouch, (touches.get(row.firstTouch) ?? 0) + row.visits);
  const touchOrder = [...touches]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([key]) => key);
  const visitsBy = (touch: string, group: string) =>
    data.firstTouch
      .filter((row) => row.firstTouch === touch && groupOf(row.visitChannel) === group)
      .reduce((sum, row) => sum + row.visits, 0);
  const touchSeries: ChartSeries[] = groups.map((group) => ({
    key: group,
    label: group === "other" ? t("panel.other") : channelLabel(group, t),
    color: group === "other" ? OTHER_COLOR : CHANNEL_COLORS[group as ArrivalChannel],
    values: touchOrder.map((touch) => visitsBy(touch, group) / (touches.get(touch) || 1)),
  }));
  const touchTable = {
    columns: [
      { label: t("charts.firstTouch.firstTouch") },
      { label: t("charts.firstTouch.visits"), isNumeric: true },
      ...channelColumns.map((channel) => ({ label: channelLabel(channel, t), isNumeric: true })),
    ],
    rows: touchOrder.map((touch) => {
      const total = touches.get(touch)!;
      const counts = channelColumns.map((channel) =>
        data.firstTouch
          .filter((row) => row.firstTouch === touch && row.visitChannel === channel)
          .reduce((s, r) => s + r.visits, 0),
      );
      return {
        cells: [
          channelLabel(touch, t),
          formatNumber(total, locale),
          ...counts.map((n) => formatPercent(n / total, locale)),
        ],
        csv: [touch, total, ...counts],
      };
    }),
  };

  return (
    <InsightSection
      id="channels"
      title={t("sections.channels.title")}
      description={t("sections.channels.description")}
    >
      <InsightPanel
        id="channels-trend"
        title={t("charts.channelsTrend.title")}
        takeaway={takeawayText(channelsTakeaway(data), t, locale)}
        chart={{
          type: "stackedBar",
          categories: buckets.labels,
          series,
          format: "number",
          valueLabel: t("charts.firstTouch.visits"),
        }}
        table={trendTable}
        csvName={csvName("channels", period)}
      />
      <InsightPanel
        id="channels-first-touch"
        title={t("charts.firstTouch.title")}
        takeaway={takeawayText(firstTouchTakeaway(data), t, locale)}
        chart={{
          type: "horizontalBar",
          stacked: true,
          categories: touchOrder.map((touch) => channelLabel(touch, t)),
          series: touchSeries,
          format: "percent",
          valueLabel: t("charts.firstTouch.visits"),
        }}
        table={touchTable}
        csvName={csvName("first-touch", period)}
      />
    </InsightSection>
  );
}
