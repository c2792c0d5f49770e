"use client";

import { CircleAlert, SearchX, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { useFailureReason } from "./use-failure-reason";

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
  const t = useTranslations("boards");
  const tCommon = useTranslations("common");
  const failureReason = useFailureReason();
  const isSwitching = query.isPlaceholderData;
  const hasLoadFailed = query.isError && (isSwitching || !query.data);
  const dimmed = isSwitching && !hasLoadFailed ? "opacity-50 transition-opacity" : "";
  return (
    <div aria-busy={isSwitching} className={[className, dimmed].filter(Boolean).join(" ") || undefined}>
      {hasLoadFailed ? (
        <Card role="alert">
          <EmptyState
            icon={CircleAlert}
            title={t("loadFailed")}
            description={failureReason(query.error)}
            action={
              <Button className="h-11" onClick={() => void query.refetch()}>
                {tCommon("actions.retry")}
              </Button>
            }
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
