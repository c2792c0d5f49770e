import { z } from "zod";

export const mergeCustomersSchema = z
  .object({
    survivorId: z.uuid({ error: "Choose the customer to keep." }),
    mergedId: z.uuid({ error: "Choose the customer to merge away." }),
    reason: z.string().trim().min(3, { error: "Say briefly why these are the same person." }).max(300),
  })
  .refine((value) => value.survivorId !== value.mergedId, {
    path: ["mergedId"],
    error: "Choose two different customers.",
  });

export const previewMergeSchema = z
  .object({
    survivorId: z.uuid({ error: "Enter a customer id." }),
    mergedId: z.uuid({ error: "Enter a customer id." }),
  })
  .refine((value) => value.survivorId !== value.mergedId, {
    path: ["mergedId"],
    error: "Choose two different customers.",
  });

export const suggestionIdSchema = z.uuid({ error: "Unknown suggestion." });
export const mergeIdSchema = z.uuid({ error: "Unknown merge." });
