"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { shiftDay } from "@/components/boards/board-day";
import { Button } from "@/components/ui/button";
import { DatePicker } from "@/components/ui/date-picker";

/**
 * Previous and next day, a date field in the interface language's format ("07-12-2026") with its
 * calendar, and "Vandaag"; every control is a button or field, so Tab reaches it.
 */
export function DateSwitcher({
  date,
  today,
  onChange,
}: {
  date: string;
  today: string;
  onChange: (day: string) => void;
}) {
  const t = useTranslations("boards");
  return (
    <div className="flex w-full flex-wrap items-start gap-1 sm:w-auto" role="group" aria-label={t("day")}>
      <Button
        variant="secondary"
        className="size-11 px-0"
        onClick={() => onChange(shiftDay(date, -1))}
        aria-label={t("previousDay")}
        title={t("previousDay")}
      >
        <ChevronLeft aria-hidden="true" />
      </Button>
      {/* On a phone the date fills the line between the arrows; "Vandaag" moves below when it won't fit. */}
      <DatePicker
        id="board-date"
        className="flex-1 sm:flex-none max-sm:[&_button]:shrink-0 max-sm:[&_input]:w-full max-sm:[&_input]:min-w-28 max-sm:[&_input]:px-2"
        aria-label={t("date")}
        value={date}
        min="2000-01-01"
        max="2099-12-31"
        onChange={(day) => {
          if (day) onChange(day);
        }}
      />
      <Button
        variant="secondary"
        className="size-11 px-0"
        onClick={() => onChange(shiftDay(date, 1))}
        aria-label={t("nextDay")}
        title={t("nextDay")}
      >
        <ChevronRight aria-hidden="true" />
      </Button>
      <Button
        variant="secondary"
        className="h-11 px-3"
        onClick={() => onChange(today)}
        disabled={date === today}
      >
        {t("today")}
      </Button>
    </div>
  );
}
