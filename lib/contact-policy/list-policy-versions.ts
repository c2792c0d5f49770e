import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import {
  contactPolicySettingsSchema,
  DEFAULT_CONTACT_POLICY,
  type ContactPolicySettings,
} from "@/lib/validation/contact-policy";
import { diffPolicySettings, type PolicyChange } from "./diff-policy-settings";

/** The history shows this many versions; older ones stay in the table and the audit log. */
export const VERSIONS_SHOWN = 50;

export interface PolicyVersionSummary {
  version: number;
  createdAt: Date;
  createdByName: string | null;
  note: string | null;
  /**
   * What changed against the version before (the built-in defaults for version 1); null when the
   * stored settings no longer fit the current policy form.
   */
  changes: PolicyChange[] | null;
}

export interface PolicyOverview {
  /** The settings in force: the latest version's, or the defaults when none was saved. */
  settings: ContactPolicySettings;
  /** null while the built-in defaults are in force. */
  current: PolicyVersionSummary | null;
  versions: PolicyVersionSummary[];
  totalVersions: number;
}

export async function listPolicyVersions(actor: Actor): Promise<PolicyOverview> {
  assertCan(actor, "policy.manage");
  const [rows, totalVersions] = await Promise.all([
    db.contactPolicy.findMany({
      orderBy: { version: "desc" },
      // One extra: the oldest shown version is compared against the one before it.
      take: VERSIONS_SHOWN + 1,
      select: {
        version: true,
        settings: true,
        note: true,
        createdAt: true,
        createdBy: { select: { name: true } },
      },
    }),
    db.contactPolicy.count(),
  ]);
  const parsed = rows.map((row) => ({
    ...row,
    parsed: contactPolicySettingsSchema.safeParse(row.settings).data,
  }));
  const versions = parsed.slice(0, VERSIONS_SHOWN).map((row, index): PolicyVersionSummary => {
    const before = index + 1 < parsed.length ? parsed[index + 1]!.parsed : DEFAULT_CONTACT_POLICY;
    const changes = before && row.parsed ? diffPolicySettings(before, row.parsed) : null;
    return {
      version: row.version,
      createdAt: row.createdAt,
      createdByName: row.createdBy?.name ?? null,
      note: row.note,
      changes,
    };
  });
  const latest = parsed[0];
  return {
    settings: latest?.parsed ?? DEFAULT_CONTACT_POLICY,
    current: versions[0] ?? null,
    versions,
    totalVersions,
  };
}
