"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { boardCopy } from "@/lib/boards/board-copy";
import { shiftDay } from "@/components/boards/board-day";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Previous and next day, a date field and "Today"; every control is a button or field, so Tab reaches it. */
export function DateSwitcher({
  date,
  today,
  onChange,
}: {
  date: string;
  today: string;
  onChange: (day: string) => void;
}) {
  const copy = boardCopy.board;
  return (
    <div className="flex items-center gap-1" role="group" aria-label={copy.date}>
      <Button
        variant="secondary"
        size="sm"
        className="size-10 px-0"
        onClick={() => onChange(shiftDay(date, -1))}
        aria-label={copy.previousDay}
        title={copy.previousDay}
      >
        <ChevronLeft aria-hidden="true" />
      </Button>
      <input
        type="date"
        aria-label={copy.date}
        value={date}
        min="2000-01-01"
        max="2099-12-31"
        onChange={(event) => {
          if (ISO_DAY.test(event.target.value)) onChange(event.target.value);
        }}
        className="h-10 rounded-md border border-stone-300 bg-white px-2 text-sm text-stone-900 tabular-nums shadow-sm"
      />
      <Button
        variant="secondary"
        size="sm"
        className="size-10 px-0"
        onClick={() => onChange(shiftDay(date, 1))}
        aria-label={copy.nextDay}
        title={copy.nextDay}
      >
        <ChevronRight aria-hidden="true" />
      </Button>
      <Button
        variant="secondary"
        size="sm"
        className="h-10"
        onClick={() => onChange(today)}
        disabled={date === today}
      >
        {copy.today}
      </Button>
    </div>
  );
}
