import { eventTypeLabels } from "@/lib/format/labels";
import type { ContactPolicySettings } from "@/lib/validation/contact-policy";
import {
  CONSENT_PURPOSE_LABELS,
  PROACTIVE_SOCIAL_LABELS,
  SETTING_LABELS,
  type SettingPath,
} from "./policy-labels";

// What an admin changed between two policy versions, as lines the version history and the audit
// log can show. Pure, so it is unit-tested and runs in either place.

export interface PolicyChange {
  path: SettingPath;
  /** "Marketing contacts per window: 4 → 2" or "Trivial interactions: added Payment". */
  description: string;
}

type Leaf = string | number | boolean | null | readonly string[];

function valueAt(settings: ContactPolicySettings, path: SettingPath): Leaf {
  let value: unknown = settings;
  for (const key of path.split(".")) value = (value as Record<string, unknown>)[key];
  return value as Leaf;
}

function itemLabel(path: SettingPath, item: string): string {
  if (path === "surveys.trivialInteractions")
    return eventTypeLabels[item as keyof typeof eventTypeLabels] ?? item;
  if (path.startsWith("consent."))
    return CONSENT_PURPOSE_LABELS[item as keyof typeof CONSENT_PURPOSE_LABELS] ?? item;
  return item;
}

function scalarText(path: SettingPath, value: Exclude<Leaf, readonly string[]>): string {
  if (path === "proactiveSocial")
    return PROACTIVE_SOCIAL_LABELS[value as keyof typeof PROACTIVE_SOCIAL_LABELS];
  if (path === "surveys.trivialPaymentBelow" && value === null) return "no payment is trivial";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

function listChange(path: SettingPath, before: readonly string[], after: readonly string[]): string | null {
  const added = after.filter((item) => !before.includes(item)).map((item) => itemLabel(path, item));
  const removed = before.filter((item) => !after.includes(item)).map((item) => itemLabel(path, item));
  const parts = [
    added.length > 0 ? `added ${added.join(", ")}` : null,
    removed.length > 0 ? `removed ${removed.join(", ")}` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("; ") : null;
}

export function diffPolicySettings(
  previous: ContactPolicySettings,
  next: ContactPolicySettings,
): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const path of Object.keys(SETTING_LABELS) as SettingPath[]) {
    const before = valueAt(previous, path);
    const after = valueAt(next, path);
    const label = SETTING_LABELS[path];
    if (Array.isArray(before) || Array.isArray(after)) {
      const change = listChange(
        path,
        (before ?? []) as readonly string[],
        (after ?? []) as readonly string[],
      );
      if (change) changes.push({ path, description: `${label}: ${change}` });
    } else if (before !== after) {
      const from = scalarText(path, before as Exclude<Leaf, readonly string[]>);
      const to = scalarText(path, after as Exclude<Leaf, readonly string[]>);
      changes.push({ path, description: `${label}: ${from} → ${to}` });
    }
  }
  return changes;
}
