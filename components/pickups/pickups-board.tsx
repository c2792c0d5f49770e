"use client";

import { CircleAlert, PackageCheck, SearchX, Store } from "lucide-react";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { BoardToolbar } from "@/components/boards/board-toolbar";
import { BoardNotices } from "@/components/boards/board-notices";
import { LocationSwitcher } from "@/components/boards/location-switcher";
import { filterMatcher } from "@/components/boards/match-filter";
import { useBoardParams } from "@/components/boards/use-board-params";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
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
  const { searchParams, setParams } = useBoardParams();
  const wanted = searchParams.get("location")?.toUpperCase();
  const location =
    choices.find((choice) => choice.code === wanted || choice.id === wanted?.toLowerCase()) ??
    initialBoard.location;
  const query = usePickupsQuery(location?.id ?? null, initialBoard);
  const board = query.data ?? initialBoard;
  const isSwitching = query.isPlaceholderData;
  const hasLoadFailed = query.isError && (isSwitching || !query.data);
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
      <div
        aria-busy={isSwitching}
        className={isSwitching && !hasLoadFailed ? "opacity-50 transition-opacity" : undefined}
      >
        {hasLoadFailed ? (
          <Card role="alert">
            <EmptyState
              icon={CircleAlert}
              title={boardCopy.board.loadFailed}
              description={query.error?.message}
              action={<Button onClick={() => void query.refetch()}>{boardCopy.board.retry}</Button>}
            />
          </Card>
        ) : waiting === 0 ? (
          <Card>
            <EmptyState icon={PackageCheck} title={copy.empty} description={copy.emptyHint} />
          </Card>
        ) : rows.length === 0 ? (
          <Card>
            <EmptyState icon={SearchX} title={copy.emptyFiltered} />
          </Card>
        ) : (
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
        )}
      </div>
    </div>
  );
}
