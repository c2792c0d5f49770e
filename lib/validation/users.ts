import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/validation/password-rules";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";

const ROLES = Object.values(StaffRole);

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    error: issueMessage("validation.users.passwordMin", { min: PASSWORD_MIN_LENGTH }),
  })
  .max(PASSWORD_MAX_LENGTH, {
    error: issueMessage("validation.users.passwordMax", { max: PASSWORD_MAX_LENGTH }),
  });

export const staffUserSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email({ error: issueMessage("validation.users.email") })
    .max(320),
  name: z
    .string()
    .trim()
    .min(1, { error: issueMessage("validation.common.enterName") })
    .max(120),
  role: z.enum(ROLES, { error: issueMessage("validation.users.role", { roles: ROLES.join(", ") }) }),
  locationIds: z
    .array(z.uuid({ error: issueMessage("validation.users.unknownLocation") }))
    .max(100)
    .default([]),
});

export const createStaffUserSchema = staffUserSchema.extend({ password: passwordSchema });
export const updateStaffUserSchema = staffUserSchema.omit({ email: true }).extend({ id: z.uuid() });
export const resetPasswordSchema = z.object({ id: z.uuid(), password: passwordSchema });
export const changeOwnPasswordSchema = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: passwordSchema,
});

export type CreateStaffUserInput = z.input<typeof createStaffUserSchema>;
export type UpdateStaffUserInput = z.input<typeof updateStaffUserSchema>;

/** A staff member's interface language, chosen on their account page. */
export const staffLocaleSchema = z.object({
  locale: z.enum(LOCALES, { error: `Locale must be one of: ${LOCALES.join(", ")}.` }),
});
