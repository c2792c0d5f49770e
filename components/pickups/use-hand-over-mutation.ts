"use client";

import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { BoardRequestError } from "@/components/boards/fetch-board";
import { useFadingMessage } from "@/components/boards/use-fading-message";
import { useFailureReason } from "@/components/boards/use-failure-reason";
import { handOverAction } from "@/components/pickups/hand-over-actions";
import type { PickupRow, PickupsBoard } from "@/lib/boards/board-types";
import { pickupsQueryKey } from "./use-pickups-query";

type Key = ReturnType<typeof pickupsQueryKey>;

/**
 * Hand-over with an optimistic exit: a pending order is already off the list (derived from the
 * pending mutations, so a background refresh can't bring it back). A failure returns the card with
 * the reason on it; a success says which order went to whom.
 */
export function useHandOverMutation(key: Key) {
  const t = useTranslations("pickups");
  const failureReason = useFailureReason();
  const queryClient = useQueryClient();
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirmation, confirm] = useFadingMessage();
  const setFailure = useCallback((orderId: string, message: string | null) => {
    setFailures((current) => {
      const next = new Map(current);
      if (message === null) next.delete(orderId);
      else next.set(orderId, message);
      return next;
    });
  }, []);

  const mutationKey = ["handOver", ...key];
  const mutation = useMutation({
    mutationKey,
    mutationFn: async (row: PickupRow) => {
      const result = await handOverAction({ orderId: row.orderId });
      if (!result.ok) throw new BoardRequestError(result.error, result.status);
      return result.data;
    },
    onMutate: (row) => setFailure(row.orderId, null),
    onSuccess: async (_result, row) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<PickupsBoard>(
        key,
        (board) =>
          board && { ...board, rows: board.rows.filter((candidate) => candidate.orderId !== row.orderId) },
      );
      confirm(t("handedOver", { orderNumber: row.orderNumber, name: row.customer.name }));
    },
    onError: (error, row) =>
      setFailure(row.orderId, t("handOverFailed", { name: row.customer.name, reason: failureReason(error) })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  // onError runs just before the mutation leaves "pending": an order with a failure is not pending.
  const pendingIds = new Set(
    useMutationState({
      filters: { mutationKey, status: "pending" },
      select: (pending) => (pending.state.variables as PickupRow).orderId,
    }).filter((orderId) => !failures.has(orderId)),
  );
  return {
    handOver: mutation.mutate,
    pendingIds,
    failures,
    confirmation,
    dismiss: (id: string) => setFailure(id, null),
  };
}
