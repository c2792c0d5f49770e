// Matrix entries for the contact-policy admin page (issue 6). Spread into MATRIX by
// authorization-matrix.entries.ts. Only admins hold "policy.manage".
import { db } from "@/lib/db/client";
import { DEFAULT_CONTACT_POLICY } from "@/lib/validation/contact-policy";
import type { Caller, MatrixEntry } from "./authorization-matrix.entries";
import { type ActionResultLike } from "./authorization-matrix.expect";

const adminOnly: Record<Caller, number> = {
  anonymous: 401,
  intern: 403,
  receptionist: 403,
  store_staff: 403,
  manager: 403,
  admin: 200,
};

export const POLICY_MATRIX: Record<string, MatrixEntry> = {
  "action components/contact-policy/contact-policy-actions.ts#saveContactPolicyAction": {
    expect: adminOnly,
    call: async () => {
      const { saveContactPolicyAction } = await import("@/components/contact-policy/contact-policy-actions");
      // A budget no earlier version has, so the save is a real change however often this runs.
      const maxContacts = 50 + (await db.contactPolicy.count());
      const result: ActionResultLike = await saveContactPolicyAction({
        settings: {
          ...DEFAULT_CONTACT_POLICY,
          marketing: { ...DEFAULT_CONTACT_POLICY.marketing, maxContacts },
        },
        note: "Authorization matrix",
      });
      return result.ok ? 200 : result.status;
    },
  },
};
