import { z } from "zod";

export const locationSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9-]{2,20}$/, { error: "Code: 2–20 letters, digits or dashes, e.g. HTL-AMS." }),
  name: z.string().trim().min(2, { error: "Enter a name." }).max(120),
  type: z.enum(["hotel", "store"], { error: "Type must be hotel or store." }),
  city: z.string().trim().min(1, { error: "Enter a city." }).max(80),
  timeZone: z
    .string()
    .trim()
    .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC", {
      error: "Unknown time zone, e.g. Europe/Amsterdam.",
    }),
});

export const updateLocationSchema = locationSchema.extend({ id: z.uuid() });
