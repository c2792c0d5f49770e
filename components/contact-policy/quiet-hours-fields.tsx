"use client";

import { X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SETTING_LABELS } from "@/lib/contact-policy/policy-labels";
import { errorFor, FieldError, errorId, fieldId, PolicyInput } from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

// Quiet dates are calendar days, not moments: format them in UTC so no time zone shifts the day.
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const formatDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
};

export function QuietHoursFields({ settings, errors }: PolicySectionProps) {
  const [dates, setDates] = useState<string[]>(settings.quietHours.dates);
  const [draft, setDraft] = useState("");
  const datesError = errorFor(errors, "quietHours.dates");

  function addDate() {
    if (!draft || dates.includes(draft)) return;
    setDates([...dates, draft].sort());
    setDraft("");
  }

  return (
    <PolicySection
      title="Quiet hours"
      description="No outbound contact in these hours of the customer's own time zone, nor on the marked dates."
    >
      <div className="grid gap-4 sm:grid-cols-4">
        {(["start", "end"] as const).map((key) => (
          <PolicyInput
            key={key}
            name={`quietHours.${key}`}
            label={SETTING_LABELS[`quietHours.${key}`]}
            type="time"
            defaultValue={settings.quietHours[key]}
            error={errorFor(errors, `quietHours.${key}`)}
          />
        ))}
        <div className="space-y-1 sm:col-span-2">
          <Label htmlFor={fieldId("quietHours.newDate")}>Add a quiet date</Label>
          <div className="flex gap-2">
            <Input
              id={fieldId("quietHours.newDate")}
              type="date"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addDate();
                }
              }}
              aria-describedby={datesError ? errorId("quietHours.dates") : undefined}
            />
            <Button type="button" variant="secondary" onClick={addDate} disabled={!draft}>
              Add date
            </Button>
          </div>
        </div>
      </div>
      <div>
        <p className="text-sm font-medium text-stone-800">{SETTING_LABELS["quietHours.dates"]}</p>
        {dates.length === 0 ? (
          <p className="text-xs text-stone-500">No quiet dates marked.</p>
        ) : (
          <ul aria-label={SETTING_LABELS["quietHours.dates"]} className="mt-1 flex flex-wrap gap-1.5">
            {dates.map((day) => (
              <li
                key={day}
                className="flex items-center gap-1 rounded-full bg-stone-100 py-0.5 pr-1 pl-2.5 text-xs"
              >
                <input type="hidden" name="quietHours.dates" value={day} />
                {formatDay(day)}
                <button
                  type="button"
                  onClick={() => setDates(dates.filter((other) => other !== day))}
                  aria-label={`Remove ${formatDay(day)}`}
                  className="rounded-full p-0.5 text-stone-500 hover:bg-stone-200 hover:text-stone-900"
                >
                  <X aria-hidden="true" className="size-3" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <FieldError name="quietHours.dates" message={datesError} />
      </div>
    </PolicySection>
  );
}
