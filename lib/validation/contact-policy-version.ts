import { z } from "zod";
import { contactPolicySettingsSchema } from "./contact-policy";

// What the admin page submits to save a new policy version. The note is optional (the history shows
// what changed on its own); a note only adds the why.
export const savePolicyVersionSchema = z.strictObject({
  settings: contactPolicySettingsSchema,
  note: z
    .string({ error: "The note must be text." })
    .trim()
    .max(500, { error: "Keep the note under 500 characters." })
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type SavePolicyVersionInput = z.input<typeof savePolicyVersionSchema>;
