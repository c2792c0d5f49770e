import { ShieldCheck } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { PolicyVersionSummary } from "@/lib/contact-policy/list-policy-versions";
import { formatDateTime } from "@/lib/format/dates";

/** Which policy is in force right now: a saved version, or the built-in defaults. */
export function PolicyStatus({ current }: { current: PolicyVersionSummary | null }) {
  const t = useTranslations("contactPolicy.status");
  const locale = useLocale();
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-stone-200 bg-stone-50 px-4 py-3 text-sm"
    >
      <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-brand-700" />
      {current ? (
        <p>
          <span className="font-semibold text-stone-900">{t("inForce", { version: current.version })}</span>{" "}
          <span className="text-stone-600">
            {t("since", {
              date: formatDateTime(current.createdAt, locale),
              name: current.createdByName ?? t("removedAccount"),
            })}
          </span>
        </p>
      ) : (
        <p>
          <span className="font-semibold text-stone-900">{t("defaults")}</span>{" "}
          <span className="text-stone-600">{t("defaultsDetail")}</span>
        </p>
      )}
    </div>
  );
}
