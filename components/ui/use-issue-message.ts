"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { issueRef, sayRef } from "@/lib/i18n/message-ref";

/**
 * A form that checks its input with a shared schema before sending it: each zod issue said in the
 * interface language. The schemas give message keys (lib/i18n/message-ref.ts), never sentences.
 */
export function useIssueMessage(): (issue: z.core.$ZodIssue) => string {
  const t = useTranslations() as unknown as Parameters<typeof sayRef>[0];
  return (issue) => sayRef(t, issueRef(issue));
}
