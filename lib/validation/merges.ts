import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";

export const mergeCustomersSchema = z
  .object({
    survivorId: z.uuid({ error: issueMessage("validation.merges.keep") }),
    mergedId: z.uuid({ error: issueMessage("validation.merges.mergeAway") }),
    reason: z
      .string()
      .trim()
      .min(3, { error: issueMessage("validation.merges.reason") })
      .max(300),
  })
  .refine((value) => value.survivorId !== value.mergedId, {
    path: ["mergedId"],
    error: issueMessage("validation.merges.different"),
  });

export const previewMergeSchema = z
  .object({
    survivorId: z.uuid({ error: issueMessage("validation.merges.enterId") }),
    mergedId: z.uuid({ error: issueMessage("validation.merges.enterId") }),
  })
  .refine((value) => value.survivorId !== value.mergedId, {
    path: ["mergedId"],
    error: issueMessage("validation.merges.different"),
  });

export const suggestionIdSchema = z.uuid({ error: issueMessage("validation.merges.unknownSuggestion") });
export const mergeIdSchema = z.uuid({ error: issueMessage("validation.merges.unknownMerge") });
