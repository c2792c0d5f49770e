"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Label } from "@/components/ui/label";
import type { InsightLocation } from "@/lib/insights/manager-insights-types";
import { PERIOD_PRESETS, type PeriodPreset } from "@/lib/validation/insights";

/**
 * The filters every chart on the page follows, as a plain GET form: the URL holds them, so a view
 * can be bookmarked, shared with a colleague in scope, or reloaded.
 */
export function InsightFilters({
  locations,
  location,
  preset,
  from,
  to,
  today,
  compare,
  summary,
}: {
  locations: InsightLocation[];
  location: string;
  preset: PeriodPreset;
  from: string;
  to: string;
  today: string;
  compare: boolean;
  summary: string;
}) {
  const t = useTranslations("managerInsights.filters");
  return (
    <form
      method="get"
      action="/insights"
      className="group space-y-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm"
      aria-label={t("title")}
    >
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <div className="flex min-w-56 flex-col gap-1">
          <Label htmlFor="insights-location">{t("location")}</Label>
          <select
            id="insights-location"
            name="location"
            defaultValue={location}
            className="h-11 rounded-md border border-stone-300 bg-white px-3 text-base text-stone-900 shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <option value="">{t("allLocations")}</option>
            {locations.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-stone-800">{t("period")}</legend>
          <div className="flex flex-wrap gap-1.5">
            {PERIOD_PRESETS.map((option) => (
              <label
                key={option}
                className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 text-sm text-stone-800 has-checked:border-brand-600 has-checked:bg-brand-50 has-checked:font-medium"
              >
                <input
                  type="radio"
                  name="period"
                  value={option}
                  defaultChecked={preset === option}
                  className="size-4 accent-brand-600"
                />
                {t(`presets.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {/* Shown by CSS as soon as "custom" is checked, also before the script has loaded; the
            server reads the dates only for a custom period. */}
        <div className="hidden flex-wrap gap-3 group-has-[input[value=custom]:checked]:flex">
          <div className="flex flex-col gap-1">
            <Label htmlFor="insights-from">{t("from")}</Label>
            <DatePicker id="insights-from" name="from" defaultValue={from} max={today} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="insights-to">{t("to")}</Label>
            <DatePicker id="insights-to" name="to" defaultValue={to} max={today} />
          </div>
        </div>
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm text-stone-800">
          <input
            type="checkbox"
            name="compare"
            value="1"
            defaultChecked={compare}
            className="size-4 accent-brand-600"
          />
          {t("compare")}
        </label>
        <Button type="submit" className="min-h-11">
          {t("apply")}
        </Button>
      </div>
      <p className="text-sm text-stone-600">{summary}</p>
    </form>
  );
}
