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
import type { KnownFacts } from "@/lib/greeting-card/card-types";
import { formatDateTime } from "@/lib/format/dates";
import type { FactKind } from "@/lib/generated/prisma/enums";
import { formatShortDate } from "@/lib/greeting-card/card-dates";
import { cardCopy, sourceWords } from "./card-copy";
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

/** What they already told us, with where it came from and when, so nobody asks again. */
export function FactsSection({ facts, now }: { facts: KnownFacts; now: Date }) {
  if (facts.items.length === 0) return <SectionEmpty>{cardCopy.empty.facts}</SectionEmpty>;
  return (
    <div className="space-y-1.5">
      <ul className="space-y-1.5">
        {facts.items.map((fact) => {
          const Icon = kindIcons[fact.kind];
          const origin = [
            sourceWords(fact.source),
            fact.locationName,
            fact.recordedByName ? cardCopy.facts.by(fact.recordedByName) : null,
          ].filter(Boolean);
          return (
            <li key={fact.id} className="flex gap-2">
              <Icon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-500" />
              <div className="min-w-0">
                <p className="line-clamp-2 leading-snug text-stone-900">
                  <span className="font-medium">{fact.label}:</span> {fact.value}
                </p>
                <p className="truncate text-xs text-stone-500">
                  <time dateTime={fact.recordedAt.toISOString()} title={formatDateTime(fact.recordedAt)}>
                    {formatShortDate(fact.recordedAt, now)}
                  </time>
                  {origin.length > 0 ? ` · ${origin.join(" · ")}` : ""}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {facts.hasMore ? <p className="text-xs text-stone-500">{cardCopy.facts.more}</p> : null}
    </div>
  );
}
