import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";

export const locationSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, { error: issueMessage("validation.locations.code") }),
  name: z
    .string()
    .trim()
    .min(2, { error: issueMessage("validation.common.enterName") })
    .max(120),
  type: z.enum(["hotel", "store"], { error: issueMessage("validation.locations.type") }),
  city: z
    .string()
    .trim()
    .min(1, { error: issueMessage("validation.locations.city") })
    .max(80),
  timeZone: z
    .string()
    .trim()
    .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC", {
      error: issueMessage("validation.locations.timeZone"),
    }),
});

export const updateLocationSchema = locationSchema.extend({ id: z.uuid() });
