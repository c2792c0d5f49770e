import { z } from "zod";
import { StaffRole } from "@/lib/generated/prisma/enums";

const ROLES = Object.values(StaffRole);

export const secondFactorPolicySchema = z.object({
  requiredRoles: z
    .array(z.enum(ROLES, { error: `Roles must be among: ${ROLES.join(", ")}.` }))
    .max(ROLES.length)
    .transform((roles) => [...new Set(roles)].sort()),
  note: z.string().trim().max(500, "At most 500 characters.").optional(),
});

export const resetSecondFactorSchema = z.object({
  id: z.uuid({ error: "Unknown staff account." }),
  reason: z.string().trim().min(5, "Say why (at least 5 characters).").max(500, "At most 500 characters."),
});
