import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { contactPolicySettingsSchema } from "./contact-policy";

// What the admin page submits to save a new policy version. The note is optional (the history shows
// what changed on its own); a note only adds the why.
export const savePolicyVersionSchema = z.strictObject({
  settings: contactPolicySettingsSchema,
  note: z
    .string({ error: issueMessage("validation.policy.noteText") })
    .trim()
    .max(500, { error: issueMessage("validation.policy.noteTooLong", { max: 500 }) })
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type SavePolicyVersionInput = z.input<typeof savePolicyVersionSchema>;
