"use client";

import { BedDouble, CircleCheck, Clock, UserX } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useMemo, useState, type ComponentProps } from "react";
import { BoardToolbar } from "@/components/boards/board-toolbar";
import { BoardNotices } from "@/components/boards/board-notices";
import { LocationSwitcher } from "@/components/boards/location-switcher";
import { filterMatcher } from "@/components/boards/match-filter";
import { useBoardLocation } from "@/components/boards/use-board-params";
import { BoardContent } from "@/components/boards/board-content";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ArrivalRow, ArrivalsBoard, BoardLocationChoice } from "@/lib/boards/board-types";
import { isIsoDay } from "@/lib/time/local-date";
import { ArrivalsSection } from "./arrivals-section";
import { dayHeading } from "@/components/boards/board-day";
import { DateSwitcher } from "./date-switcher";
import { arrivalsQueryKey, useArrivalsQuery } from "./use-arrivals-query";
import { useCheckInMutation } from "./use-check-in-mutation";

function splitRows(rows: ArrivalRow[], pendingIds: ReadonlySet<string>, filter: string) {
  const match = filterMatcher(filter);
  const sections = { waiting: [] as ArrivalRow[], checkedIn: [] as ArrivalRow[], noShow: [] as ArrivalRow[] };
  const totals = { waiting: 0, checkedIn: 0, noShow: 0 };
  for (const stored of rows) {
    // A pending check-in already sits under "Ingecheckt"; a failure moves it back with the next render.
    const row = pendingIds.has(stored.bookingId) ? { ...stored, status: "checked_in" as const } : stored;
    const section =
      row.status === "confirmed" ? "waiting" : row.status === "no_show" ? "noShow" : "checkedIn";
    totals[section] += 1;
    const isMatch = !match || match([row.customer.name, row.reference, row.roomNumber, row.roomType]);
    if (isMatch) sections[section].push(row);
  }
  return { sections, totals };
}

/** The receptionist's home: one hotel's arrivals for a day, split into who is still to come and who is in. */
export function ArrivalsBoardView({
  initialBoard,
  choices,
  canCheckIn,
}: {
  initialBoard: ArrivalsBoard;
  choices: BoardLocationChoice[];
  canCheckIn: boolean;
}) {
  const t = useTranslations("arrivals");
  const tBoards = useTranslations("boards");
  const locale = useLocale();
  const { location, searchParams, setParams } = useBoardLocation(choices, initialBoard.location);
  const wantedDate = searchParams.get("date");
  const date = wantedDate && isIsoDay(wantedDate) ? wantedDate : initialBoard.today;

  const query = useArrivalsQuery(location?.id ?? null, date, initialBoard);
  const board = query.data ?? initialBoard;
  const { checkIn, pendingIds, failures, confirmation, dismiss } = useCheckInMutation(
    arrivalsQueryKey(board.location?.id ?? null, board.date),
  );
  const onCheckIn = useCallback((row: ArrivalRow) => checkIn(row), [checkIn]);
  const [filter, setFilter] = useState("");
  const deferredFilter = useDeferredValue(filter);
  const pendingKey = [...pendingIds].sort().join(",");
  const { sections, totals } = useMemo(
    () => splitRows(board.rows, new Set(pendingKey ? pendingKey.split(",") : []), deferredFilter),
    [board.rows, pendingKey, deferredFilter],
  );

  if (!board.location) {
    return (
      <Card>
        <EmptyState icon={BedDouble} title={t("noHotel.title")} description={t("noHotel.hint")} as="h1" />
      </Card>
    );
  }
  const hasMatches = sections.waiting.length + sections.checkedIn.length + sections.noShow.length > 0;
  const sectionProps = { pendingIds, failures, canCheckIn, onCheckIn };

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("heading", { day: dayHeading(date, board.today, locale, tBoards("tomorrow")) })}
        description={`${board.location.name} · ${t("summary", { waiting: totals.waiting, checkedIn: totals.checkedIn })}`}
        actions={
          <LocationSwitcher
            label={tBoards("location")}
            choices={choices}
            currentId={board.location.id}
            onSelect={(choice) => setParams({ location: choice.code })}
          />
        }
      />
      <BoardToolbar
        filter={filter}
        onFilterChange={setFilter}
        filterLabel={t("filter.label")}
        filterPlaceholder={t("filter.placeholder")}
        query={query}
      >
        <DateSwitcher
          date={date}
          today={board.today}
          onChange={(day) => setParams({ date: day === board.today ? null : day })}
        />
      </BoardToolbar>
      <BoardNotices confirmation={confirmation} failures={failures} onDismiss={dismiss} />
      <BoardContent
        query={query}
        isEmpty={board.rows.length === 0}
        hasMatches={hasMatches}
        empty={{ icon: BedDouble, title: t("empty.title"), hint: t("empty.hint") }}
        emptyFiltered={t("empty.filtered")}
        className="space-y-4"
      >
        <ArrivalsSections sections={sections} totals={totals} {...sectionProps} />
      </BoardContent>
    </div>
  );
}

type Split = ReturnType<typeof splitRows>;
type SharedSectionProps = Omit<
  ComponentProps<typeof ArrivalsSection>,
  "id" | "title" | "icon" | "rows" | "total" | "empty"
>;

/** Still to come, checked in, and (only when there are any) no-shows. */
function ArrivalsSections({ sections, totals, ...sectionProps }: Split & SharedSectionProps) {
  const t = useTranslations("arrivals");
  return (
    <>
      <ArrivalsSection
        id="arrivals-waiting"
        title={t("sections.waiting")}
        icon={<Clock aria-hidden="true" className="size-4 text-stone-500" />}
        rows={sections.waiting}
        total={totals.waiting}
        empty={t("empty.noneWaiting")}
        {...sectionProps}
      />
      <ArrivalsSection
        id="arrivals-checked-in"
        title={t("sections.checkedIn")}
        icon={<CircleCheck aria-hidden="true" className="size-4 text-brand-600" />}
        rows={sections.checkedIn}
        total={totals.checkedIn}
        empty={t("empty.noneCheckedIn")}
        {...sectionProps}
      />
      {totals.noShow > 0 ? (
        <ArrivalsSection
          id="arrivals-no-show"
          title={t("sections.noShow")}
          icon={<UserX aria-hidden="true" className="size-4 text-stone-500" />}
          rows={sections.noShow}
          total={totals.noShow}
          empty={t("empty.filtered")}
          {...sectionProps}
        />
      ) : null}
    </>
  );
}
