import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ContactPressureSection } from "@/components/insights/contact-pressure-section";
import { ContactPressureSkeleton } from "@/components/insights/contact-pressure-skeleton";
import { InsightFigure } from "@/components/insights/insight-figure";
import { ManagerInsights } from "@/components/manager-insights/manager-insights";
import { SectionErrorBoundary } from "@/components/insights/section-error-boundary";
import { PageHeader } from "@/components/shell/page-header";
import { requirePageActor } from "@/lib/auth/guards";
import { getInsightsOverview } from "@/lib/insights/get-insights-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("insights");
  return { title: t("title") };
}

export default async function InsightsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("insights.view");
  const [overview, t] = await Promise.all([getInsightsOverview(actor), getTranslations("insights")]);
  const figures = [
    { label: t("figures.customers"), value: overview.customers },
    { label: t("figures.openCases"), value: overview.openCases },
    { label: t("figures.arrivalsToday"), value: overview.arrivalsToday },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <InsightFigure key={figure.label} label={figure.label} value={figure.value} />
        ))}
      </div>
      <SectionErrorBoundary title={t("pressure.failed")} hint={t("pressure.failedHint")}>
        {/* Months of outbound contact take a moment at scale; the counts above show at once. */}
        <Suspense fallback={<ContactPressureSkeleton />}>
          <ContactPressureSection actor={actor} />
        </Suspense>
      </SectionErrorBoundary>
      <ManagerInsights actor={actor} searchParams={await searchParams} />
    </div>
  );
}
