import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import { SETTING_PATHS, type SettingPath } from "./policy-labels";

// What an admin changed between two policy versions, as data: describe-policy-change.ts says it in
// words for the version history (in the staff member's language) and the audit entry. Pure, so it is
// unit-tested and runs in either place.

export type PolicyValue = string | number | boolean | null;

export type PolicyChange =
  | { path: SettingPath; kind: "value"; from: PolicyValue; to: PolicyValue }
  | { path: SettingPath; kind: "list"; added: string[]; removed: string[] };

type Leaf = PolicyValue | readonly string[];

function valueAt(settings: ContactPolicySettings, path: SettingPath): Leaf {
  let value: unknown = settings;
  for (const key of path.split(".")) value = (value as Record<string, unknown>)[key];
  return value as Leaf;
}

export function diffPolicySettings(
  previous: ContactPolicySettings,
  next: ContactPolicySettings,
): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const path of SETTING_PATHS) {
    const before = valueAt(previous, path);
    const after = valueAt(next, path);
    if (Array.isArray(before) || Array.isArray(after)) {
      const was = (before ?? []) as readonly string[];
      const is = (after ?? []) as readonly string[];
      const added = is.filter((item) => !was.includes(item));
      const removed = was.filter((item) => !is.includes(item));
      if (added.length > 0 || removed.length > 0) changes.push({ path, kind: "list", added, removed });
    } else if (before !== after) {
      changes.push({ path, kind: "value", from: before as PolicyValue, to: after as PolicyValue });
    }
  }
  return changes;
}
