import {
  Accessibility,
  BellOff,
  Compass,
  Info,
  MessageSquareText,
  Star,
  Utensils,
  type LucideIcon,
} from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { KnownFacts } from "@/lib/greeting-card/card-types";
import { formatDateTime } from "@/lib/format/dates";
import type { FactKind } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/greeting-card/card-dates";
import { SectionEmpty } from "./card-section";

const kindIcons: Record<FactKind, LucideIcon> = {
  preference: Star,
  dietary: Utensils,
  heard_via: Compass,
  feedback_given: MessageSquareText,
  contact_preference: BellOff,
  accessibility: Accessibility,
  other: Info,
};

/** Source systems' ids ("front-desk", "email-tool") as words. */
function sourceWords(source: string): string {
  return source.replace(/[-_]+/g, " ").trim();
}

/** What they already told us, with where it came from and when, so nobody asks again. */
export function FactsSection({ facts, now }: { facts: KnownFacts; now: Date }) {
  const t = useTranslations("card");
  const locale = useLocale();
  if (facts.items.length === 0) return <SectionEmpty>{t("empty.facts")}</SectionEmpty>;
  return (
    <div className="space-y-1.5">
      <ul className="space-y-1.5">
        {facts.items.map((fact) => {
          const Icon = kindIcons[fact.kind];
          const origin = [
            sourceWords(fact.source),
            fact.locationName,
            fact.recordedByName ? t("facts.by", { name: fact.recordedByName }) : null,
          ].filter(Boolean);
          return (
            <li key={fact.id} className="flex gap-2">
              <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-600" />
              <div className="min-w-0">
                <p className="line-clamp-2 leading-snug break-words text-stone-900">
                  <span className="font-medium">{fact.label}:</span> {fact.value}
                </p>
                <p className="text-xs text-stone-600 lg:truncate" title={origin.join(" · ")}>
                  <time
                    dateTime={fact.recordedAt.toISOString()}
                    title={formatDateTime(fact.recordedAt, locale)}
                  >
                    {formatShortDate(fact.recordedAt, now, locale)}
                  </time>
                  {origin.length > 0 ? ` · ${origin.join(" · ")}` : ""}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {facts.hasMore ? <p className="text-xs text-stone-600">{t("facts.more")}</p> : null}
    </div>
  );
}
