"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { BoardRequestError } from "./fetch-board";

/**
 * Why a board request or desk action failed, in the staff member's language: the server's sentence
 * when it gave one, else its status, else (the request never got an answer) no connection.
 */
export function useFailureReason(): (error: unknown) => string {
  const t = useTranslations("boards");
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof BoardRequestError)) return t("offline");
      return error.message || t("serverAnswered", { status: error.status });
    },
    [t],
  );
}
