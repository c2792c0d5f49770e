"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { SectionBoundary } from "@/components/greeting-card/section-boundary";
import { SectionFailed } from "@/components/greeting-card/section-failed";
import { Card } from "@/components/ui/card";

/** The journey's place on the page when it failed: its heading, what failed and a retry. */
export function TimelineFailed({ onRetry }: { onRetry?: () => void }) {
  const t = useTranslations("timeline");
  const headingId = useId();
  return (
    <Card className="px-3 py-4 sm:px-5">
      <section aria-labelledby={headingId} className="space-y-3">
        <h2 id={headingId} className="text-lg font-semibold text-stone-900">
          {t("heading")}
        </h2>
        <SectionFailed message={t("errorTitle")} onRetry={onRetry} />
      </section>
    </Card>
  );
}

/**
 * Around the streamed journey on the profile page: when it fails to load, the greeting card above
 * stays, and only the journey shows its error.
 */
export function TimelineBoundary({ children }: { children: ReactNode }) {
  return (
    <SectionBoundary fallback={(retry) => <TimelineFailed onRetry={retry} />}>{children}</SectionBoundary>
  );
}
