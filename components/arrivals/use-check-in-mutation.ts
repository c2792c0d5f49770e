"use client";

import { useMutation, useMutationState, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { BoardRequestError } from "@/components/boards/fetch-board";
import { useFadingMessage } from "@/components/boards/use-fading-message";
import { useFailureReason } from "@/components/boards/use-failure-reason";
import { checkInAction } from "@/components/arrivals/check-in-actions";
import type { CheckInResult } from "@/lib/arrivals/check-in-booking";
import type { ArrivalRow, ArrivalsBoard } from "@/lib/boards/board-types";
import { arrivalsQueryKey } from "./use-arrivals-query";

type Key = ReturnType<typeof arrivalsQueryKey>;

function patchRow(board: ArrivalsBoard | undefined, bookingId: string, result: CheckInResult) {
  if (!board) return board;
  const rows = board.rows.map((row) =>
    row.bookingId === bookingId
      ? { ...row, status: result.status, checkedInAt: result.checkedInAt, canCheckIn: false }
      : row,
  );
  return { ...board, rows };
}

/**
 * Check-in with an optimistic move: while the server works, the pending rows show as checked in
 * (derived from the pending mutations, so a background refresh can't flip them back). A failure
 * puts the row back where it was and keeps the reason next to it until the next attempt.
 */
export function useCheckInMutation(key: Key) {
  const t = useTranslations("arrivals");
  const failureReason = useFailureReason();
  const queryClient = useQueryClient();
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirmation, confirm] = useFadingMessage();
  const setFailure = useCallback((bookingId: string, message: string | null) => {
    setFailures((current) => {
      const next = new Map(current);
      if (message === null) next.delete(bookingId);
      else next.set(bookingId, message);
      return next;
    });
  }, []);

  const mutationKey = ["checkIn", ...key];
  const mutation = useMutation({
    mutationKey,
    mutationFn: async (row: ArrivalRow) => {
      const result = await checkInAction({ bookingId: row.bookingId });
      if (!result.ok) throw new BoardRequestError(result.error, result.status);
      return result.data;
    },
    onMutate: (row) => setFailure(row.bookingId, null),
    onSuccess: async (result, row) => {
      // Drop a refresh that may have read the row before the check-in committed, then show the result.
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<ArrivalsBoard>(key, (board) => patchRow(board, row.bookingId, result));
      confirm(
        row.roomNumber
          ? t("checkedInConfirmationRoom", { name: row.customer.name, room: row.roomNumber })
          : t("checkedInConfirmation", { name: row.customer.name }),
      );
    },
    onError: (error, row) =>
      setFailure(
        row.bookingId,
        t("checkInFailed", { name: row.customer.name, reason: failureReason(error) }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  // onError runs just before the mutation leaves "pending": a row with a failure is not pending.
  const pendingIds = new Set(
    useMutationState({
      filters: { mutationKey, status: "pending" },
      select: (pending) => (pending.state.variables as ArrivalRow).bookingId,
    }).filter((bookingId) => !failures.has(bookingId)),
  );
  return {
    checkIn: mutation.mutate,
    pendingIds,
    failures,
    confirmation,
    dismiss: (id: string) => setFailure(id, null),
  };
}
