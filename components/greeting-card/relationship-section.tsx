import { HeartHandshake } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { Section } from "@/lib/greeting-card/card-types";
import type { RelationshipSummary } from "@/lib/greeting-card/relationship-summary";
import { SectionBoundary } from "./section-boundary";
import { SectionFailed } from "./section-failed";

function Summary({ summary }: { summary: RelationshipSummary }) {
  const { lastVisit } = summary;
  const parts = [
    summary.counts,
    lastVisit ? `${lastVisit.label} ${lastVisit.date}` : null,
    summary.customerSince,
  ].filter(Boolean);
  return (
    <p className="min-w-0 text-stone-800">
      <span className="font-semibold text-stone-900">{summary.status}</span>
      {summary.occasion ? <span className="font-semibold text-stone-900"> · {summary.occasion}</span> : null}
      <span
        className="text-sm text-stone-700"
        title={
          lastVisit
            ? `${lastVisit.ago}${lastVisit.locationName ? `, ${lastVisit.locationName}` : ""}`
            : undefined
        }
      >
        {" "}
        — {parts.join(" · ")}
      </span>
    </p>
  );
}

/** Returning or new, how often, when last, and since when: one line under the greeting. */
export function RelationshipSection({ section }: { section: Section<RelationshipSummary> }) {
  const t = useTranslations("card.sections");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex items-start gap-1.5">
      <h2 id={headingId} className="sr-only">
        {t("relationship")}
      </h2>
      <HeartHandshake aria-hidden="true" className="mt-1 size-4 shrink-0 text-brand-600" />
      <SectionBoundary>{section.ok ? <Summary summary={section.data} /> : <SectionFailed />}</SectionBoundary>
    </section>
  );
}
