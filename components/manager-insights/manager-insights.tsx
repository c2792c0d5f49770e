import { getLocale, getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { UiLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatDateTime } from "@/lib/format/dates";
import { insightRequest } from "@/lib/insights/insight-request";
import { getInsightsFreshness } from "@/lib/insights/get-insights-freshness";
import { listInsightLocations } from "@/lib/insights/list-insight-locations";
import { refreshInsightsInBackground } from "@/lib/insights/refresh-insights-job";
import { DISPLAY_TIME_ZONE } from "@/lib/format/dates";
import { localDate } from "@/lib/time/local-date";
import { insightFiltersSchema } from "@/lib/validation/insights";
import { ChannelsSection } from "./channels-section";
import { ComplaintsSection } from "./complaints-section";
import { DeskSection } from "./desk-section";
import { InsightErrorBoundary } from "./insight-error-boundary";
import { InsightFilters } from "./insight-filters";
import { periodLabel, type Translate } from "./insight-format";
import { PathsSection } from "./paths-section";
import { RebookingSection } from "./rebooking-section";
import { SurveysSection } from "./surveys-section";

type SearchParams = Record<string, string | string[] | undefined>;

function SectionSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-3" aria-busy="true" aria-label={label}>
      <Skeleton className="h-6 w-72" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-80" />
        <Skeleton className="h-80" />
      </div>
    </div>
  );
}

/**
 * The manager insights of issue 18, under the existing counts on /insights: the filters, then one
 * section per question, each loading and failing on its own. Everything is read from the rollups.
 */
export async function ManagerInsights({ actor, searchParams }: { actor: Actor; searchParams: SearchParams }) {
  const parsed = insightFiltersSchema.safeParse(searchParams);
  const filters = parsed.success ? parsed.data : insightFiltersSchema.parse({});
  const today = localDate(DISPLAY_TIME_ZONE);
  const request = insightRequest(actor, filters, today);
  const [t, locale, locations, freshness] = await Promise.all([
    getTranslations("managerInsights") as Promise<unknown> as Promise<Translate>,
    getLocale() as Promise<UiLocale>,
    listInsightLocations(actor),
    getInsightsFreshness(actor),
  ]);
  refreshInsightsInBackground();
  const location =
    filters.location.length === 1 && locations.some((l) => l.id === filters.location[0])
      ? filters.location[0]!
      : "";
  const filterQuery = new URLSearchParams([
    ...(location ? [["location", location]] : []),
    ["period", request.period.preset],
    ...(request.period.preset === "custom"
      ? [
          ["from", request.period.from],
          ["to", request.period.to],
        ]
      : []),
  ]).toString();
  const section = (name: string, content: ReactNode) => (
    <InsightErrorBoundary key={name} message={t("page.sectionFailed")}>
      <Suspense fallback={<SectionSkeleton label={t("page.loading")} />}>{content}</Suspense>
    </InsightErrorBoundary>
  );
  return (
    <div className="space-y-8" data-manager-insights>
      <div className="space-y-3">
        <p className="max-w-3xl text-sm text-stone-700">{t("page.intro")}</p>
        {locations.length === 0 ? <p className="text-sm text-stone-700">{t("page.noLocations")}</p> : null}
        <InsightFilters
          locations={locations}
          location={location}
          preset={request.period.preset}
          from={request.period.from}
          to={request.period.to}
          today={today}
          compare={request.compare}
          summary={periodLabel(request.period, request.compare, t, locale)}
        />
        <p className="text-xs text-stone-600">
          {freshness ? t("page.updated", { time: formatDateTime(freshness, locale) }) : t("page.notYet")}
        </p>
      </div>
      {section("channels", <ChannelsSection actor={actor} request={request} />)}
      {section("rebooking", <RebookingSection actor={actor} request={request} locations={locations} />)}
      {section(
        "paths",
        <PathsSection actor={actor} request={request} locations={locations} filterQuery={filterQuery} />,
      )}
      {section("complaints", <ComplaintsSection actor={actor} request={request} locations={locations} />)}
      {section("surveys", <SurveysSection actor={actor} request={request} />)}
      {section("desk", <DeskSection actor={actor} request={request} locations={locations} />)}
    </div>
  );
}
