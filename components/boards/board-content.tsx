"use client";

import { CircleAlert, SearchX, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { boardCopy } from "@/lib/boards/board-copy";

interface BoardQueryState {
  isPlaceholderData: boolean;
  isError: boolean;
  data: unknown;
  error: Error | null;
  refetch: () => unknown;
}

/**
 * What a board shows below its toolbar: the load failure (never the previous day or location in its
 * place), the empty board, "nothing matches the filter", or the rows. Dimmed while another day or
 * location loads.
 */
export function BoardContent({
  query,
  isEmpty,
  hasMatches,
  empty,
  emptyFiltered,
  className,
  children,
}: {
  query: BoardQueryState;
  isEmpty: boolean;
  hasMatches: boolean;
  empty: { icon: LucideIcon; title: string; hint: string };
  emptyFiltered: string;
  className?: string;
  children: ReactNode;
}) {
  const isSwitching = query.isPlaceholderData;
  const hasLoadFailed = query.isError && (isSwitching || !query.data);
  const dimmed = isSwitching && !hasLoadFailed ? "opacity-50 transition-opacity" : "";
  return (
    <div aria-busy={isSwitching} className={[className, dimmed].filter(Boolean).join(" ") || undefined}>
      {hasLoadFailed ? (
        <Card role="alert">
          <EmptyState
            icon={CircleAlert}
            title={boardCopy.board.loadFailed}
            description={query.error?.message}
            action={<Button onClick={() => void query.refetch()}>{boardCopy.board.retry}</Button>}
          />
        </Card>
      ) : isEmpty ? (
        <Card>
          <EmptyState icon={empty.icon} title={empty.title} description={empty.hint} />
        </Card>
      ) : !hasMatches ? (
        <Card>
          <EmptyState icon={SearchX} title={emptyFiltered} />
        </Card>
      ) : (
        children
      )}
    </div>
  );
}
