import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatNumber, formatPercent } from "@/lib/format/numbers";
import { getSurveyFatigue } from "@/lib/insights/get-survey-fatigue";
import type { InsightRequest } from "@/lib/insights/insight-request";
import {
  surveyGapTakeaway,
  surveyPriorTakeaway,
  surveyTrendTakeaway,
  surveyTrivialTakeaway,
} from "@/lib/insights/insight-takeaways";
import type { SentAnswered } from "@/lib/insights/manager-insights-types";
import { PALETTE, PREVIOUS_COLOR, type ChartSeries } from "./chart-spec";
import { csvName, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightSection } from "./insight-section";
import { perBucket, periodBuckets, ratio } from "./series";

type Row = { label: string; key: string; current: SentAnswered; previous: SentAnswered };

export async function SurveysSection({ actor, request }: { actor: Actor; request: InsightRequest }) {
  const [data, t, locale] = await Promise.all([
    getSurveyFatigue(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const percent = (value: number | null) => (value === null ? "–" : formatPercent(value, locale));
  const rate = (figures: SentAnswered) => ratio(figures.responded, figures.sent);

  /** Response rate per category as bars, the period before hatched; the table with counts. */
  const rateChart = (rows: Row[], type: "bar" | "horizontalBar" = "bar") => {
    const series: ChartSeries[] = [
      {
        key: "rate",
        label: t("panel.thisPeriod"),
        color: PALETTE[0],
        values: rows.map((row) => rate(row.current)),
      },
    ];
    if (request.compare)
      series.push({
        key: "previous",
        label: t("panel.previousPeriod"),
        color: PREVIOUS_COLOR,
        values: rows.map((row) => rate(row.previous)),
        isPrevious: true,
      });
    return {
      type,
      categories: rows.map((row) => row.label),
      series,
      format: "percent" as const,
      valueLabel: t("charts.surveyGap.rate"),
    };
  };
  const rateTable = (rows: Row[], firstColumn: string) => ({
    columns: [
      { label: firstColumn },
      { label: t("charts.surveyGap.sent"), isNumeric: true },
      { label: t("charts.surveyGap.responded"), isNumeric: true },
      { label: t("charts.surveyGap.rate"), isNumeric: true },
      ...(request.compare
        ? [
            {
              label: `${t("charts.surveyGap.rate")} (${t("panel.previousPeriod").toLowerCase()})`,
              isNumeric: true,
            },
          ]
        : []),
    ],
    rows:
      data.totals.current.sent === 0
        ? []
        : rows.map((row) => ({
            cells: [
              row.label,
              formatNumber(row.current.sent, locale),
              formatNumber(row.current.responded, locale),
              percent(rate(row.current)),
              ...(request.compare ? [percent(rate(row.previous))] : []),
            ],
            csv: [
              row.key,
              row.current.sent,
              row.current.responded,
              rate(row.current),
              ...(request.compare ? [rate(row.previous)] : []),
            ],
          })),
  });

  const gapRows: Row[] = data.byGap.map((row) => ({
    ...row,
    key: row.gap,
    label: t(`charts.surveyGap.gaps.${row.gap}`),
  }));
  const trivialRows: Row[] = data.byTrivial.map((row) => ({
    ...row,
    key: row.afterTrivial ? "after_trivial" : "no_trivial",
    label: t(row.afterTrivial ? "charts.surveyTrivial.after" : "charts.surveyTrivial.otherwise"),
  }));
  const priorRows: Row[] = data.byPrior.map((row) => ({
    ...row,
    key: String(row.prior),
    label: t(`charts.surveyPrior.priors.${row.prior}`),
  }));
  const totalSent = data.totals.current.sent;
  const previousSent = data.totals.previous.sent;
  const priorSeries: ChartSeries[] = [
    {
      key: "share",
      label: t("panel.thisPeriod"),
      color: PALETTE[3],
      values: priorRows.map((row) => ratio(row.current.sent, totalSent)),
    },
  ];
  if (request.compare)
    priorSeries.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      values: priorRows.map((row) => ratio(row.previous.sent, previousSent)),
      isPrevious: true,
    });
  const priorTable = {
    ...rateTable(priorRows, t("charts.surveyPrior.prior")),
  };
  priorTable.columns.splice(2, 0, { label: t("charts.surveyPrior.share"), isNumeric: true });
  priorTable.rows = priorTable.rows.map((row, index) => {
    const share = ratio(priorRows[index]!.current.sent, totalSent);
    return {
      cells: [...row.cells.slice(0, 2), percent(share), ...row.cells.slice(2)],
      csv: [...row.csv.slice(0, 2), share, ...row.csv.slice(2)],
    };
  });

  const buckets = periodBuckets(period, locale);
  const current = data.trivialTrend.filter((row) => row.isCurrent);
  const previous = data.trivialTrend.filter((row) => !row.isCurrent);
  const afterTrivial = perBucket(
    current,
    buckets.current,
    (row) => row.bucket,
    (row) => row.afterTrivial,
  );
  const sent = perBucket(
    current,
    buckets.current,
    (row) => row.bucket,
    (row) => row.sent,
  );
  const trendSeries: ChartSeries[] = [
    {
      key: "afterTrivial",
      label: t("charts.surveyTrend.afterTrivial"),
      color: PALETTE[5],
      values: afterTrivial,
    },
  ];
  if (request.compare)
    trendSeries.push({
      key: "previous",
      label: t("panel.previousPeriod"),
      color: PREVIOUS_COLOR,
      values: perBucket(
        previous,
        buckets.previous,
        (row) => row.bucket,
        (row) => row.afterTrivial,
      ),
      isPrevious: true,
    });
  const trendTable = {
    columns: [
      { label: t("charts.channelsTrend.bucket") },
      { label: t("charts.surveyTrend.afterTrivial"), isNumeric: true },
      { label: t("charts.surveyTrend.all"), isNumeric: true },
    ],
    rows:
      totalSent === 0
        ? []
        : buckets.current.map((bucket, index) => ({
            cells: [
              buckets.labels[index]!,
              formatNumber(afterTrivial[index]!, locale),
              formatNumber(sent[index]!, locale),
            ],
            csv: [bucket, afterTrivial[index]!, sent[index]!],
          })),
  };

  return (
    <InsightSection
      id="surveys"
      title={t("sections.surveys.title")}
      description={t("sections.surveys.description")}
    >
      <InsightPanel
        id="surveys-gap"
        title={t("charts.surveyGap.title")}
        takeaway={takeawayText(surveyGapTakeaway(data), t, locale)}
        chart={rateChart(gapRows, "horizontalBar")}
        table={rateTable(gapRows, t("charts.surveyGap.gap"))}
        csvName={csvName("surveys-by-gap", period)}
      />
      <InsightPanel
        id="surveys-trivial"
        title={t("charts.surveyTrivial.title")}
        takeaway={takeawayText(surveyTrivialTakeaway(data), t, locale)}
        chart={rateChart(trivialRows)}
        table={rateTable(trivialRows, t("charts.surveyTrivial.situation"))}
        csvName={csvName("surveys-after-trivial", period)}
      />
      <InsightPanel
        id="surveys-per-customer"
        title={t("charts.surveyPrior.title")}
        takeaway={takeawayText(surveyPriorTakeaway(data), t, locale)}
        chart={{
          type: "bar",
          categories: priorRows.map((row) => row.label),
          series: priorSeries,
          format: "percent",
          valueLabel: t("charts.surveyPrior.share"),
        }}
        table={priorTable}
        csvName={csvName("surveys-per-customer", period)}
      />
      <InsightPanel
        id="surveys-trivial-trend"
        title={t("charts.surveyTrend.title")}
        takeaway={takeawayText(surveyTrendTakeaway(data), t, locale)}
        chart={{
          type: "line",
          categories: buckets.labels,
          series: trendSeries,
          format: "number",
          valueLabel: t("charts.surveyTrend.afterTrivial"),
        }}
        table={trendTable}
        csvName={csvName("surveys-after-trivial-trend", period)}
      />
    </InsightSection>
  );
}
