import { getLocale, getTranslations } from "next-intl/server";
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { INTL_LOCALE } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { formatTime } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { getContactPressureInsights } from "@/lib/insights/get-contact-pressure-insights";
import { InsightFigure } from "./insight-figure";
import { OverBudgetList } from "./over-budget-list";
import { SurveysAfterTrivialList } from "./surveys-after-trivial-list";
import { ViolationsByRule, ViolationsBySource } from "./violation-tables";

const SERIES = [
  { key: "within", color: "#2f7d6d" },
  { key: "against", color: "#b45309" },
  { key: "unchecked", color: "#78716c" },
] as const;

export async function ContactPressureSection({ actor }: { actor: Actor }) {
  const [insights, t, locale] = await Promise.all([
    getContactPressureInsights(actor),
    getTranslations(),
    getLocale(),
  ]);
  const { violations, budget } = insights;
  const hasUnchecked = violations.totals.unchecked > 0;
  // Week starts are calendar days: read in UTC so no time zone moves them.
  const weekLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  });
  const chartData = violations.weekly.map((week) => ({
    label: weekLabel.format(new Date(`${week.weekStart}T00:00:00Z`)),
    within: week.within,
    against: week.against,
    unchecked: week.unchecked,
  }));
  const trivial = insights.trivialInteractions.map((type) => t(`labels.eventType.${type}`).toLowerCase());
  return (
    <section aria-labelledby="contact-pressure-heading" className="space-y-4">
      <div>
        <h2 id="contact-pressure-heading" className="text-lg font-semibold text-stone-900">
          {t("insights.pressure.title")}
        </h2>
        <p className="text-sm text-stone-600">
          {insights.policyVersion === 0
            ? t("insights.pressure.introDefaults", { time: formatTime(insights.computedAt, locale) })
            : t("insights.pressure.intro", {
                version: insights.policyVersion,
                time: formatTime(insights.computedAt, locale),
              })}
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <InsightFigure
          label={t("insights.pressure.overBudget")}
          value={insights.overBudget.count}
          detail={t("insights.pressure.overBudgetDetail", {
            max: budget.maxContacts,
            days: budget.windowDays,
          })}
        />
        <InsightFigure
          label={t("insights.pressure.against")}
          value={violations.totals.against}
          detail={t("insights.pressure.againstDetail", {
            count: violations.totals.contacts,
            total: formatNumber(violations.totals.contacts, locale),
          })}
        />
        <InsightFigure
          label={t("insights.pressure.surveysAfterTrivial")}
          value={violations.surveysAfterTrivial}
          detail={t("insights.pressure.surveysAfterTrivialDetail", { types: trivial.join(", ") })}
        />
      </div>
      <Card>
        <CardContent>
          <StackedBarChart
            title={t("insights.pressure.chartTitle")}
            description={t("insights.pressure.chartDescription")}
            data={chartData}
            series={SERIES.filter((s) => s.key !== "unchecked" || hasUnchecked).map((s) => ({
              ...s,
              label: t(`insights.pressure.series.${s.key}`),
            }))}
            xLabel={t("insights.pressure.weekStarting")}
            yLabel={t("insights.pressure.contacts")}
            emptyTitle={t("insights.pressure.chartEmpty")}
          />
        </CardContent>
      </Card>
      <div className="grid gap-4 md:grid-cols-2 [&>*]:min-w-0">
        <Card>
          <CardHeader>
            <CardTitle>{t("insights.pressure.byRuleTitle")}</CardTitle>
            <CardDescription>{t("insights.pressure.byRuleDescription")}</CardDescription>
          </CardHeader>
          <ViolationsByRule byRule={violations.byRule} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("insights.pressure.bySourceTitle")}</CardTitle>
            <CardDescription>{t("insights.pressure.bySourceDescription")}</CardDescription>
          </CardHeader>
          <ViolationsBySource bySource={violations.bySource} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("insights.pressure.overBudget")}</CardTitle>
          </CardHeader>
          <CardContent>
            <OverBudgetList overBudget={insights.overBudget} maxContacts={budget.maxContacts} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("insights.pressure.surveysAfterTrivial")}</CardTitle>
          </CardHeader>
          <CardContent>
            <SurveysAfterTrivialList
              surveys={insights.surveysAfterTrivial}
              total={violations.surveysAfterTrivial}
            />
          </CardContent>
        </Card>
      </div>
    </section>
  );
}
