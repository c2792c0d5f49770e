import { getLocale, getTranslations } from "next-intl/server";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatNumber, formatPercent } from "@/lib/format/numbers";
import { getJourneyPaths } from "@/lib/insights/get-journey-paths";
import type { InsightRequest } from "@/lib/insights/insight-request";
import { acquisitionPathTakeaway, complaintPathTakeaway } from "@/lib/insights/insight-takeaways";
import type { InsightLocation, PathRow } from "@/lib/insights/manager-insights-types";
import { csvName, pathLabel, takeawayText, type Translate } from "./insight-format";
import { InsightPanel } from "./insight-panel";
import { InsightSection } from "./insight-section";
import { PathList } from "./path-list";

export async function PathsSection({
  actor,
  request,
  locations,
  filterQuery,
}: {
  actor: Actor;
  request: InsightRequest;
  locations: InsightLocation[];
  filterQuery: string;
}) {
  const [data, t, locale] = await Promise.all([
    getJourneyPaths(actor, request),
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
  ]);
  const { period } = data;
  const locationNames = Object.fromEntries(locations.map((location) => [location.id, location.name]));
  const table = (paths: PathRow[], total: number) => ({
    columns: [
      { label: t("charts.acquisitionPaths.path") },
      { label: t("charts.acquisitionPaths.customers"), isNumeric: true },
      { label: t("charts.acquisitionPaths.share"), isNumeric: true },
      ...(request.compare ? [{ label: t("charts.acquisitionPaths.previous"), isNumeric: true }] : []),
    ],
    rows: paths.map((row) => ({
      cells: [
        pathLabel(row.steps, t),
        formatNumber(row.current, locale),
        formatPercent(total > 0 ? row.current / total : 0, locale),
        ...(request.compare ? [formatNumber(row.previous, locale)] : []),
      ],
      csv: [
        pathLabel(row.steps, t),
        row.current,
        total > 0 ? row.current / total : 0,
        ...(request.compare ? [row.previous] : []),
      ],
    })),
  });
  const items = (paths: PathRow[]) =>
    paths.map((row) => ({
      path: row.path,
      label: pathLabel(row.steps, t),
      current: row.current,
      previous: row.previous,
    }));
  const outcomes = data.complaint.outcomes;
  const complaintTotal = data.complaint.total.current;
  return (
    <InsightSection
      id="paths"
      title={t("sections.paths.title")}
      description={t("sections.paths.description")}
    >
      <InsightPanel
        id="paths-acquisition"
        title={t("charts.acquisitionPaths.title")}
        takeaway={takeawayText(acquisitionPathTakeaway(data), t, locale)}
        visual={
          <PathList
            kind="acquisition"
            items={items(data.acquisition.paths)}
            total={data.acquisition.total.current}
            filterQuery={filterQuery}
            locationNames={locationNames}
            showPrevious={request.compare}
          />
        }
        table={table(data.acquisition.paths, data.acquisition.total.current)}
        csvName={csvName("paths-acquisition", period)}
      />
      <InsightPanel
        id="paths-complaint"
        title={t("charts.complaintPaths.title")}
        takeaway={takeawayText(complaintPathTakeaway(data), t, locale)}
        visual={
          <PathList
            kind="complaint"
            items={items(data.complaint.paths)}
            total={complaintTotal}
            filterQuery={filterQuery}
            locationNames={locationNames}
            showPrevious={request.compare}
          />
        }
        table={table(data.complaint.paths, complaintTotal)}
        csvName={csvName("paths-complaint", period)}
        footer={
          complaintTotal > 0 ? (
            <dl className="grid grid-cols-3 gap-2 border-t border-stone-100 pt-3 text-sm">
              {outcomes.map((row) => (
                <div key={row.outcome}>
                  <dt className="text-stone-600">{t(`steps.${row.outcome}`)}</dt>
                  <dd className="font-semibold text-stone-900 tabular-nums">
                    {formatPercent(row.current / complaintTotal, locale)}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null
        }
      />
    </InsightSection>
  );
}
