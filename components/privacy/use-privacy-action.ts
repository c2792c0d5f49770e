"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/api/staff-action";

/** Runs a privacy server action and keeps its field errors and message for the form. */
export function usePrivacyAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ error?: string; success?: string; code?: string }>({});
  const [isPending, startTransition] = useTransition();
  function run(input: unknown, success: (data: T) => string, onDone?: () => void) {
    startTransition(async () => {
      const result = await action(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage({ error: result.error, code: result.code });
        return;
      }
      setErrors({});
      setMessage({ success: success(result.data) });
      onDone?.();
    });
  }
  return { errors, message, isPending, run };
}
