import { Lightbulb } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatMonthYear } from "@/lib/format/dates";
import type { AdviceSection as AdviceData } from "@/lib/greeting-card/card-types";
import { SectionEmpty } from "./card-section";

/**
 * Computed suggestions, each explained in one line; never a category they already have. The
 * explanation hangs on today's pickup or on the latest order (`orderedAt`).
 */
export function AdviceSection({ advice, orderedAt }: { advice: AdviceData; orderedAt: Date | null }) {
  const t = useTranslations("card");
  const locale = useLocale();
  if (advice.basis === "none") return <SectionEmpty>{t("empty.adviceNoBasis")}</SectionEmpty>;
  if (advice.items.length === 0) return <SectionEmpty>{t("empty.adviceNothingNew")}</SectionEmpty>;
  return (
    <ul aria-label={t("advice.listLabel")} className="space-y-1.5">
      {advice.items.map((item) => {
        const anchor = item.anchorCategory;
        const explanation =
          advice.basis === "latest_order" && orderedAt
            ? t("advice.boughtWithOrder", { anchor, month: formatMonthYear(orderedAt, locale) })
            : t("advice.boughtWithToday", { anchor });
        return (
          <li key={item.category} className="flex gap-2">
            <Lightbulb aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-700" />
            <div className="min-w-0">
              <p className="leading-snug font-medium text-stone-900">{item.title}</p>
              <p className="text-xs text-stone-600" title={item.anchorProduct ?? undefined}>
                {explanation}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
