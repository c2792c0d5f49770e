import { Lightbulb } from "lucide-react";
import type { AdviceSection as AdviceData } from "@/lib/greeting-card/card-types";
import { cardCopy } from "./card-copy";
import { SectionEmpty } from "./card-section";

/** Computed suggestions, each explained in one line; never a category they already have. */
export function AdviceSection({ advice }: { advice: AdviceData }) {
  if (advice.basis === "none") return <SectionEmpty>{cardCopy.empty.adviceNoBasis}</SectionEmpty>;
  if (advice.items.length === 0) return <SectionEmpty>{cardCopy.empty.adviceNothingNew}</SectionEmpty>;
  return (
    <ul aria-label="Suggestions" className="space-y-1.5">
      {advice.items.map((item) => (
        <li key={item.category} className="flex gap-2">
          <Lightbulb aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-amber-600" />
          <div className="min-w-0">
            <p className="leading-snug font-medium text-stone-900">{item.title}</p>
            <p className="text-xs text-stone-600" title={item.anchorProduct ?? undefined}>
              {item.explanation}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
