import { z } from "zod";
import { issueMessage } from "@/lib/i18n/message-ref";
import { StaffRole } from "@/lib/generated/prisma/enums";

const ROLES = Object.values(StaffRole);

export const secondFactorPolicySchema = z.object({
  requiredRoles: z
    .array(
      z.enum(ROLES, { error: issueMessage("validation.secondFactor.roles", { roles: ROLES.join(", ") }) }),
    )
    .max(ROLES.length)
    .transform((roles) => [...new Set(roles)].sort()),
  note: z
    .string()
    .trim()
    .max(500, { error: issueMessage("validation.common.atMostChars", { max: 500 }) })
    .optional(),
});

export const resetSecondFactorSchema = z.object({
  id: z.uuid({ error: issueMessage("validation.secondFactor.unknownStaff") }),
  reason: z
    .string()
    .trim()
    .min(5, { error: issueMessage("validation.secondFactor.sayWhy", { min: 5 }) })
    .max(500, { error: issueMessage("validation.common.atMostChars", { max: 500 }) }),
});
