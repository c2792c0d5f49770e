"use client";

import { PackageCheck, Store } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { BoardToolbar } from "@/components/boards/board-toolbar";
import { BoardNotices } from "@/components/boards/board-notices";
import { LocationSwitcher } from "@/components/boards/location-switcher";
import { filterMatcher } from "@/components/boards/match-filter";
import { useBoardLocation } from "@/components/boards/use-board-params";
import { BoardContent } from "@/components/boards/board-content";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { BoardLocationChoice, PickupRow, PickupsBoard } from "@/lib/boards/board-types";
import { PickupCard } from "./pickup-card";
import { useHandOverMutation } from "./use-hand-over-mutation";
import { pickupsQueryKey, usePickupsQuery } from "./use-pickups-query";

/** The store's home: click-and-collect orders waiting at the counter, oldest first. */
export function PickupsBoardView({
  initialBoard,
  choices,
  canHandOver,
}: {
  initialBoard: PickupsBoard;
  choices: BoardLocationChoice[];
  canHandOver: boolean;
}) {
  const t = useTranslations("pickups");
  const tBoards = useTranslations("boards");
  const { location, setParams } = useBoardLocation(choices, initialBoard.location);
  const query = usePickupsQuery(location?.id ?? null, initialBoard);
  const board = query.data ?? initialBoard;
  const { handOver, pendingIds, failures, confirmation, dismiss } = useHandOverMutation(
    pickupsQueryKey(board.location?.id ?? null),
  );
  const onHandOver = useCallback((row: PickupRow) => handOver(row), [handOver]);
  const [filter, setFilter] = useState("");
  const deferredFilter = useDeferredValue(filter);
  const pendingKey = [...pendingIds].sort().join(",");
  const { rows, waiting } = useMemo(() => {
    const pending = new Set(pendingKey ? pendingKey.split(",") : []);
    const match = filterMatcher(deferredFilter);
    const present = board.rows.filter((row) => !pending.has(row.orderId));
    return {
      waiting: present.length,
      rows: match ? present.filter((row) => match([row.customer.name, row.orderNumber])) : present,
    };
  }, [board.rows, pendingKey, deferredFilter]);

  if (!board.location) {
    return (
      <Card>
        <EmptyState icon={Store} title={t("noStore.title")} description={t("noStore.hint")} as="h1" />
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        description={`${board.location.name} · ${t("summary", { count: waiting })}`}
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
      />
      <BoardNotices confirmation={confirmation} failures={failures} onDismiss={dismiss} />
      <BoardContent
        query={query}
        isEmpty={waiting === 0}
        hasMatches={rows.length > 0}
        empty={{ icon: PackageCheck, title: t("empty.title"), hint: t("empty.hint") }}
        emptyFiltered={t("empty.filtered")}
      >
        <ul aria-label={t("listLabel")} className="grid gap-3 md:grid-cols-2">
          {rows.map((row) => (
            <li key={row.orderId}>
              <PickupCard
                row={row}
                today={board.today}
                failure={failures.get(row.orderId)}
                canHandOver={canHandOver}
                onHandOver={onHandOver}
              />
            </li>
          ))}
        </ul>
      </BoardContent>
    </div>
  );
}
