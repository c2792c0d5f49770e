import type { Metadata } from "next";
import { Suspense } from "react";
import { ContactPressureSection } from "@/components/insights/contact-pressure-section";
import { ContactPressureSkeleton } from "@/components/insights/contact-pressure-skeleton";
import { ManagerInsights } from "@/components/manager-insights/manager-insights";
import { SectionErrorBoundary } from "@/components/insights/section-error-boundary";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requirePageActor } from "@/lib/auth/guards";
import { getInsightsOverview } from "@/lib/insights/get-insights-overview";

export const metadata: Metadata = { title: "Insights" };

export default async function InsightsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("insights.view");
  const overview = await getInsightsOverview(actor);
  const figures = [
    { label: "Customers seen at your locations", value: overview.customers },
    { label: "Open service cases and complaints", value: overview.openCases },
    { label: "Guests arriving today", value: overview.arrivalsToday },
  ];
  return (
    <div className="space-y-8">
      <PageHeader title="Insights" description="Today's counts and contact pressure at your locations." />
      <div className="grid gap-4 sm:grid-cols-3">
        {figures.map((figure) => (
          <Card key={figure.label}>
            <CardHeader>
              <CardDescription>{figure.label}</CardDescription>
              <CardTitle className="text-3xl">{figure.value.toLocaleString("en-GB")}</CardTitle>
            </CardHeader>
            <CardContent />
          </Card>
        ))}
      </div>
      <SectionErrorBoundary title="Contact pressure could not be loaded.">
        {/* Months of outbound contact take a moment at scale; the counts above show at once. */}
        <Suspense fallback={<ContactPressureSkeleton />}>
          <ContactPressureSection actor={actor} />
        </Suspense>
      </SectionErrorBoundary>
      <ManagerInsights actor={actor} searchParams={await searchParams} />
    </div>
  );
}
