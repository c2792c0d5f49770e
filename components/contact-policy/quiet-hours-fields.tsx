"use client";

import { X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";
import { Label } from "@/components/ui/label";
import { formatDate } from "@/lib/format/dates";
import { errorFor, FieldError, errorId, fieldId, PolicyInput } from "./policy-field";
import { PolicySection, type PolicySectionProps } from "./policy-section";

/** A quiet date is a calendar day, not a moment: noon keeps it on the same day in every time zone. */
const asDate = (day: string) => new Date(`${day}T12:00:00Z`);

export function QuietHoursFields({ settings, errors }: PolicySectionProps) {
  const t = useTranslations("contactPolicy");
  const locale = useLocale();
  const [dates, setDates] = useState<string[]>(settings.quietHours.dates);
  const [draft, setDraft] = useState("");
  // The picker commits a typed date on blur, just before a click on "Add date" is handled.
  const draftRef = useRef("");
  const datesError = errorFor(errors, "quietHours.dates");
  const formatDay = (day: string) => {
    const date = asDate(day);
    return Number.isNaN(date.getTime()) ? day : formatDate(date, locale);
  };

  function chooseDraft(day: string) {
    draftRef.current = day;
    setDraft(day);
  }

  function addDate() {
    const day = draftRef.current;
    if (!day) return;
    setDates((current) => (current.includes(day) ? current : [...current, day].sort()));
    chooseDraft("");
  }

  return (
    <PolicySection
      id="quiet-hours"
      title={t("section.quietHours.title")}
      description={t("section.quietHours.description")}
    >
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        {(["start", "end"] as const).map((key) => (
          // Text rather than type="time", whose 12- or 24-hour clock follows the browser, not the page.
          <PolicyInput
            key={key}
            name={`quietHours.${key}`}
            label={t(`setting.quietHours.${key}`)}
            inputMode="numeric"
            autoComplete="off"
            pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
            maxLength={5}
            placeholder="21:00"
            hint={t("section.quietHours.timeHint")}
            defaultValue={settings.quietHours[key]}
            error={errorFor(errors, `quietHours.${key}`)}
          />
        ))}
        <div className="col-span-2 space-y-1">
          <Label htmlFor={fieldId("quietHours.newDate")}>{t("section.quietHours.addLabel")}</Label>
          <div className="flex flex-wrap items-start gap-2">
            <DatePicker
              id={fieldId("quietHours.newDate")}
              value={draft}
              onChange={chooseDraft}
              clearable
              aria-describedby={datesError ? errorId("quietHours.dates") : undefined}
            />
            <Button type="button" variant="secondary" onClick={addDate} className="min-h-11">
              {t("section.quietHours.add")}
            </Button>
          </div>
        </div>
      </div>
      <div>
        <p className="text-sm font-medium text-stone-800">{t("setting.quietHours.dates")}</p>
        {dates.length === 0 ? (
          <p className="text-sm text-stone-600">{t("section.quietHours.none")}</p>
        ) : (
          <ul aria-label={t("setting.quietHours.dates")} className="mt-1 flex flex-wrap gap-1.5">
            {dates.map((day) => (
              <li
                key={day}
                className="flex items-center rounded-full bg-stone-100 pl-3 text-sm text-stone-800"
              >
                <input type="hidden" name="quietHours.dates" value={day} />
                {formatDay(day)}
                <button
                  type="button"
                  onClick={() => setDates((current) => current.filter((other) => other !== day))}
                  aria-label={t("section.quietHours.remove", { date: formatDay(day) })}
                  className="flex size-11 items-center justify-center rounded-full text-stone-600 hover:bg-stone-200 hover:text-stone-900"
                >
                  <X aria-hidden="true" className="size-4" />
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
