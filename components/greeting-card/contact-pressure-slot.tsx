import { Gauge } from "lucide-react";
import { useTranslations } from "next-intl";
import { Suspense, useId } from "react";
import { ContactPressurePanel } from "@/components/contact-pressure/contact-pressure-panel";
import { ContactPressureSkeleton } from "@/components/contact-pressure/contact-pressure-skeleton";
import { SectionBoundary } from "./section-boundary";

/**
 * The contact-pressure meter and a verdict per purpose. Streamed: the rest of the card never waits
 * for the eligibility check, and a failure here stays here.
 */
export function ContactPressureSlot({ customerId }: { customerId: string }) {
  const t = useTranslations("card.sections");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 items-start gap-2">
      <Gauge aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-stone-600" />
      <div className="min-w-0 flex-1 space-y-1">
        <h2 id={headingId} className="text-xs font-semibold tracking-wide text-stone-600 uppercase">
          {t("contactPressure")}
        </h2>
        <SectionBoundary>
          <Suspense fallback={<ContactPressureSkeleton />}>
            <ContactPressurePanel customerId={customerId} />
          </Suspense>
        </SectionBoundary>
      </div>
    </section>
  );
}
