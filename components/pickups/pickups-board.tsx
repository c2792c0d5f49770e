"use client";

import { PackageCheck, Store } from "lucide-react";
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
import { boardCopy } from "@/lib/boards/board-copy";
import type { BoardLocationChoice, PickupRow, PickupsBoard } from "@/lib/boards/board-types";
import { PickupCard } from "./pickup-card";
import { useHandOverMutation } from "./use-hand-over-mutation";
import { pickupsQueryKey, usePickupsQuery } from "./use-pickups-query";

const copy = boardCopy.pickups;

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
        <EmptyState icon={Store} title={copy.noStore} description={copy.noStoreHint} as="h1" />
      </Card>
    );
  }

  return (
    <div className="space-y-4">
      <PageHeader
        title={copy.title}
        description={`${board.location.name} · ${copy.waitingCount(waiting)}`}
        actions={
          <LocationSwitcher
            label={boardCopy.board.location}
            choices={choices}
            currentId={board.location.id}
            onSelect={(choice) => setParams({ location: choice.code })}
          />
        }
      />
      <BoardToolbar filter={filter} onFilterChange={setFilter} copy={copy} query={query} />
      <BoardNotices confirmation={confirmation} failures={failures} onDismiss={dismiss} />
      <BoardContent
        query={query}
        isEmpty={waiting === 0}
        hasMatches={rows.length > 0}
        empty={{ icon: PackageCheck, title: copy.empty, hint: copy.emptyHint }}
        emptyFiltered={copy.emptyFiltered}
      >
        <ul aria-label={copy.title} className="grid gap-3 md:grid-cols-2">
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
