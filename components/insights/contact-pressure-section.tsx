import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Actor } from "@/lib/auth/actor";
import { formatTime } from "@/lib/format/dates";
import { eventTypeLabels } from "@/lib/format/labels";
import { getContactPressureInsights } from "@/lib/insights/get-contact-pressure-insights";
import { InsightFigure } from "./insight-figure";
import { OverBudgetList } from "./over-budget-list";
import { SurveysAfterTrivialList } from "./surveys-after-trivial-list";
import { ViolationsByRule, ViolationsBySource } from "./violation-tables";

const weekLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const SERIES = [
  { key: "within", label: "Within policy", color: "#2f7d6d" },
  { key: "against", label: "Against policy", color: "#b45309" },
  { key: "unchecked", label: "Not checked", color: "#a8a29e" },
] as const;

export async function ContactPressureSection({ actor }: { actor: Actor }) {
  const insights = await getContactPressureInsights(actor);
  const { violations, budget } = insights;
  const hasUnchecked = violations.totals.unchecked > 0;
  const chartData = violations.weekly.map((week) => ({
    label: weekLabel.format(new Date(`${week.weekStart}T00:00:00Z`)),
    within: week.within,
    against: week.against,
    unchecked: week.unchecked,
  }));
  return (
    <section aria-labelledby="contact-pressure-heading" className="space-y-4">
      <div>
        <h2 id="contact-pressure-heading" className="text-lg font-semibold text-stone-900">
          Contact pressure
        </h2>
        <p className="text-xs text-stone-600">
          Outbound contact to customers of your locations over the last 90 days, against policy{" "}
          {insights.policyVersion === 0 ? "defaults" : `version ${insights.policyVersion}`}. Figures as of{" "}
          {formatTime(insights.computedAt)}; they refresh every few minutes.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <InsightFigure
          label="Customers over budget now"
          value={insights.overBudget.count}
          detail={`More than ${budget.maxContacts} marketing contacts in ${budget.windowDays} days`}
        />
        <InsightFigure
          label="Sent against policy"
          value={violations.totals.against}
          detail={`of ${violations.totals.contacts.toLocaleString("en-GB")} outbound contacts`}
        />
        <InsightFigure
          label="Surveys after trivial interactions"
          value={violations.surveysAfterTrivial}
          detail={`After: ${insights.trivialInteractions.map((type) => eventTypeLabels[type].toLowerCase()).join(", ")}`}
        />
      </div>
      <Card>
        <CardContent>
          <StackedBarChart
            title="Outbound contacts per week"
            description="Weeks start on Monday; the first and the current week are partial."
            data={chartData}
            series={SERIES.filter((s) => s.key !== "unchecked" || hasUnchecked).map((s) => ({ ...s }))}
            xLabel="Week starting"
            yLabel="Contacts"
            emptyTitle="No outbound contact in the last 90 days"
          />
        </CardContent>
      </Card>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Sent against policy, by rule</CardTitle>
            <CardDescription>A contact that broke several rules counts under each.</CardDescription>
          </CardHeader>
          <ViolationsByRule byRule={violations.byRule} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>By source system</CardTitle>
            <CardDescription>Which system sent the contact.</CardDescription>
          </CardHeader>
          <ViolationsBySource bySource={violations.bySource} />
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Customers over budget now</CardTitle>
          </CardHeader>
          <CardContent>
            <OverBudgetList overBudget={insights.overBudget} maxContacts={budget.maxContacts} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Surveys after trivial interactions</CardTitle>
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
