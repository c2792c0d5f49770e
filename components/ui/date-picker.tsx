"use client";

import { CalendarDays } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { useEffect, useId, useState } from "react";
import { DayPicker } from "react-day-picker";
import { enGB, nl } from "react-day-picker/locale";
import { dateToDay, dayToDate, formatDayInput, parseDayInput } from "@/lib/format/day-input";
import { cn } from "./cn";

const CALENDAR_LOCALES = { nl, en: enGB } as const;
const EXAMPLE_DAY = "2026-12-07";

export interface DatePickerProps {
  /** The field's id, for its <label htmlFor>. */
  id: string;
  /** "2026-12-07", or "" for no date. Controlled when given. */
  value?: string;
  defaultValue?: string;
  onChange?: (day: string) => void;
  /** Submitted with a plain form as "2026-12-07" (a hidden field), so GET filters keep their URLs. */
  name?: string;
  min?: string;
  max?: string;
  /** An empty field is allowed (filters); the calendar then offers "Clear date". */
  clearable?: boolean;
  disabled?: boolean;
  className?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
}

/**
 * A date field in the interface language's format ("07-12-2026" in Dutch, "07/12/2026" in English),
 * unlike <input type="date">, which follows the browser. Type a day, or open the calendar: a keyboard
 * grid (arrows, Page Up/Down, Home/End) with the language's month and weekday names, Monday first.
 * Focus returns to the calendar button when it closes.
 */
export function DatePicker({
  id,
  value,
  defaultValue = "",
  onChange,
  name,
  min,
  max,
  clearable = false,
  disabled,
  className,
  ...aria
}: DatePickerProps) {
  const locale = useLocale();
  const t = useTranslations("common.datePicker");
  const [innerDay, setInnerDay] = useState(defaultValue);
  const day = value ?? innerDay;
  const [text, setText] = useState(() => formatDayInput(day, locale));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const errorId = useId();

  // Follow a value changed from outside (the board's arrows, "Today", a reset filter).
  useEffect(() => {
    setText(formatDayInput(day, locale));
    setError(null);
  }, [day, locale]);

  function commit(next: string) {
    if (value === undefined) setInnerDay(next);
    setText(formatDayInput(next, locale));
    setError(null);
    if (next !== day) onChange?.(next);
  }

  function commitText() {
    const trimmed = text.trim();
    if (trimmed === "") {
      if (clearable) commit("");
      else setText(formatDayInput(day, locale));
      return;
    }
    const parsed = parseDayInput(trimmed);
    if (!parsed || (min && parsed < min) || (max && parsed > max)) {
      setError(t("invalid", { input: trimmed, example: formatDayInput(EXAMPLE_DAY, locale) }));
      return;
    }
    commit(parsed);
  }

  const selected = dayToDate(day);
  const describedBy = [aria["aria-describedby"], error ? errorId : hintId].filter(Boolean).join(" ");

  return (
    <div className={cn("inline-flex flex-col gap-1", className)}>
      <div className="flex items-stretch">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-label={aria["aria-label"]}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          placeholder={formatDayInput(EXAMPLE_DAY, locale)}
          onChange={(event) => setText(event.target.value)}
          onBlur={commitText}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commitText();
            }
          }}
          className={cn(
            "h-11 w-[8.5rem] min-w-0 rounded-l-md border border-r-0 border-stone-300 bg-white px-3 text-base text-stone-900 tabular-nums shadow-sm",
            "focus:border-brand-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
            "aria-invalid:border-red-600 disabled:opacity-60",
          )}
        />
        {name ? <input type="hidden" name={name} value={day} /> : null}
        <Popover.Root open={open} onOpenChange={setOpen}>
          <Popover.Trigger
            type="button"
            disabled={disabled}
            aria-label={t("openCalendar")}
            title={t("openCalendar")}
            className="inline-flex size-11 items-center justify-center rounded-r-md border border-stone-300 bg-white text-stone-700 shadow-sm hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
          >
            <CalendarDays aria-hidden="true" className="size-5" />
          </Popover.Trigger>
          <Popover.Portal>
            <Popover.Content
              align="start"
              sideOffset={6}
              collisionPadding={8}
              className="z-50 rounded-lg border border-stone-200 bg-white p-3 shadow-lg"
            >
              <DayPicker
                mode="single"
                locale={CALENDAR_LOCALES[locale]}
                weekStartsOn={1}
                selected={selected}
                defaultMonth={selected ?? new Date()}
                autoFocus
                startMonth={min ? dayToDate(min) : undefined}
                endMonth={max ? dayToDate(max) : undefined}
                disabled={[
                  ...(min ? [{ before: dayToDate(min)! }] : []),
                  ...(max ? [{ after: dayToDate(max)! }] : []),
                ]}
                onSelect={(date) => {
                  if (date) commit(dateToDay(date));
                  else if (clearable) commit("");
                  setOpen(false);
                }}
                classNames={{
                  root: "text-sm text-stone-900",
                  months: "relative",
                  month_caption: "flex h-10 items-center justify-center font-semibold capitalize",
                  nav: "absolute inset-x-0 top-0 flex justify-between",
                  button_previous:
                    "inline-flex size-10 items-center justify-center rounded-md hover:bg-stone-100 disabled:opacity-40",
                  button_next:
                    "inline-flex size-10 items-center justify-center rounded-md hover:bg-stone-100 disabled:opacity-40",
                  chevron: "size-4 fill-stone-700",
                  weekday: "size-10 text-xs font-medium text-stone-600",
                  day: "p-0 text-center",
                  day_button:
                    "size-10 rounded-md tabular-nums hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-600",
                  selected: "[&>button]:bg-brand-700 [&>button]:text-white [&>button]:hover:bg-brand-700",
                  today: "font-bold [&>button]:underline",
                  outside: "text-stone-400",
                  disabled: "text-stone-300",
                }}
              />
              <div className="mt-2 flex justify-between gap-2 border-t border-stone-100 pt-2">
                <button
                  type="button"
                  className="min-h-11 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-stone-100"
                  onClick={() => {
                    commit(dateToDay(new Date()));
                    setOpen(false);
                  }}
                >
                  {t("today")}
                </button>
                {clearable && day ? (
                  <button
                    type="button"
                    className="min-h-11 rounded-md px-3 text-sm font-medium text-stone-700 hover:bg-stone-100"
                    onClick={() => {
                      commit("");
                      setOpen(false);
                    }}
                  >
                    {t("clear")}
                  </button>
                ) : null}
              </div>
            </Popover.Content>
          </Popover.Portal>
        </Popover.Root>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p id={hintId} className="sr-only">
          {t("typeHint", { example: formatDayInput(EXAMPLE_DAY, locale) })}
        </p>
      )}
    </div>
  );
}
